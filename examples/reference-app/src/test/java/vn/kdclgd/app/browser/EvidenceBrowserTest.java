package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * The evidence library of Lê Lợi: adding an item with a file (kdclgd codes it) and downloading the file
 * back through the evidence store; files refused by type or content; linking an item to a second
 * criterion and unlinking it; the evidence checks panel. The evidence size limit is lowered to 64 KiB here
 * ({@code kdclgd.upload.evidence-max-bytes}) to check the size refusal with a small file.
 */
@TestPropertySource(properties = "kdclgd.upload.evidence-max-bytes=65536")
class EvidenceBrowserTest extends SchoolBrowserTestSupport {

    @Test
    void addsAnItemWithAFileAndDownloadsIt() throws IOException {
        login("leloi.admin");
        open("/school/evidence");
        int before = all("#items tr[data-code]").size();
        byte[] content = ("%PDF-1.4\n% Biên bản kiểm kê cơ sở vật chất năm 2026\n" + "x".repeat(2000) + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        Path file = temp("Biên bản kiểm kê 2026.pdf", content);
        choose("ev-criterion", "4.1");
        type("ev-title", "Biên bản kiểm kê cơ sở vật chất, thiết bị năm 2026");
        type("ev-number", "25/BB-THCSLL");
        date("ev-issued", "2026-10-15");
        type("ev-issuer", "Trường THCS Lê Lợi");
        date("ev-valid-from", "2026-10-15");
        byId("ev-file").sendKeys(file.toString());
        submit("ev-add");

        assertThat(byId("flash-ok").getText()).contains("MC.4.1.02").contains("kèm tệp");
        assertThat(all("#items tr[data-code]")).hasSize(before + 1);
        WebElement row = byId("item-MC.4.1.02");
        assertThat(row.findElement(By.cssSelector(".item-title")).getText()).isEqualTo("Biên bản kiểm kê cơ sở vật chất, thiết bị năm 2026");
        assertThat(row.findElement(By.cssSelector(".item-number")).getText()).isEqualTo("25/BB-THCSLL");
        assertThat(row.findElement(By.cssSelector(".item-issued")).getText()).isEqualTo("15/10/2026");
        assertThat(uses("MC.4.1.02")).containsExactly("4.1");
        WebElement link = row.findElement(By.cssSelector(".file-link"));
        assertThat(link.getText()).isEqualTo("Biên bản kiểm kê 2026.pdf");
        fullScreenshot("evidence");

        HttpResponse<byte[]> download = fetch(link.getAttribute("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment")
                .contains("UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20k%C3%AA%202026.pdf"));

        // another school's account cannot download it (kdclgd lists only its own school's items)
        String href = link.getAttribute("href");
        login("nguyendu.admin");
        assertThat(fetch(href).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesFilesOfOtherTypesWithContentNotMatchingTheNameOrTooLarge() throws IOException {
        login("leloi.admin");
        open("/school/evidence");
        int before = all("#items tr[data-code]").size();
        assertThat(byId("max-size").getText()).isEqualTo("64 KB");
        choose("ev-criterion", "2.2");
        type("ev-title", "Danh sách giáo viên");
        byId("ev-file").sendKeys(temp("danh-sach.exe", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1)).toString());
        submit("ev-add");
        assertThat(byId("problems").getText()).contains("KDCL-9532").contains("loại tệp không được nhận")
                .contains("pdf, doc, docx, xls, xlsx, jpg, jpeg, png, txt, zip");
        assertThat(byId("ev-title").getAttribute("value")).isEqualTo("Danh sách giáo viên");
        assertThat(chosen("ev-criterion")).isEqualTo("2.2");
        assertThat(byId("file-again").getText()).contains("Chọn lại tệp");

        byId("ev-file").sendKeys(temp("danh-sach.pdf", "chỉ là văn bản, không phải PDF".getBytes(StandardCharsets.UTF_8)).toString());
        submit("ev-add");
        assertThat(byId("problems").getText()).contains("KDCL-9532").contains("không khớp");

        byte[] large = new byte[100_000];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
        byId("ev-file").sendKeys(temp("ho-so-lon.pdf", large).toString());
        submit("ev-add");
        assertThat(byId("problems").getText()).contains("KDCL-9533").contains("tệp 98 KB vượt giới hạn 64 KB");

        open("/school/evidence");
        assertThat(all("#items tr[data-code]")).as("nothing added").hasSize(before);
        assertThat(present("item-MC.2.2.02")).isFalse();
    }

    @Test
    void linksAnItemToASecondCriterionAndUnlinksIt() {
        login("leloi.admin");
        open("/school/criteria");
        assertThat(byId("row-4.3").findElement(By.cssSelector(".col-evidence")).getText()).isEqualTo("1");
        open("/school/evidence");
        choose("link-MC.1.3.01-criterion", "4.3");
        submit("link-MC.1.3.01");
        assertThat(byId("flash-ok").getText()).contains("MC.1.3.01").contains("4.3");
        assertThat(uses("MC.1.3.01")).containsExactly("1.3", "4.3");
        assertThat(byId("item-MC.1.3.01").findElement(By.cssSelector(".item-code")).getText()).as("the code never changes").isEqualTo("MC.1.3.01");

        open("/school/criteria");
        assertThat(byId("row-4.3").findElement(By.cssSelector(".col-evidence")).getText()).isEqualTo("2");
        open("/school/criteria/4.3");
        assertThat(byId("cite-bar").findElement(By.id("cite-MC.1.3.01")).isDisplayed()).as("offered as the criterion's own evidence").isTrue();

        open("/school/evidence");
        submitConfirmed("unlink-MC.1.3.01-4.3");
        assertThat(byId("flash-ok").getText()).contains("4.3");
        assertThat(uses("MC.1.3.01")).containsExactly("1.3");
        open("/school/criteria");
        assertThat(byId("row-4.3").findElement(By.cssSelector(".col-evidence")).getText()).isEqualTo("1");
    }

    @Test
    void checksPanelShowsExpiredUndatedAndUnusedItems() {
        login("leloi.admin");
        open("/school/evidence");
        assertThat(present("check-expired")).isFalse();
        choose("ev-criterion", "4.2");
        type("ev-title", "Giấy chứng nhận an toàn phòng cháy chữa cháy");
        date("ev-issued", "2024-05-01");
        date("ev-valid-until", "2025-12-31");
        submit("ev-add");
        assertThat(byId("flash-ok").getText()).contains("MC.4.2.02");
        choose("ev-criterion", "3.1");
        type("ev-title", "Sổ theo dõi không ghi ngày");
        submit("ev-add");
        assertThat(byId("flash-ok").getText()).contains("MC.3.1.02");

        assertThat(byId("check-expired").getText()).isEqualTo("MC.4.2.02");
        assertThat(byId("check-undated").getText()).isEqualTo("MC.3.1.02");
        assertThat(byId("item-MC.4.2.02").getText()).contains("hết hiệu lực");

        // an item no criterion uses any more is reported as unused
        submitConfirmed("unlink-MC.3.1.02-3.1");
        assertThat(byId("check-unused").getText()).isEqualTo("MC.3.1.02");
        assertThat(present("check-undated")).as("only items in use are checked for dates").isFalse();
    }

    /** The criteria listed as using an item. */
    private java.util.List<String> uses(String code) {
        return within(byId("item-" + code), ".use-code").stream().map(WebElement::getText).toList();
    }

    private static Path temp(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("kdclgd-upload");
        Path f = dir.resolve(name);
        Files.write(f, content);
        f.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return f;
    }
}
