package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Công khai: the public pages show what a school published — levels and the frozen report — and nothing
 * unpublished; they need no sign-in and can be framed.
 */
@org.junit.jupiter.api.extension.ExtendWith(PageOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicPageBrowserTest extends SchoolBrowserTestSupport {
    /** A phrase of the demo's evaluation texts (draft at Lê Lợi, published inside Nguyễn Du's snapshot but never shown). */
    static final String EVALUATION_TEXT = "Nhà trường đã thực hiện đầy đủ yêu cầu Mức 1 của tiêu chí";

    @Test
    @Order(1)
    void thePublishedSchoolShowsItsLevelsWithoutSigningIn() {
        open("/public/schools");
        assertThat(byId("school-79701001").getText()).isEqualTo("Trường THCS Nguyễn Du (dữ liệu minh hoạ)");
        assertThat(now("#school-79701002")).isEmpty(); // Lê Lợi has published nothing
        assertThat(byId("school-79702001").getText()).isEqualTo("Trường Tiểu học Sài Gòn (dữ liệu minh hoạ)");
        submit("school-79701001");
        assertThat(path()).isEqualTo("/public/schools/79701001");
        assertThat(byId("public-school-name").getText()).isEqualTo("Trường THCS Nguyễn Du (dữ liệu minh hoạ)");
        String card = byId("assessment-2026-2027").getText();
        assertThat(card).contains("TT57-2026-PT").contains("Phiên bản 1");
        assertThat(driver.findElement(By.cssSelector("#assessment-2026-2027 .pub-level")).getText()).isEqualTo("Mức 1");
        assertThat(driver.findElement(By.cssSelector("tr[data-criterion='1.1'] .pub-criterion-level")).getText()).isEqualTo("Mức 2");
        assertThat(all("tr[data-criterion]")).hasSize(15);
        assertThat(all(".pub-criterion-level")).extracting(e -> e.getText()).contains("Mức 1");
        // the demo set-up froze the report of version 1 when it published
        assertThat(now(".no-report")).isEmpty();
        assertThat(byId("report-2026-2027").getAttribute("href")).matches(".*/public/schools/79701001/versions/[0-9a-f-]{36}/report\\.docx");
        assertThat(pageText()).doesNotContain(EVALUATION_TEXT).doesNotContain("Nguyễn Thị Hoa").doesNotContain("MC.1.1.01");
    }

    @Test
    @Order(1)
    void aSchoolOfThe2018RegimeShowsEachPublishedYear() {
        open("/public/schools/79702001");
        assertThat(byId("assessment-2024-2025").getText()).contains("TT17-2018").contains("Phiên bản 1").contains("26/05/2025");
        assertThat(driver.findElement(By.cssSelector("#assessment-2024-2025 .pub-level")).getText()).isEqualTo("Mức 3");
        assertThat(driver.findElement(By.cssSelector("#assessment-2021-2022 .pub-level")).getText()).isEqualTo("Mức 2");
        assertThat(driver.findElement(By.cssSelector("#assessment-2024-2025 tr[data-criterion='1.1'] .pub-criterion-level")).getText())
                .isEqualTo("Mức 3");
    }

    @Test
    @Order(2)
    void theFrozenReportIsDownloadedWithoutSigningIn() {
        open("/public/schools/79701001");
        assertThat(pageText()).doesNotContain("Đăng xuất");
        screenshot("public-page");
        String href = byId("report-2026-2027").getAttribute("href");
        assertThat(href).matches(".*/public/schools/79701001/versions/[0-9a-f-]{36}/report\\.docx");
        SessionHttp.Response report = SessionHttp.anonymous(href);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(report.header("Content-Disposition")).startsWith("attachment; filename=\"Bao-cao-tu-danh-gia-79701001-2026-2027-phien-ban-1.docx\"");
        assertThat(SessionHttp.docxText(report.body())).contains("BÁO CÁO TỰ ĐÁNH GIÁ", "Trường THCS Nguyễn Du (dữ liệu minh hoạ)", "Tiêu chí 1.1");
        SessionHttp.Response results = SessionHttp.anonymous(byId("results-2026-2027").getAttribute("href"));
        assertThat(SessionHttp.xlsxText(results.body())).contains("1.1");

        // the same version under another school's code, or a made-up file: not found
        assertThat(SessionHttp.anonymous(href.replace("79701001", "79701002")).status()).isEqualTo(404);
        assertThat(SessionHttp.anonymous(href.replace("report.docx", "evidence-list.xlsx")).status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void theEmbeddableVariantCanBeFramed() {
        SessionHttp.Response embed = SessionHttp.anonymous(url("/public/schools/79701001/embed"));
        assertThat(embed.status()).isEqualTo(200);
        assertThat(embed.header("X-Frame-Options")).isNull();
        assertThat(embed.header("Content-Security-Policy")).contains("frame-ancestors *");
        open("/public/schools/79701001/embed");
        assertThat(byId("embed-school-name").getText()).isEqualTo("Trường THCS Nguyễn Du (dữ liệu minh hoạ)");
        assertThat(driver.findElement(By.cssSelector(".embed-level")).getText()).isEqualTo("Mức 1");
        assertThat(now(".topbar")).isEmpty();

        // framed by a page of another origin (a school's website, here a tiny server on another port)
        com.sun.net.httpserver.HttpServer site = startSite("<!DOCTYPE html><html><body><h1>Trang web của trường</h1>"
                + "<iframe id='f' width='600' height='300' src='" + url("/public/schools/79701001/embed") + "'></iframe></body></html>");
        try {
            driver.get("http://127.0.0.1:" + site.getAddress().getPort() + "/");
            driver.switchTo().frame("f");
            assertThat(new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("embed-school-name"))).getText())
                    .contains("Nguyễn Du");
            driver.switchTo().defaultContent();
        } finally {
            site.stop(0);
        }
        // the school screens are not embeddable
        assertThat(SessionHttp.anonymous(url("/login")).header("X-Frame-Options")).isEqualTo("DENY");
    }

    private static com.sun.net.httpserver.HttpServer startSite(String html) {
        try {
            com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            server.createContext("/", ex -> {
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                try (java.io.OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(4)
    void anUnpublishedSchoolShowsNoResultAndNoDraft() {
        open("/public/schools/79701002");
        assertThat(byId("public-school-name").getText()).isEqualTo("Trường THCS Lê Lợi (dữ liệu minh hoạ)");
        assertThat(byId("no-publications").getText()).contains("chưa công bố");
        String text = pageText();
        assertThat(text).doesNotContain(EVALUATION_TEXT).doesNotContain("Mức 1").doesNotContain("Mức 2").doesNotContain("Nguyễn Thị Hoa")
                .doesNotContain("MC.");
        assertThat(now("tr[data-criterion]")).isEmpty();
        open("/public/schools/79701002/embed");
        assertThat(byId("embed-none").getText()).contains("Chưa công bố");
    }

    @Test
    @Order(5)
    void anUnknownSchoolIsNotFound() {
        open("/public/schools/99999999");
        assertThat(byId("error-title").getText()).startsWith("404");
        assertThat(SessionHttp.anonymous(url("/public/schools/99999999")).status()).isEqualTo(404);
        assertThat(SessionHttp.anonymous(url("/public/schools/99999999/embed")).status()).isEqualTo(404);
    }
}
