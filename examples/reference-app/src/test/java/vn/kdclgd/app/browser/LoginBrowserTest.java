package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signing in and out, wrong passwords, and where each kind of account lands. */
class LoginBrowserTest extends BrowserTestSupport {

    @Test
    void anonymousIsSentToTheLoginPage() {
        open("/school");
        assertThat(path()).startsWith("/login");
        screenshot("login");
    }

    @Test
    void wrongPasswordIsRefused() {
        login("leloi.admin", "wrong-password");
        assertThat(byId("login-error").getText()).contains("Sai tên đăng nhập hoặc mật khẩu");
        open("/school");
        assertThat(path()).startsWith("/login");
    }

    @Test
    void schoolAdminLandsOnTheSchoolOverview() {
        login("leloi.admin");
        assertThat(path()).isEqualTo("/school");
        assertThat(byId("school-name").getText()).isEqualTo("Trường THCS Lê Lợi (dữ liệu minh hoạ)");
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("#steps [data-step=RATING]")).getText()).isEqualTo("Đánh giá tiêu chí");
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("#steps [data-step=RATING]")).getAttribute("class")).contains("current");
        assertThat(byId("missing").getText()).contains("KDCL-7041").contains("4.1");
        screenshot("school-overview");
        byId("logout").click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> path().startsWith("/login"));
        assertThat(byId("logged-out").getText()).contains("Đã đăng xuất");
        open("/school");
        assertThat(path()).startsWith("/login");
    }

    @Test
    void unitOfficerCannotOpenSchoolScreens() {
        login("benthanh.canbo");
        open("/school");
        assertThat(pageText()).contains("403");
    }
}
