package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The council (decision, members with council roles and accounts), the working groups (members and the
 * criteria they own) and the plan: edited by the school admin of Lê Lợi and read back from what kdclgd
 * stored; refusals of kdclgd's council and plan rules shown beside the kept form.
 */
class CouncilPlanBrowserTest extends SchoolBrowserTestSupport {

    @Test
    void adminEditsTheCouncilAndKdclgdChecksItsRules() {
        login("leloi.admin");
        open("/school/council");
        assertThat(byId("decisionNumber").getAttribute("value")).isEqualTo("12/QĐ-79701002");
        int gv1 = row("Phạm Quốc Anh");
        assertThat(chosen("m-" + gv1 + "-account")).isEqualTo("leloi.gv1");
        assertThat(chosen("m-" + gv1 + "-role")).isEqualTo("MEMBER");
        assertThat(byId("m-5-name").getAttribute("value")).isEmpty();

        type("decisionNumber", "15/QĐ-THCSLL");
        date("decisionDate", "2026-09-10");
        type("m-" + gv1 + "-title", "Tổ trưởng tổ Toán - Tin");
        type("m-5-name", "Vũ Minh Châu");
        choose("m-5-position", "STAFF");
        choose("m-5-role", "MEMBER");
        byId("m-5-qa").click();
        submit("council-save");

        // six members: TT57 (Điều 9) wants an odd number; the form is kept with what was typed
        assertThat(byId("problems").getText()).contains("KDCL-7025");
        assertThat(byId("m-5-name").getAttribute("value")).isEqualTo("Vũ Minh Châu");
        assertThat(byId("decisionNumber").getAttribute("value")).isEqualTo("15/QĐ-THCSLL");
        open("/school/council");
        assertThat(byId("decisionNumber").getAttribute("value")).as("nothing stored on refusal").isEqualTo("12/QĐ-79701002");

        type("decisionNumber", "15/QĐ-THCSLL");
        date("decisionDate", "2026-09-10");
        type("m-" + gv1 + "-title", "Tổ trưởng tổ Toán - Tin");
        type("m-5-name", "Vũ Minh Châu");
        choose("m-5-position", "STAFF");
        byId("m-5-qa").click();
        type("m-6-name", "Ngô Thị Lan");
        choose("m-6-position", "OTHER");
        choose("m-6-role", "MEMBER");
        submit("council-save");
        assertThat(byId("flash-ok").getText()).contains("7 thành viên");

        open("/school/council");
        assertThat(byId("decisionNumber").getAttribute("value")).isEqualTo("15/QĐ-THCSLL");
        assertThat(byId("decisionDate").getAttribute("value")).isEqualTo("2026-09-10");
        int chau = row("Vũ Minh Châu");
        assertThat(chosen("m-" + chau + "-position")).isEqualTo("STAFF");
        assertThat(byId("m-" + chau + "-qa").isSelected()).isTrue();
        assertThat(chosen("m-" + row("Ngô Thị Lan") + "-position")).isEqualTo("OTHER");
        int again = row("Phạm Quốc Anh");
        assertThat(byId("m-" + again + "-title").getAttribute("value")).isEqualTo("Tổ trưởng tổ Toán - Tin");
        assertThat(chosen("m-" + again + "-account")).isEqualTo("leloi.gv1");
        assertThat(all("#members input[id$='-name']").stream().filter(e -> !e.getAttribute("value").isEmpty()).count()).isEqualTo(7);
        // the working groups kept gv1 (same account, same name: the same member)
        assertThat(group("Nhóm công tác tiêu chuẩn 1, 3").findElement(By.cssSelector(".group-members")).getText()).contains("Phạm Quốc Anh");
        fullScreenshot("council");
    }

    @Test
    void adminAssignsCriteriaToAWorkingGroup() {
        login("leloi.admin");
        open("/school/council");
        type("group-name", "Nhóm rà soát minh chứng");
        choose("group-kind", "WORKING_GROUP");
        checkMember(byId("group-add-form"), "Đỗ Thu Trang");
        byId("group-add-crit-4.2").click();
        byId("group-add-crit-4.3").click();
        submit("group-add");
        assertThat(byId("flash-ok").getText()).contains("Nhóm rà soát minh chứng");
        WebElement g = group("Nhóm rà soát minh chứng");
        assertThat(g.findElement(By.cssSelector(".group-criteria")).getText()).isEqualTo("4.2, 4.3");
        assertThat(g.findElement(By.cssSelector(".group-members")).getText()).isEqualTo("Đỗ Thu Trang");

        String i = g.getAttribute("id").substring("group-".length());
        byId("group-" + i + "-edit").click();
        byId("group-" + i + "-crit-4.2").click();
        byId("group-" + i + "-crit-1.1").click();
        submit("group-" + i + "-save");
        assertThat(byId("flash-ok").getText()).contains("Đã lưu nhóm");
        assertThat(group("Nhóm rà soát minh chứng").findElement(By.cssSelector(".group-criteria")).getText()).isEqualTo("1.1, 4.3");

        open("/school/criteria");
        assertThat(byId("row-4.3").findElement(By.cssSelector(".col-owners")).getText()).contains("Nhóm rà soát minh chứng");
        assertThat(byId("row-1.1").findElement(By.cssSelector(".col-owners")).getText()).contains("Nhóm rà soát minh chứng");
        assertThat(byId("row-4.2").findElement(By.cssSelector(".col-owners")).getText()).doesNotContain("Nhóm rà soát minh chứng");

        open("/school/council");
        i = group("Nhóm rà soát minh chứng").getAttribute("id").substring("group-".length());
        byId("group-" + i + "-edit").click();
        submitConfirmed("group-" + i + "-remove");
        assertThat(byId("flash-ok").getText()).contains("Đã xoá nhóm");
        assertThat(now("[data-group-name='Nhóm rà soát minh chứng']")).isEmpty();
        assertThat(all("#group-list tr[data-group-name]")).hasSize(3);
    }

    @Test
    void adminEditsThePlan() {
        login("leloi.admin");
        open("/school/plan");
        assertThat(byId("purpose").getAttribute("value")).startsWith("Tự đánh giá năm học 2026-2027");
        assertThat(all("#timeline tbody tr")).hasSize(6);

        // kdclgd refuses a milestone ending before it starts; the form keeps what was typed
        date("t-0-end", "2026-09-01");
        type("purpose", "Mục đích đã sửa");
        submit("plan-save");
        assertThat(byId("problems").getText()).contains("KDCL-7035");
        assertThat(byId("purpose").getAttribute("value")).isEqualTo("Mục đích đã sửa");
        assertThat(byId("t-0-end").getAttribute("value")).isEqualTo("2026-09-01");

        open("/school/plan");
        type("purpose", "Tự đánh giá để cải tiến chất lượng giáo dục, công khai kết quả với cha mẹ học sinh.");
        byId("timeline-add").click();
        assertThat(all("#timeline tbody tr")).hasSize(7);
        date("t-6-start", "2027-06-01");
        date("t-6-end", "2027-06-30");
        type("t-6-activity", "Rà soát việc thực hiện kế hoạch cải tiến");
        int row41 = expectedRow("4.1");
        type("e-" + row41 + "-description", "Biên bản kiểm kê tài sản, sổ theo dõi thiết bị");
        type("e-" + row41 + "-responsible", "Tổ văn phòng");
        submit("plan-save");
        assertThat(byId("flash-ok").getText()).contains("Đã lưu kế hoạch");

        open("/school/plan");
        assertThat(byId("purpose").getAttribute("value")).isEqualTo("Tự đánh giá để cải tiến chất lượng giáo dục, công khai kết quả với cha mẹ học sinh.");
        assertThat(all("#timeline tbody tr")).hasSize(7);
        assertThat(byId("t-4-start").getAttribute("value")).isEqualTo("2027-06-01");
        assertThat(byId("t-4-end").getAttribute("value")).isEqualTo("2027-06-30");
        assertThat(byId("t-4-activity").getAttribute("value")).isEqualTo("Rà soát việc thực hiện kế hoạch cải tiến");
        int again = expectedRow("4.1");
        assertThat(byId("e-" + again + "-description").getAttribute("value")).isEqualTo("Biên bản kiểm kê tài sản, sổ theo dõi thiết bị");
        assertThat(byId("e-" + again + "-responsible").getAttribute("value")).isEqualTo("Tổ văn phòng");
        fullScreenshot("plan");
    }

    /** Index of the council row with this name. */
    private int row(String name) {
        List<WebElement> names = all("#members input[id$='-name']");
        for (WebElement e : names) {
            if (name.equals(e.getAttribute("value"))) {
                String id = e.getAttribute("id");
                return Integer.parseInt(id.substring(2, id.length() - "-name".length()));
            }
        }
        throw new AssertionError("no council row " + name);
    }

    /** Index of the first expected-evidence row of a criterion. */
    private int expectedRow(String criterion) {
        for (WebElement e : all("#expected select[id$='-criterion']")) {
            if (criterion.equals(new org.openqa.selenium.support.ui.Select(e).getFirstSelectedOption().getAttribute("value"))) {
                String id = e.getAttribute("id");
                return Integer.parseInt(id.substring(2, id.length() - "-criterion".length()));
            }
        }
        throw new AssertionError("no expected evidence row for " + criterion);
    }

    private WebElement group(String name) {
        return driver.findElement(By.cssSelector("#group-list tr[data-group-name='" + name + "']"));
    }

    private void checkMember(WebElement form, String name) {
        for (WebElement l : within(form, "label.check")) {
            if (l.getText().startsWith(name)) {
                l.findElement(By.tagName("input")).click();
                return;
            }
        }
        throw new AssertionError("no member checkbox " + name);
    }
}
