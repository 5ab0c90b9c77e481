package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.kdclgd.app.demo.DemoData;

/**
 * The whole story in one browser: Lê Lợi (demo, at the rating step with criteria 4.1–4.3 left)
 * completes its TT57 self-assessment, imports a data file, downloads the report and publishes; the ward
 * officer then sees one more published school in the statistics, and anyone sees the school's levels on its
 * public page.
 */
class SelfAssessmentScenarioBrowserTest extends SchoolBrowserTestSupport {

    @Test
    void aSchoolCompletesItsSelfAssessmentAndTheOfficerSeesItPublished() {
        login("benthanh.canbo");
        open("/unit/statistics");
        int publishedBefore = Integer.parseInt(byId("stat-published").getText());
        assertThat(publishedBefore).isEqualTo(1); // Nguyễn Du only

        login("leloi.admin");
        assertThat(byId("missing").getText()).contains("criterion 4.1").contains("criterion 4.3");
        for (String criterion : DemoData.LEFT_TO_EVALUATE) {
            open("/school/criteria/" + criterion);
            for (WebElement met : driver.findElements(By.cssSelector("input[type=radio][id$='-met']"))) {
                met.click();
            }
            byId("currentState").click();
            byId("currentState").sendKeys("Nhà trường đáp ứng đầy đủ yêu cầu của tiêu chí " + criterion + " ");
            byId("cite-MC." + criterion + ".01").click();
            byId("currentState").sendKeys(".");
            byId("strengths").sendKeys("Hồ sơ đầy đủ, được lưu trữ khoa học.");
            byId("improvementPlan").sendKeys("Duy trì và nâng cao chất lượng trong năm học tới.");
            submit("evaluation-save");
            assertThat(byId("flash-ok").getText()).contains("Đã lưu tiêu chí " + criterion);
        }

        open("/school");
        assertThat(byId("ready").getText()).contains("Đủ điều kiện");
        submit("advance");
        assertThat(driver.findElement(By.cssSelector("[data-step=REPORT]")).getAttribute("class")).contains("current");

        open("/school/import");
        byId("import-files").sendKeys(SessionHttp.resource("import/C1-HocSinh.csv"));
        byId("import-year").clear();
        byId("import-year").sendKeys(DemoData.YEAR);
        submit("import-submit");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !now("#import-result, #import-failure").isEmpty());
        assertThat(byId("import-error-count").getText()).isEqualTo("0");
        submitConfirmed("import-commit");
        assertThat(byId("import-committed").getText()).contains("Đã ghi");

        open("/school/documents");
        SessionHttp.Response report = SessionHttp.get(driver, byId("doc-report-docx").getAttribute("href"));
        assertThat(report.status()).isEqualTo(200);
        String text = SessionHttp.docxText(report.body());
        assertThat(text).contains("BÁO CÁO TỰ ĐÁNH GIÁ", "Trường THCS Lê Lợi (dữ liệu minh hoạ)", "Tiêu chí 4.3",
                "Nhà trường đáp ứng đầy đủ yêu cầu của tiêu chí 4.3 (MC.4.3.01).");

        open("/school/publish");
        submitConfirmed("publish");
        assertThat(byId("flash-ok").getText()).startsWith("Đã công bố phiên bản 1");
        open("/school");
        assertThat(driver.findElement(By.cssSelector("[data-step=PUBLISHED]")).getAttribute("class")).contains("current");
        screenshot("scenario-published");

        login("benthanh.canbo");
        open("/unit/statistics");
        assertThat(Integer.parseInt(byId("stat-published").getText())).isEqualTo(publishedBefore + 1);
        screenshot("scenario-statistics");

        driver.manage().deleteAllCookies();
        open("/public/schools/" + DemoData.WORKING_SCHOOL);
        assertThat(driver.findElements(By.cssSelector("tr[data-criterion]"))).hasSize(15);
        assertThat(byId("report-" + DemoData.YEAR).getAttribute("href")).endsWith("/report.docx");
    }
}
