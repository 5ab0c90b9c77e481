package vn.kdclgd.app.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;

/** File names of downloads and uploads, and which documents a regime has. */
class DownloadsTest {

    @Test
    void contentDispositionHasAnAsciiFallbackAndTheUtf8Name() {
        assertThat(Downloads.contentDisposition("Báo cáo tự đánh giá - 79701001 - 2026-2027.docx"))
                .isEqualTo("attachment; filename=\"Bao-cao-tu-danh-gia-79701001-2026-2027.docx\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%B1%20%C4%91%C3%A1nh%20gi%C3%A1%20-%2079701001%20-%202026-2027.docx");
        assertThat(Downloads.asciiFallback("Đơn \"vị\"; x=1.xlsx")).isEqualTo("Don-vi-x-1.xlsx");
        assertThat(Downloads.asciiFallback("视频")).isEqualTo("download");
        // decomposed input is composed first
        assertThat(Downloads.contentDisposition("Ho\u0302\u0300 so\u031b.zip")).contains("filename*=UTF-8''H%E1%BB%93%20s%C6%A1.zip");
    }

    @Test
    void uploadedNamesLoseTheirFolders() {
        assertThat(ImportController.safeName("C:\\Users\\a\\C1-HocSinh.csv")).isEqualTo("C1-HocSinh.csv");
        assertThat(ImportController.safeName("../../etc/passwd.csv")).isEqualTo("passwd.csv");
        assertThat(ImportController.safeName(".hidden.xlsx")).isEqualTo("_.hidden.xlsx");
        assertThat(ImportController.safeName("a\u0000b.csv")).isEqualTo("a_b.csv");
    }

    @Test
    void documentsPerRegime() {
        assertThat(ReportFile.forRegime("TT57-2026")).hasSize(10).contains(new ReportFile(DocumentKind.IMPROVEMENT_PLAN, false))
                .doesNotContain(new ReportFile(DocumentKind.RESULTS_SUMMARY, false));
        assertThat(ReportFile.forRegime("TT2018")).hasSize(9).doesNotContain(new ReportFile(DocumentKind.IMPROVEMENT_PLAN, false));
        assertThat(ReportFile.byName("TT2018", "evidence-list", "xlsx")).contains(new ReportFile(DocumentKind.EVIDENCE_LIST, true));
        assertThat(ReportFile.byName("TT2018", "improvement-plan", "docx")).isEmpty();
    }
}
