package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The documents screen: the school admin downloads the report (DOCX) and the evidence list (XLSX), made from
 * the school's data, with proper names and types; kdclgd refuses a teacher. And the dossier screen: export
 * the school's dossier ZIP, describe an uploaded one.
 */
@org.junit.jupiter.api.extension.ExtendWith(PageOnFailure.class)
class DocumentsBrowserTest extends SchoolBrowserTestSupport {

    @Test
    void adminDownloadsTheReportAndTheEvidenceList() {
        login("nguyendu.admin");
        submit("nav-documents");
        assertThat(path()).isEqualTo("/school/documents");
        assertThat(byId("docs-school").getText()).isEqualTo("Trường THCS Nguyễn Du (dữ liệu minh hoạ)");
        assertThat(byId("docs-catalog").getText()).isEqualTo("TT57-2026-PT");
        // TT57: every DOCX document including the improvement plan; XLSX for the three that have it; no DOCX results summary
        for (String id : new String[] {"doc-report-docx", "doc-plan-docx", "doc-council-decision-docx", "doc-criterion-forms-docx",
            "doc-improvement-plan-docx", "doc-evidence-list-docx", "doc-data-tables-docx", "doc-evidence-list-xlsx", "doc-data-tables-xlsx",
            "doc-results-summary-xlsx"}) {
            assertThat(all("#" + id)).as(id).hasSize(1);
        }
        assertThat(now("#doc-results-summary-docx")).isEmpty();
        screenshot("documents");

        SessionHttp.Response report = SessionHttp.get(driver, byId("doc-report-docx").getAttribute("href"));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(report.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Bao-cao-tu-danh-gia-79701001-2026-2027.docx\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%B1%20%C4%91%C3%A1nh%20gi%C3%A1%20-%2079701001%20-%202026-2027.docx");
        String text = SessionHttp.docxText(report.body());
        assertThat(text).contains("BÁO CÁO TỰ ĐÁNH GIÁ", "Trường THCS Nguyễn Du (dữ liệu minh hoạ)", "Năm học 2026-2027");
        assertThat(text).contains("Tiêu chí 1.1", "Tiêu chí 4.3", "MC.1.1.01");
        // the school's profile (demo: 962 students) is in the report's Phần I
        assertThat(text).contains("962");

        SessionHttp.Response list = SessionHttp.get(driver, byId("doc-evidence-list-xlsx").getAttribute("href"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(list.header("Content-Disposition")).startsWith("attachment; filename=\"Danh-muc-minh-chung-79701001-2026-2027.xlsx\"")
                .contains("filename*=UTF-8''Danh%20m%E1%BB%A5c%20minh%20ch%E1%BB%A9ng");
        String cells = SessionHttp.xlsxText(list.body());
        assertThat(cells).contains("Trường THCS Nguyễn Du (dữ liệu minh hoạ)", "DANH MỤC MINH CHỨNG", "MC.1.1.01", "MC.4.3.01",
                "Hồ sơ minh chứng tiêu chí 1.1 năm học 2026-2027");

        SessionHttp.Response summary = SessionHttp.get(driver, byId("doc-results-summary-xlsx").getAttribute("href"));
        assertThat(summary.status()).isEqualTo(200);
        assertThat(SessionHttp.xlsxText(summary.body())).contains("1.1", "4.3");

        assertThat(SessionHttp.get(driver, url("/school/documents/results-summary.docx")).status()).isEqualTo(404);
        assertThat(SessionHttp.get(driver, url("/school/documents/nothing.docx")).status()).isEqualTo(404);
    }

    @Test
    void kdclgdRefusesATeacher() {
        login("nguyendu.gv1");
        open("/school/documents");
        assertThat(byId("documents").getText()).contains("Báo cáo tự đánh giá");
        SessionHttp.Response r = SessionHttp.get(driver, byId("doc-report-docx").getAttribute("href"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.text()).contains("KDCL-6001");
    }

    @Test
    void anonymousIsSentToTheLogin() {
        SessionHttp.Response r = SessionHttp.anonymous(url("/school/documents/report.docx"));
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/login");
    }

    @Test
    void adminExportsTheDossierAndDescribesIt() throws Exception {
        login("nguyendu.admin");
        submit("nav-dossier");
        assertThat(path()).isEqualTo("/school/dossier");
        SessionHttp.Response zip = SessionHttp.get(driver, byId("dossier-export").getAttribute("href"));
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        assertThat(zip.header("Content-Disposition")).startsWith("attachment; filename=\"Ho-so-kdclgd-79701001-")
                .contains("filename*=UTF-8''H%E1%BB%93%20s%C6%A1%20kdclgd%20-%2079701001%20-%20");
        java.util.Set<String> entries = new java.util.HashSet<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("dossier.json", "manifest.json");

        java.nio.file.Path file = java.nio.file.Files.createTempFile("ho-so-", ".zip");
        try {
            java.nio.file.Files.write(file, zip.body());
            byId("dossier-file").sendKeys(file.toString());
            submit("dossier-describe");
            assertThat(byId("summary-format").getText()).isEqualTo("kdclgd-dossier/1");
            assertThat(byId("summary-school").getText()).isEqualTo("Trường THCS Nguyễn Du (dữ liệu minh hoạ)");
            assertThat(byId("summary-code").getText()).isEqualTo("79701001");
            assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("#summary-counts tr[data-section='evaluations'] td.num")).getText())
                    .isEqualTo("15");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        byId("dossier-file").sendKeys(SessionHttp.resource("import/C1-HocSinh.csv"));
        submit("dossier-describe");
        assertThat(byId("problems").getText()).contains("KDCL-9563");
        assertThat(now("#dossier-summary")).isEmpty();

        login("nguyendu.gv2");
        assertThat(SessionHttp.get(driver, url("/school/dossier/export.zip")).status()).isEqualTo(403);
    }
}
