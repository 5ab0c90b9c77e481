package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kdclgd.app.demo.DemoData;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.ImprovementService;

/**
 * Nguyễn Du's improvement plan: the TT57 twice-a-year review check shown on chosen dates (not due, overdue
 * at the mid-year point, met, overdue again at the year end, met), adding and editing an action, recording
 * reviews, the library's input problems, a teacher who may only read, and the carry-over to the next
 * school year with what kdclgd carried.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImprovementBrowserTest extends TamperingBrowserSupport {
    static final String NEW_ACTION = "Bồi dưỡng giáo viên về đánh giá theo năng lực học sinh";

    @Autowired
    TransactionTemplate tx;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ImprovementService improvement;
    @Autowired
    EntityManager em;

    private UUID school() {
        return tx.execute(s -> em.createQuery("select s.id from School s where s.code = :c", UUID.class)
                .setParameter("c", DemoData.PUBLISHED_SCHOOL).getSingleResult());
    }

    private Actor admin() {
        return Actor.of("nguyendu.admin", Grant.school(Role.SCHOOL_ADMIN, school()));
    }

    private UUID assessment2026() {
        return tx.execute(s -> assessments.ofSchool(admin(), school()).stream().filter(a -> a.getSchoolYear().equals(DemoData.YEAR))
                .findFirst().orElseThrow().getId());
    }

    private List<ImprovementAction> actions() {
        return tx.execute(s -> improvement.actions(admin(), assessment2026()));
    }

    private void checkOn(String date) {
        WebElement field = byId("check-date");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, date);
        submit("check-submit");
    }

    @Test
    @Order(1)
    void theReviewCheckFollowsTheTwoReviewPointsOfTheYear() {
        login("nguyendu.admin");
        open("/school/improvement");
        assertThat(byId("year").getText()).isEqualTo("2026-2027");
        assertThat(byId("actions").getText()).contains("Hoàn thiện yêu cầu Mức 2 còn thiếu của tiêu chí");
        assertThat(byId("point-mid").getText()).isEqualTo("31/01/2027");
        assertThat(byId("point-end").getText()).isEqualTo("31/05/2027");

        checkOn("2026-12-01");
        assertThat(all("#overdue")).isEmpty();
        assertThat(byId("reviews-not-due").getText()).contains("31/01/2027");

        checkOn("2027-02-15");
        assertThat(byId("overdue").getText()).contains("KDCL-7090").contains("mới được rà soát 0 lần; cần ít nhất 1 lần đến ngày 2027-01-31")
                .contains("reviewed 0 time(s)");
        assertThat(byId("held-count").getText()).isEqualTo("0");
        java.util.Optional<vn.kdclgd.core.service.OverdueReview> overdue =
                tx.execute(s -> improvement.overdueReviews(admin(), assessment2026(), LocalDate.of(2027, 2, 15)));
        assertThat(overdue).as("what the page shows is kdclgd's answer").isPresent();
        assertThat(byId("overdue-message").getText()).isEqualTo(overdue.get().problem().message());
    }

    @Test
    @Order(2)
    void anActionIsAddedEditedAndReviewed() {
        login("nguyendu.admin");
        open("/school/improvement");
        byId("description").sendKeys("   ");
        submit("add-action-submit");
        assertThat(byId("problems").getText()).contains("KDCL-7001");
        assertThat(actions()).hasSize(1);

        new Select(byId("criterion")).selectByValue("2.2");
        byId("description").sendKeys(NEW_ACTION);
        byId("owner").sendKeys("Tổ trưởng chuyên môn");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('deadline').value = '2027-03-31';");
        submit("add-action-submit");
        assertThat(path()).startsWith("/school/improvement/");
        assertThat(byId("action-description").getText()).isEqualTo(NEW_ACTION);
        assertThat(byId("action-criterion").getText()).isEqualTo("2.2");
        assertThat(byId("action-deadline").getText()).isEqualTo("31/03/2027");
        assertThat(byId("no-reviews").isDisplayed()).isTrue();
        ImprovementAction added = actions().stream().filter(x -> x.getDescription().equals(NEW_ACTION)).findFirst().orElseThrow();
        assertThat(path()).isEqualTo("/school/improvement/" + added.getId());
        assertThat(added.getOwner()).isEqualTo("Tổ trưởng chuyên môn");
        assertThat(added.getStatus()).isEqualTo(ImprovementAction.Status.PLANNED);

        ((JavascriptExecutor) driver).executeScript("document.getElementById('reviewedOn').value = '2026-12-15';");
        byId("reviewer").sendKeys("Trần Văn Bình");
        byId("finding").sendKeys("Đã tổ chức 2 buổi bồi dưỡng; còn 1 buổi trong học kỳ II.");
        submit("add-review-submit");
        assertThat(byId("flash-ok").getText()).contains("rà soát");
        assertThat(byId("reviews").getText()).contains("15/12/2026").contains("Trần Văn Bình").contains("còn 1 buổi");

        new Select(byId("status")).selectByValue("IN_PROGRESS");
        byId("owner").clear();
        byId("owner").sendKeys("Phó hiệu trưởng chuyên môn");
        submit("update-action-submit");
        assertThat(byId("action-status").getText()).isEqualTo("IN_PROGRESS");
        assertThat(byId("action-owner").getText()).isEqualTo("Phó hiệu trưởng chuyên môn");

        byId("finding").clear();
        submit("add-review-submit");
        assertThat(byId("problems").getText()).contains("KDCL-7001");

        ImprovementAction stored = actions().stream().filter(x -> x.getId().equals(added.getId())).findFirst().orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(ImprovementAction.Status.IN_PROGRESS);
        assertThat(stored.getReviews()).extracting(ActionReview::reviewedOn, ActionReview::reviewer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 15), "Trần Văn Bình"));
    }

    @Test
    @Order(3)
    void reviewsHeldMeetTheCheckUntilTheYearEnd() {
        login("nguyendu.admin");
        open("/school/improvement");
        assertThat(all("#actions tr[data-action-id]")).hasSize(2);
        checkOn("2027-02-15");
        assertThat(all("#overdue")).isEmpty();
        assertThat(byId("reviews-ok").getText()).contains("15/02/2027");
        assertThat(byId("held-count").getText()).isEqualTo("1");

        checkOn("2027-06-15");
        assertThat(byId("overdue").getText()).contains("mới được rà soát 1 lần; cần ít nhất 2 lần đến ngày 2027-05-31");
        screenshot("improvement");

        // a second review date, on the demo's own action
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.partialLinkText("Hoàn thiện yêu cầu Mức 2")).click();
        gone(html);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('reviewedOn').value = '2027-05-20';");
        byId("finding").sendKeys("Rà soát cuối năm: đã hoàn thiện hồ sơ Mức 2.");
        submit("add-review-submit");
        assertThat(byId("reviews").getText()).contains("20/05/2027").contains("nguyendu.admin");
        open("/school/improvement?date=2027-06-15");
        assertThat(all("#overdue")).isEmpty();
        assertThat(byId("held-count").getText()).isEqualTo("2");
        screenshot("improvement-action");
    }

    @Test
    @Order(4)
    void aTeacherReadsThePlanButCannotWriteIt() {
        login("nguyendu.gv2");
        open("/school/improvement");
        assertThat(byId("actions").getText()).contains(NEW_ACTION);
        assertThat(all("#add-action")).isEmpty();
        UUID id = actions().stream().filter(x -> x.getDescription().equals(NEW_ACTION)).findFirst().orElseThrow().getId();
        open("/school/improvement/" + id);
        assertThat(all("#add-review")).isEmpty();
        HttpAgent gv2 = new HttpAgent(port);
        gv2.login("nguyendu.gv2", PASSWORD);
        String token = gv2.csrf("/school/improvement/" + id);
        HttpAgent.Response r = gv2.postForm("/school/improvement/" + id + "/reviews",
                java.util.Map.of("_csrf", token, "reviewedOn", "2027-01-10", "finding", "giáo viên tự ghi"));
        assertThat(r.status()).as("kdclgd refuses a teacher's write").isEqualTo(403);
        assertThat(r.body()).contains("KDCL-6001");
        assertThat(actions().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow().getReviews()).hasSize(1);
    }

    @Test
    @Order(5)
    void thePublishedAssessmentIsCarriedOverToTheNextYear() {
        login("nguyendu.admin");
        open("/school/improvement");
        byId("go-carry-over").click();
        assertThat(path()).isEqualTo("/school/carry-over");
        assertThat(byId("candidates").getText()).contains("2026-2027 · TT57-2026-PT").contains("2027-2028").contains("cùng bộ");
        submitConfirmed("carry-2026-2027");
        assertThat(byId("carried-year").getText()).isEqualTo("2027-2028");
        assertThat(byId("carried-catalog").getText()).isEqualTo("TT57-2026-PT");

        SelfAssessment next = tx.execute(s -> assessments.ofSchool(admin(), school()).stream()
                .filter(a -> a.getSchoolYear().equals("2027-2028")).findFirst().orElseThrow());
        List<CriterionEvaluation> evaluations = tx.execute(s -> assessments.evaluations(admin(), next.getId()));
        long drafts = evaluations.stream().filter(CriterionEvaluation::isDraft).count();
        assertThat(drafts).isEqualTo(15);
        assertThat(byId("carried-drafts").getText()).isEqualTo(String.valueOf(drafts));
        assertThat(Integer.parseInt(byId("carried-uses").getText())).isEqualTo(15);
        assertThat(Integer.parseInt(byId("carried-review").getText())).as("dated evidence is marked for review").isEqualTo(15);
        assertThat(next.getState().name()).isEqualTo("COUNCIL");
        assertThat(byId("candidates").getText()).contains("Đã có đợt năm học này");
        assertThat(all("#carry-2026-2027")).isEmpty();

        // the plan page now opens on the new year, which has no action; the old plan is one choice away
        open("/school/improvement");
        assertThat(byId("year").getText()).isEqualTo("2027-2028");
        assertThat(byId("no-actions").isDisplayed()).isTrue();
        new Select(byId("assessment")).selectByVisibleText("2026-2027 · TT57-2026-PT");
        submit("assessment-submit");
        assertThat(byId("actions").getText()).contains(NEW_ACTION);
    }
}
