package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kdclgd.app.demo.DemoData;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.EvaluationInput;

/**
 * Publishing: the versions, the snapshot preview, "nothing changed", a new version after a change with its
 * frozen report (the earlier version's frozen report stays as it was), and kdclgd's refusals.
 */
@org.junit.jupiter.api.extension.ExtendWith(PageOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishBrowserTest extends SchoolBrowserTestSupport {
    static final String ADDED = "Năm học này nhà trường bổ sung kế hoạch chiến lược giai đoạn 2027-2032 (MC.1.1.01).";

    @Autowired
    AssessmentService assessments;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    EntityManager em;

    private void publishAndConfirm() {
        submitConfirmed("publish");
    }

    @Test
    @Order(1)
    void publishingWithNothingChangedSaysSoAndKeepsTheFrozenReport() {
        login("nguyendu.admin");
        submit("nav-publish");
        assertThat(byId("version-1").getText()).contains("Mức 1").contains("kdclgd-demo");
        assertThat(now("#version-2")).isEmpty();
        assertThat(byId("unchanged").getText()).isEqualTo("Không có thay đổi kể từ phiên bản 1 / nothing changed since version 1");
        String hash = byId("snapshot-hash").getText();
        assertThat(byId("version-1").getText()).contains(hash);
        assertThat(byId("snapshot-level").getText()).isEqualTo("Mức 1");
        // the demo set-up froze version 1's report and results summary when it published
        SessionHttp.Response report = SessionHttp.get(driver, byId("frozen-1-report").getAttribute("href"));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Disposition")).contains("filename=\"Bao-cao-tu-danh-gia-79701001-2026-2027-phien-ban-1.docx\"");
        assertThat(SessionHttp.docxText(report.body())).contains("Trường THCS Nguyễn Du (dữ liệu minh hoạ)", "Tiêu chí 1.1").doesNotContain(ADDED);
        SessionHttp.Response results = SessionHttp.get(driver, byId("frozen-1-results-summary").getAttribute("href"));
        assertThat(results.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(SessionHttp.xlsxText(results.body())).contains("1.1");

        publishAndConfirm();
        assertThat(byId("flash-ok").getText()).contains("Không có thay đổi kể từ phiên bản 1").doesNotContain("đóng băng");
        assertThat(all("tr[id^=version-]")).hasSize(1);
    }

    @Test
    @Order(2)
    void aChangeMakesVersionTwoWithItsOwnFrozenReport() {
        changeCriterionOneOne();
        login("nguyendu.admin");
        open("/school/publish");
        assertThat(byId("changed").getText()).contains("Đã thay đổi kể từ phiên bản 1").contains("phiên bản 2");
        assertThat(now("#unchanged")).isEmpty();
        publishAndConfirm();
        assertThat(byId("flash-ok").getText()).startsWith("Đã công bố phiên bản 2");
        assertThat(byId("version-2").getText()).contains("nguyendu.admin");
        assertThat(byId("unchanged").getText()).contains("phiên bản 2");
        screenshot("publish");

        String v2 = SessionHttp.docxText(SessionHttp.get(driver, byId("frozen-2-report").getAttribute("href")).body());
        assertThat(v2).contains(ADDED);
        String v1 = SessionHttp.docxText(SessionHttp.get(driver, byId("frozen-1-report").getAttribute("href")).body());
        assertThat(v1).doesNotContain(ADDED);
        // a version id of no assessment of this school
        assertThat(SessionHttp.get(driver, url("/school/publish/versions/" + UUID.randomUUID() + "/report.docx")).status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void kdclgdRefusesATeacher() {
        login("nguyendu.gv1");
        open("/school/publish");
        assertThat(byId("version-1").getText()).contains("Mức 1");
        publishAndConfirm();
        assertThat(byId("error-title").getText()).startsWith("403");
        assertThat(pageText()).contains("KDCL-6001");
    }

    @Test
    @Order(4)
    void anAssessmentBeforeTheReportStepCannotBePublished() {
        login("leloi.admin");
        open("/school/publish");
        assertThat(byId("not-yet").getText()).contains("RATING");
        assertThat(all(".no-versions")).hasSize(1);
        publishAndConfirm();
        assertThat(byId("problems").getText()).contains("KDCL-7046");
        assertThat(all(".no-versions")).hasSize(1);
    }

    private void changeCriterionOneOne() {
        tx.executeWithoutResult(s -> {
            UUID school = em.createQuery("select s.id from School s where s.code = :c", UUID.class).setParameter("c", DemoData.PUBLISHED_SCHOOL)
                    .getSingleResult();
            Actor admin = Actor.of("nguyendu.admin", Grant.school(Role.SCHOOL_ADMIN, school));
            SelfAssessment a = assessments.ofSchool(admin, school).get(0);
            CriterionEvaluation e = assessments.evaluation(admin, a.getId(), "1.1");
            assessments.saveEvaluation(admin, a.getId(), "1.1", e.getVersion(), new EvaluationInput(e.getCurrentState() + "\n" + ADDED,
                    e.getStrengths(), e.getWeaknesses(), e.getImprovementPlan(), new ArrayList<>(e.getJudgements())));
        });
    }
}
