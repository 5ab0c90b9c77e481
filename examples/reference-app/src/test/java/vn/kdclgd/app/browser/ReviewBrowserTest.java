package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * External review from registration to certificate: the ward officer assigns danhgia.hoang to Nguyễn Du's
 * registration, the reviewer records judgements (one differs from the school), the officer sees the
 * side-by-side with the difference, decides and issues the national-standard certificate; another ward's
 * officer and a reviewer off the team are refused.
 */
class ReviewBrowserTest extends UnitTestSupport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void fromTeamToCertificate() throws Exception {
        // The registration Nguyễn Du made (demo data), waiting for a team.
        signIn("benthanh.canbo");
        open("/unit/reviews");
        WebElement row = byId("review-79701001-2026-2027");
        assertThat(row.getText()).contains("Đã đăng ký").contains("Chuẩn quốc gia");
        String review = byId("open-review-79701001-2026-2027").getDomAttribute("href");
        String reviewId = review.substring(review.lastIndexOf('/') + 1);

        // Not on the team yet: kdclgd refuses the reviewer.
        signIn("danhgia.hoang");
        open("/review");
        assertThat(all("#my-review-79701001-2026-2027")).isEmpty();
        open("/review/" + reviewId);
        assertThat(byId("error-title").getText()).startsWith("403");

        // The officer sets the team.
        signIn("benthanh.canbo");
        open(review);
        assertThat(byId("review-state").getDomAttribute("data-state")).isEqualTo("REGISTERED");
        byId("member-danhgia_hoang").click();
        byId("member-name-danhgia_hoang").clear();
        byId("member-name-danhgia_hoang").sendKeys("Hoàng Văn Đức");
        byId("member-role-danhgia_hoang").sendKeys("Trưởng đoàn");
        clickAndWait(byId("assign-team"));
        assertThat(byId("flash-ok").getText()).contains("1 thành viên");
        assertThat(byId("review-state").getDomAttribute("data-state")).isEqualTo("IN_REVIEW");
        assertThat(byId("team").getText()).contains("Hoàng Văn Đức — Trưởng đoàn (danhgia.hoang)");
        assertThat(byId("sbs-judged").getText()).isEqualTo("0");

        // The reviewer judges criterion 1.1: all met except Mức 1 a (the school said met).
        signIn("danhgia.hoang");
        open("/review");
        clickAndWait(byId("open-my-review-79701001-2026-2027"));
        assertThat(byId("review-state").getDomAttribute("data-state")).isEqualTo("IN_REVIEW");
        byId("fs-1_1").findElement(By.cssSelector("[data-mark-all]")).click();
        assertThat(byId("j-1_1-2-b-met").isSelected()).isTrue();
        byId("j-1_1-1-a-notmet").click();
        byId("j-1_2-1-a-met").click();
        scrollTo("fs-1_1");
        screenshot("review-judgements");
        clickAndWait(byId("save-judgements"));
        assertThat(byId("flash-ok").getText()).contains("Đã lưu");
        // Stored: the form shows the saved judgements again.
        assertThat(byId("j-1_1-1-a-notmet").isSelected()).isTrue();
        assertThat(byId("j-1_1-1-b-met").isSelected()).isTrue();
        assertThat(byId("j-1_3-1-a-met").isSelected()).isFalse();
        int judged = Integer.parseInt(byId("my-judged").getText());
        assertThat(judged).isGreaterThan(2);
        clickAndWait(byId("open-side-by-side"));
        assertThat(byId("sbs-1_1-1-a").getDomProperty("className")).contains("differs");
        assertThat(byId("sbs-1_2-1-a").getDomProperty("className")).doesNotContain("differs");

        // Another ward's officer cannot open it, nor decide it by posting the form directly.
        signIn("saigon.canbo");
        open("/unit");
        String csrf = driver.findElement(By.name("_csrf")).getDomAttribute("value");
        open(review);
        assertThat(byId("error-title").getText()).startsWith("403");
        assertThat(pageText()).doesNotContain("Nguyễn Du");
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(review + "/decision")))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("level=2&date=" + LocalDate.now() + "&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(posted.body()).contains("KDCL-6001");

        // The officer sees the side-by-side with the difference, decides and issues the certificate.
        signIn("benthanh.canbo");
        open(review);
        assertThat(byId("review-state").getDomAttribute("data-state")).isEqualTo("IN_REVIEW");
        assertThat(byId("sbs-differing").getText()).isEqualTo("1");
        assertThat(byId("sbs-judged").getText()).isEqualTo(String.valueOf(judged));
        WebElement differing = byId("sbs-1_1-1-a");
        assertThat(differing.getDomProperty("className")).contains("differs");
        assertThat(differing.getText()).contains("Đạt").contains("Không đạt");
        scrollTo("sbs-summary");
        screenshot("side-by-side");

        choose("decide-level", "1");
        clickConfirmAndWait(byId("decide-submit"));
        assertThat(byId("flash-ok").getText()).contains("Mức 1");
        assertThat(byId("review-state").getDomAttribute("data-state")).isEqualTo("DECIDED");
        assertThat(byId("review-result").getText()).contains("Mức 1").contains(LocalDate.now().format(DAY));
        assertThat(all("#team-form")).isEmpty();

        // No number: kdclgd's problem is shown beside the form, nothing issued.
        clickAndWait(byId("cert-submit"));
        assertThat(byId("problems").getText()).contains("KDCL-7211");
        assertThat(all("#certificate-nationalStandard")).isEmpty();
        byId("cert-number").sendKeys("88/QĐ-SGDĐT");
        clickAndWait(byId("cert-submit"));
        assertThat(byId("flash-ok").getText()).contains(LocalDate.now().plusYears(5).toString());
        assertThat(byId("certificate-nationalStandard").getText()).contains("mức độ 1").contains("88/QĐ-SGDĐT")
                .contains(LocalDate.now().plusYears(5).format(DAY));
        assertThat(all("#certificate-form")).isEmpty();

        // The school list and the list of reviews show it.
        open("/unit");
        assertThat(byId("certificates-79701001").getText()).contains("mức độ 1");
        open("/unit/reviews");
        assertThat(byId("review-79701001-2026-2027").getText()).contains("Đã quyết định").contains("Mức 1");

        // The reviewer can no longer record judgements.
        signIn("danhgia.hoang");
        open("/review/" + reviewId);
        assertThat(byId("not-open").isDisplayed()).isTrue();
        assertThat(all("#judgement-form")).isEmpty();
    }

    @Test
    void reviewerSeesTheDecidedPrimarySchoolReviewsReadOnly() {
        signIn("danhgia.hoang");
        assertThat(path()).isEqualTo("/review");
        assertThat(byId("my-review-79702001-2024-2025").getText()).contains("Đã quyết định").contains("158/158");
        clickAndWait(byId("open-my-review-79702001-2024-2025"));
        assertThat(all("#judgement-form")).isEmpty();
        clickAndWait(byId("open-side-by-side"));
        // The reviewer judged Mức-4 khoản 1 met where the school said not met.
        assertThat(byId("sbs-differing").getText()).isEqualTo("1");
        assertThat(byId("sbs-MUC4-4-1").getDomProperty("className")).contains("differs");
        open("/unit");
        assertThat(pageText()).contains("403");
    }
}
