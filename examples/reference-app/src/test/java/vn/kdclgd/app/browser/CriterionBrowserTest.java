package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The criteria table and the criterion form of Lê Lợi: judgements item by item, the four texts with
 * citations inserted by button, the key quantitative data with the school's figures and the TT57
 * transitional banner, optimistic locking between two editors, and kdclgd's working-group rule — a
 * council member saves the criteria of their group and is refused on the others.
 */
class CriterionBrowserTest extends SchoolBrowserTestSupport {

    @Test
    void adminFillsCriterion41AndTheOverviewNoLongerMissesIt() {
        login("leloi.admin");
        assertThat(byId("missing").getText()).contains("criterion 4.1");
        open("/school/criteria");
        assertThat(byId("row-4.1").findElement(By.cssSelector(".col-state")).getText()).contains("chưa viết");
        assertThat(byId("row-4.1").findElement(By.cssSelector(".col-judgements")).getText()).contains("còn thiếu");
        submit("open-4.1");

        assertThat(byId("criterion-name").getText()).isEqualTo("Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động giáo dục");
        assertThat(byId("mandatory").isDisplayed()).isTrue();
        assertThat(byId("level-1").getText()).contains("Nhà trường có cơ sở vật chất, phòng học");
        assertThat(byId("suggested-evidence").getText()).contains("Hồ sơ phòng học, phòng chức năng");
        assertThat(byId("quantitative-data").getText()).contains("Số phòng học đạt yêu cầu so với tổng số phòng học");
        assertThat(byId("warn-only").getText()).isEqualTo("Đến hết 31/12/2028 dữ liệu định lượng chỉ dùng để theo dõi, cảnh báo"
                + " (khoản 4 Điều 27 TT57) — không dùng làm căn cứ kết luận không đạt");
        assertThat(figure("students.total")).isEqualTo("962");
        assertThat(figure("classes.total")).isEqualTo("24");
        assertThat(figure("staff.teachers")).isEqualTo("52");
        assertThat(figure("students.total ÷ classes.total")).isEqualTo("40,08");
        assertThat(figure("staff.teachers ÷ classes.total")).isEqualTo("2,17");
        assertThat(present("read-only")).isFalse();
        long version = Long.parseLong(byId("expectedVersion").getAttribute("value"));

        for (String item : new String[] {"1-a", "1-b", "2-a", "2-b"}) {
            byId("j-" + item + "-met").click();
        }
        byId("j-2-c-notmet").click();
        byId("currentState").click();
        byId("currentState").sendKeys("Nhà trường có đủ phòng học, phòng bộ môn, thiết bị dạy học theo quy định ");
        byId("cite-MC.4.1.01").click();
        byId("strengths").click();
        byId("strengths").sendKeys("Thiết bị được kiểm kê, bảo trì định kỳ ");
        byId("cite-all").click();
        byId("cite-MC.1.3.01").click();
        assertThat(byId("currentState").getAttribute("value"))
                .isEqualTo("Nhà trường có đủ phòng học, phòng bộ môn, thiết bị dạy học theo quy định (MC.4.1.01)");
        assertThat(byId("strengths").getAttribute("value")).isEqualTo("Thiết bị được kiểm kê, bảo trì định kỳ (MC.1.3.01)");
        byId("currentState").sendKeys(".");
        byId("weaknesses").sendKeys("Khu vực sân chơi chưa được cải tạo.");
        byId("improvementPlan").sendKeys("Năm học 2027-2028 cải tạo sân chơi, bổ sung học liệu số.");
        fullScreenshot("criterion-form");
        submit("evaluation-save");

        assertThat(byId("flash-ok").getText()).contains("Đã lưu tiêu chí 4.1");
        assertThat(byId("j-1-a-met").isSelected()).isTrue();
        assertThat(byId("j-2-b-met").isSelected()).isTrue();
        assertThat(byId("j-2-c-notmet").isSelected()).isTrue();
        assertThat(byId("currentState").getAttribute("value"))
                .isEqualTo("Nhà trường có đủ phòng học, phòng bộ môn, thiết bị dạy học theo quy định (MC.4.1.01).");
        assertThat(byId("strengths").getAttribute("value")).isEqualTo("Thiết bị được kiểm kê, bảo trì định kỳ (MC.1.3.01)");
        assertThat(byId("improvementPlan").getAttribute("value")).isEqualTo("Năm học 2027-2028 cải tạo sân chơi, bổ sung học liệu số.");
        assertThat(Long.parseLong(byId("expectedVersion").getAttribute("value"))).isGreaterThan(version);

        open("/school/criteria");
        assertThat(byId("row-4.1").findElement(By.cssSelector(".col-state")).getText()).contains("đã viết");
        assertThat(byId("row-4.1").findElement(By.cssSelector(".col-judgements")).getText()).contains("đủ");
        open("/school");
        assertThat(byId("missing").getText()).doesNotContain("4.1").contains("criterion 4.2");
    }

    @Test
    void aSaveAfterSomeoneElseSavedIsAConflictAndKeepsTheForm() {
        login("leloi.admin");
        open("/school/criteria/4.2");
        String first = driver.getWindowHandle();
        byId("currentState").sendKeys("Bản của người thứ nhất (MC.4.2.01).");

        driver.switchTo().newWindow(WindowType.TAB);
        open("/school/criteria/4.2");
        byId("currentState").sendKeys("Bản của người thứ hai (MC.4.2.01).");
        submit("evaluation-save");
        assertThat(byId("flash-ok").getText()).contains("4.2");
        driver.close();
        driver.switchTo().window(first);

        submit("evaluation-save");
        assertThat(byId("conflict").getText()).contains("Người khác vừa lưu trước / someone else saved first");
        assertThat(byId("problems").getText()).contains("KDCL-6101");
        assertThat(byId("currentState").getAttribute("value")).isEqualTo("Bản của người thứ nhất (MC.4.2.01).");
        assertThat(byId("conflict-currentState").getText()).isEqualTo("Bản của người thứ hai (MC.4.2.01).");

        submit("evaluation-save");
        assertThat(byId("flash-ok").getText()).contains("4.2");
        assertThat(byId("currentState").getAttribute("value")).isEqualTo("Bản của người thứ nhất (MC.4.2.01).");
    }

    @Test
    void councilMemberSavesTheirGroupsCriteriaAndIsRefusedOnOthers() {
        login("leloi.gv1");
        open("/school/criteria");
        assertThat(byId("row-1.1").findElement(By.cssSelector(".col-rights")).getText()).isEqualTo("sửa được");
        assertThat(byId("row-4.1").findElement(By.cssSelector(".col-rights")).getText()).isEqualTo("chỉ xem");

        open("/school/criteria/1.1");
        assertThat(present("read-only")).isFalse();
        type("strengths", "Nhóm công tác tiêu chuẩn 1 đã rà soát kế hoạch phát triển (MC.1.1.01).");
        submit("evaluation-save");
        assertThat(byId("flash-ok").getText()).contains("Đã lưu tiêu chí 1.1");
        open("/school/criteria/1.1");
        assertThat(byId("strengths").getAttribute("value")).isEqualTo("Nhóm công tác tiêu chuẩn 1 đã rà soát kế hoạch phát triển (MC.1.1.01).");

        open("/school/criteria/4.1");
        assertThat(byId("read-only").getText()).contains("Chỉ xem / read only");
        assertThat(present("evaluation-save")).isFalse();
        assertThat(present("cite-bar")).isFalse();
        assertThat(byId("currentState").getAttribute("readonly")).isNotNull();
        assertThat(byId("j-1-a-met").isEnabled()).isFalse();
        String version = byId("expectedVersion").getAttribute("value");
        // post the form anyway: kdclgd refuses it
        js("var t = document.getElementById('currentState'); t.removeAttribute('readonly'); t.value = 'Thử lưu khi không có quyền (MC.4.1.01).';"
                + " document.getElementById('evaluation-form').submit();");
        assertThat(byId("error-title").getText()).startsWith("403");
        assertThat(byId("error-problems").getText()).contains("KDCL-6001");

        open("/school/criteria/4.1");
        assertThat(byId("currentState").getAttribute("value")).doesNotContain("Thử lưu");
        assertThat(byId("expectedVersion").getAttribute("value")).isEqualTo(version);
    }

    @Test
    void level4ItemsOfThe2018RegimeHaveTheirOwnFormAndMissingFiguresAreNoData() {
        login("saigon-th.admin");
        // a TT17-2018 self-assessment for the primary school (the overview proposes the catalog in force; a 2018 one is chosen here)
        type("schoolYear", "2025-2026");
        js("document.getElementById('catalogId').value = 'TT17-2018';");
        submit("create-assessment");
        assertThat(byId("flash-ok").getText()).contains("2025-2026");
        open("/school/criteria");
        assertThat(byId("row-MUC4").getText()).contains("Các yêu cầu Mức 4 (Điều 22)");
        assertThat(byId("row-MUC4").findElement(By.cssSelector(".col-judgements")).getText()).isEqualTo("còn thiếu");
        submit("open-MUC4");

        assertThat(byId("criterion-code").getText()).isEqualTo("Mức 4");
        assertThat(present("warn-only")).as("no TT57 transitional rule for a 2018 catalog").isFalse();
        assertThat(present("guidance")).isFalse();
        // no profile recorded for the year: every figure is "no data", never 0
        for (String key : new String[] {"students.total", "classes.total", "students.total ÷ classes.total"}) {
            assertThat(figure(key)).isEqualTo("chưa có dữ liệu");
        }
        assertThat(byId("figure-warnings").getText()).contains("Chưa có số liệu của trường cho năm học 2025-2026");
        assertThat(all("#level-4 input[type=radio]")).hasSize(5 * 3);
        for (String k : new String[] {"1", "2", "3", "4"}) {
            byId("j-4-" + k + "-met").click();
        }
        byId("j-4-5-notmet").click();
        submit("evaluation-save");
        assertThat(byId("flash-ok").getText()).contains("MUC4");
        assertThat(byId("j-4-4-met").isSelected()).isTrue();
        assertThat(byId("j-4-5-notmet").isSelected()).isTrue();
    }

    /** The shown value of a figure of the school's profile. */
    private String figure(String keys) {
        return driver.findElement(By.cssSelector("#figures tr[data-key='" + keys + "'] td.num")).getText();
    }
}
