package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kdclgd.app.demo.DemoData;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.ExternalReviewService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * Nguyễn Du registers its published TT57 self-assessment: accreditation is refused with kdclgd's own
 * message (TT57 has no cấp độ), as are "nothing sought" and a date before the publication; a secretary may
 * not register; while the demo's national-standard registration is open a second one is refused; once the Sở
 * has decided it the list shows the result and national-standard recognition is registered again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationBrowserTest extends TamperingBrowserSupport {
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ExternalReviewService reviews;
    @Autowired
    EntityManager em;
    @Autowired
    Clock clock;

    private UUID school() {
        return tx.execute(s -> em.createQuery("select s.id from School s where s.code = :c", UUID.class)
                .setParameter("c", DemoData.PUBLISHED_SCHOOL).getSingleResult());
    }

    private Actor admin() {
        return Actor.of("nguyendu.admin", Grant.school(Role.SCHOOL_ADMIN, school()));
    }

    private UUID publishedVersion() {
        return tx.execute(s -> {
            UUID a = assessments.ofSchool(admin(), school()).get(0).getId();
            return assessments.publishedVersions(admin(), a).get(0).getId();
        });
    }

    private List<ExternalReview> stored() {
        return tx.execute(s -> em.createQuery("select r from ExternalReview r where r.snapshot.id = :v", ExternalReview.class)
                .setParameter("v", publishedVersion()).getResultList());
    }

    /** What kdclgd itself says to a registration, in a transaction rolled back. */
    private List<Problem> libraryProblems(LocalDate date, boolean accreditation, boolean nationalStandard) {
        return tx.execute(s -> {
            s.setRollbackOnly();
            try {
                reviews.register(admin(), publishedVersion(), date, accreditation, nationalStandard);
                return List.of();
            } catch (KdclException e) {
                return e.problems();
            }
        });
    }

    private void setDate(String date) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('registeredOn').value = arguments[0];", date);
    }

    @Test
    @Order(1)
    void accreditationIsRefusedForTt57WithTheLibrarysMessage() {
        login("nguyendu.admin");
        open("/school/registration");
        assertThat(byId("version-year").getText()).isEqualTo("2026-2027");
        assertThat(byId("version-catalog").getText()).isEqualTo("TT57-2026-PT");
        assertThat(byId("no-accreditation").getText()).contains("Thông tư 57");
        byId("seeksAccreditation").click();
        submit("register-submit");
        List<Problem> expected = libraryProblems(LocalDate.now(clock), true, false);
        assertThat(expected).extracting(Problem::code).containsExactly(ExternalReviewService.NO_SCHEME);
        assertThat(byId("problems").getText()).contains("KDCL-7102").contains(expected.get(0).message())
                .contains("không có công nhận đạt kiểm định chất lượng giáo dục (cấp độ)");
        assertThat(byId("seeksAccreditation").isSelected()).as("the form keeps the choice").isTrue();
        screenshot("registration-refused");

        byId("seeksNationalStandard").click();
        submit("register-submit");
        assertThat(byId("problems").getText()).contains("KDCL-7102").contains("chỉ đề nghị công nhận đạt chuẩn quốc gia");
        assertThat(stored()).as("only the demo's own registration").hasSize(1);
    }

    @Test
    @Order(2)
    void nothingSoughtAndADateBeforeThePublicationAreRefused() {
        login("nguyendu.admin");
        open("/school/registration");
        submit("register-submit");
        assertThat(byId("problems").getText()).contains("KDCL-7101");
        byId("seeksNationalStandard").click();
        setDate("2020-01-01");
        submit("register-submit");
        assertThat(byId("problems").getText()).contains("KDCL-7110").contains("2020-01-01");
        assertThat(stored()).hasSize(1);
    }

    @Test
    @Order(3)
    void aSecretaryMayNotRegister() {
        login("nguyendu.thuky");
        open("/school/registration");
        assertThat(all("#register-form")).isEmpty();
        assertThat(byId("not-decider").isDisplayed()).isTrue();
        HttpAgent thuky = new HttpAgent(port);
        thuky.login("nguyendu.thuky", PASSWORD);
        String token = thuky.csrf("/school/registration");
        HttpAgent.Response r = thuky.postForm("/school/registration", Map.of("_csrf", token, "publishedVersionId",
                publishedVersion().toString(), "registeredOn", LocalDate.now(clock).toString(), "seeksNationalStandard", "true"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("KDCL-6001");
        assertThat(stored()).hasSize(1);
    }

    @Test
    @Order(4)
    void nationalStandardIsRegisteredOnceOpenAndTheResultIsShownWhenDecided() {
        login("nguyendu.admin");
        open("/school/registration");
        // the demo registered Nguyễn Du for national standard today: that registration is open
        assertThat(all("#registrations tr[data-state]")).hasSize(1);
        assertThat(byId("registrations").getText()).contains("2026-2027 · TT57-2026-PT · bản 1").contains("chuẩn quốc gia")
                .contains("Đã đăng ký / registered").doesNotContain("kiểm định /");
        byId("seeksNationalStandard").click();
        submit("register-submit");
        assertThat(byId("problems").getText()).contains("KDCL-7104");
        assertThat(stored()).hasSize(1);

        // the Sở's side, through kdclgd: a team, then the decision
        UUID reviewId = stored().get(0).getId();
        tx.executeWithoutResult(s -> {
            UUID province = em.createQuery("select u.id from SupervisingUnit u where u.code = '79'", UUID.class).getSingleResult();
            Actor officer = Actor.of("so.canbo", Grant.unitOfficer(province));
            reviews.assignTeam(officer, reviewId, List.of(new ReviewerAssignment("danhgia.hoang", "Hoàng Văn Đức", "Trưởng đoàn")));
            reviews.decide(officer, reviewId, 1, LocalDate.now(clock));
        });
        open("/school/registration");
        assertThat(byId("registrations").getText()).contains("Đã có kết quả / decided").contains("Mức 1");

        // decided: the school may register again
        byId("seeksNationalStandard").click();
        submit("register-submit");
        assertThat(byId("flash-ok").getText()).contains("Đã đăng ký");
        assertThat(all("#registrations tr[data-state]")).extracting(e -> e.getAttribute("data-state"))
                .containsExactlyInAnyOrder("REGISTERED", "DECIDED");
        List<ExternalReview> stored = stored();
        assertThat(stored).hasSize(2).filteredOn(r -> r.getState() == ExternalReview.State.REGISTERED).singleElement().satisfies(r -> {
            assertThat(r.isSeeksNationalStandard()).isTrue();
            assertThat(r.isSeeksAccreditation()).isFalse();
            assertThat(r.getRegisteredOn()).isEqualTo(LocalDate.now(clock));
        });
        screenshot("registration");
    }
}
