package vn.kdclgd.report.internal.docs.tt2018;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportSamples;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.rules.catalog.CatalogRegistry;

class EvidenceList2018Test {
    private static final CatalogRegistry REGISTRY = CatalogRegistry.bundled();

    /** GUIDANCE.md §3, copied verbatim. */
    private static final List<String> HEADER = List.of("Số TT", "Mã minh chứng", "Tên minh chứng",
            "Số, ngày ban hành, hoặc thời điểm khảo sát, điều tra, phỏng vấn, quan sát",
            "Nơi ban hành hoặc nhóm, cá nhân thực hiện", "Ghi chú");

    @Test
    void landscapeListOfEveryItemInNaturalOrder() throws Exception {
        ReportInput input = ReportSamples.sample(REGISTRY.get("TT18-2018"), "2024-2025", 11);
        byte[] docx = render(input);
        Files.createDirectories(Path.of("target/samples"));
        Files.write(Path.of("target/samples/tt2018-evidence-list.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var pgSz = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(pgSz.getOrient().toString()).isEqualTo("landscape");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .containsSubsequence("BẢNG DANH MỤC MÃ MINH CHỨNG", "Năm học 2024-2025");
            XWPFTable t = table(doc);
            assertThat(Report2018Test.cells(t.getRow(0))).isEqualTo(HEADER);
            assertThat(t.getRows()).hasSize(1 + input.evidence().size());
            List<String> codes = new ArrayList<>();
            for (int i = 1; i < t.getRows().size(); i++) {
                assertThat(t.getRow(i).getCell(0).getText()).isEqualTo(Integer.toString(i));
                codes.add(t.getRow(i).getCell(1).getText());
            }
            assertThat(codes).doesNotHaveDuplicates().startsWith("[H1-1.1-01]", "[H1-1.1-02]");
            assertThat(codes.indexOf("[H1-1.9-11]")).isEqualTo(codes.indexOf("[H1-1.10-01]") - 1);
            assertThat(codes.get(codes.size() - 1)).startsWith("[H5-");
            // the first item of 1.2 is also used by 1.1: coded once, the other criterion in Ghi chú
            int row = codes.indexOf("[H1-1.2-01]") + 1;
            assertThat(Report2018Test.cells(t.getRow(row))).containsExactly(Integer.toString(row), "[H1-1.2-01]",
                    input.evidence().stream().filter(e -> e.code().equals("[H1-1.2-01]")).findFirst().orElseThrow().title(),
                    "Số 1/QĐ-THCS, ngày 09/09/2024", "Trường THCS Mẫu (dữ liệu minh hoạ)", "Dùng chung cho tiêu chí 1.1, 1.2");
            // signature of the council's chair
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getText()).contains("TM. HỘI ĐỒNG", "CHỦ TỊCH", "Nguyễn Thị Hoa");
        }
    }

    @Test
    void missingDetailsAndAnEmptyListAreVisible() throws Exception {
        ReportInput sample = ReportSamples.sample(REGISTRY.get("TT19-2018"), "2024-2025", 1);
        ReportInput.Evidence bare = new ReportInput.Evidence("[H1-1.1-01]", Optional.of("[H1-1.1-09]"), "Biên bản", Optional.empty(),
                Optional.of(LocalDate.of(2024, 10, 2)), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of("1.1"));
        ReportInput one = new ReportInput(sample.school(), sample.catalogId(), sample.schoolYear(), sample.reportDate(), sample.council(),
                sample.plan(), sample.evaluations(), List.of(bare), List.of(), sample.profiles(), sample.texts());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(one)))) {
            assertThat(Report2018Test.cells(table(doc).getRow(1)))
                    .containsExactly("1", "[H1-1.1-01]", "Biên bản", "Ngày 02/10/2024", Wml.MISSING, "Mã cũ [H1-1.1-09]");
        }
        ReportInput none = new ReportInput(sample.school(), sample.catalogId(), sample.schoolYear(), sample.reportDate(), sample.council(),
                sample.plan(), sample.evaluations(), List.of(), List.of(), sample.profiles(), sample.texts());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(none)))) {
            assertThat(table(doc).getRows()).hasSize(2);
            assertThat(table(doc).getRow(1).getCell(1).getText()).isEqualTo(Wml.MISSING);
        }
    }

    private static byte[] render(ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportDocuments(REGISTRY).writeDocx(DocumentKind.EVIDENCE_LIST, input, Optional.empty(), out);
        return out.toByteArray();
    }

    private static XWPFTable table(XWPFDocument doc) {
        return Report2018Test.table(doc, HEADER.toArray(String[]::new));
    }
}
