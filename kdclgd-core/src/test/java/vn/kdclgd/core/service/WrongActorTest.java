package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.ReviewerJudgement;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.catalog.RecognitionKind;

/** Every public method of the review, recognition, statistics and loader services refuses a wrong actor and writes nothing. */
class WrongActorTest {

    @ParameterizedTest
    @EnumSource(Databases.class)
    void everyPublicMethodRefusesAWrongActor(Databases db) {
        ReviewFixture f = new ReviewFixture(db, LocalDate.of(2027, 3, 1));
        SupervisingUnit p = f.unit("Sở P", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1), null);
        SupervisingUnit c = f.unit("Phường", UnitKind.COMMUNE_WARD, p, LocalDate.of(2025, 7, 1), null);
        SupervisingUnit q = f.unit("Sở Q", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1), null);
        School s = f.school("THCS", c, LocalDate.of(2025, 7, 1));
        School other = f.school("THCS", c, LocalDate.of(2025, 7, 1));
        ExternalReviewService reviews = new ExternalReviewService(f.k);
        RecognitionService recognition = new RecognitionService(f.k);
        StatisticsService stats = new StatisticsService(f.k);
        AssessmentLoader loader = new AssessmentLoader(f.k);

        SelfAssessment a = f.assessment(s, "2025-2026", "TT18-2018");
        PublishedVersion pv = f.publish(a, 1, LocalDate.of(2026, 5, 1), 3, ReviewFixture.snapshot("TT18-2018", Map.of(), Map.of()), null);
        PublishedVersion pvOld = f.publish(f.assessment(s, "2024-2025", "TT18-2018"), 1, LocalDate.of(2025, 5, 1), 3);
        Actor officerP = ReviewFixture.officer(p);
        ExternalReview decided = f.tx(() -> reviews.register(ReviewFixture.chair(s), pvOld.getId(), LocalDate.of(2025, 6, 1), true, true));
        f.run(() -> reviews.assignTeam(officerP, decided.getId(), List.of(new ReviewerAssignment("r0", "R0", null))));
        f.run(() -> reviews.decide(officerP, decided.getId(), 3, LocalDate.of(2025, 9, 1)));
        Certificate cert = f.tx(() -> recognition.issueCertificate(officerP, decided.getId(), RecognitionKind.ACCREDITATION, "QĐ 1", LocalDate.of(2025, 9, 5)));
        ExternalReview open = f.tx(() -> reviews.register(ReviewFixture.chair(s), pv.getId(), LocalDate.of(2026, 6, 1), true, true));
        f.run(() -> reviews.assignTeam(officerP, open.getId(), List.of(new ReviewerAssignment("r1", "R1", null))));
        UUID reviewId = open.getId();

        Actor teacher = ReviewFixture.teacher(s);
        Actor secretary = Actor.of("thuky", Grant.school(Role.COUNCIL_SECRETARY, s.getId()));
        Actor admin = ReviewFixture.admin(s);
        Actor chair = ReviewFixture.chair(s);
        Actor adminOfOther = ReviewFixture.admin(other);
        Actor officerQ = ReviewFixture.officer(q);
        Actor officerC = ReviewFixture.officer(c);
        Actor r1 = ReviewFixture.reviewer("r1", reviewId);
        Actor r1Elsewhere = ReviewFixture.reviewer("r1", decided.getId());
        Actor nobody = Actor.of("nobody");
        StatisticsScope scope = StatisticsScope.forYear(p.getId(), "2025-2026");

        record Call(String method, List<Actor> wrong, Function<Actor, Object> call) {
        }
        ReviewerJudgement own = new ReviewerJudgement("r1", "1.1", 1, "a", true);
        List<Call> calls = List.of(
                new Call("ExternalReviewService.register", List.of(nobody, teacher, secretary, adminOfOther, officerP, r1),
                        x -> reviews.register(x, pv.getId(), LocalDate.of(2026, 6, 1), true, true)),
                new Call("ExternalReviewService.assignTeam", List.of(nobody, admin, chair, officerQ, r1),
                        x -> reviews.assignTeam(x, reviewId, List.of(new ReviewerAssignment("r1", "R1", null)))),
                new Call("ExternalReviewService.recordJudgement", List.of(nobody, admin, officerP, r1Elsewhere, ReviewFixture.reviewer("r2", reviewId)),
                        x -> reviews.recordJudgement(x, reviewId, new ReviewerJudgement(x.id(), "1.1", 1, "a", true))),
                new Call("ExternalReviewService.recordJudgement (another reviewer's id)", List.of(r1),
                        x -> reviews.recordJudgement(x, reviewId, new ReviewerJudgement("r0", "1.1", 1, "a", true))),
                new Call("ExternalReviewService.recordJudgements", List.of(nobody, chair, officerP, r1Elsewhere),
                        x -> reviews.recordJudgements(x, reviewId, List.of(own))),
                new Call("ExternalReviewService.sideBySide", List.of(nobody, teacher, admin, officerQ, r1Elsewhere, adminOfOther),
                        x -> reviews.sideBySide(x, reviewId)),
                new Call("ExternalReviewService.decide", List.of(nobody, admin, chair, officerQ, r1),
                        x -> reviews.decide(x, reviewId, 2, LocalDate.of(2026, 9, 1))),
                new Call("RecognitionService.issueCertificate", List.of(nobody, admin, chair, officerQ, r1Elsewhere),
                        x -> recognition.issueCertificate(x, decided.getId(), RecognitionKind.NATIONAL_STANDARD, "QĐ 2", LocalDate.of(2025, 9, 5))),
                new Call("RecognitionService.revoke", List.of(nobody, admin, officerQ, r1Elsewhere),
                        x -> recognition.revoke(x, cert.getId(), LocalDate.of(2026, 1, 1), "lý do")),
                new Call("RecognitionService.expiringWithin", List.of(nobody, admin, officerQ, officerC, r1),
                        x -> recognition.expiringWithin(x, p.getId(), LocalDate.of(2026, 1, 1), 60)),
                new Call("RecognitionService.reRegistrationDue", List.of(nobody, admin, officerQ, officerC, r1),
                        x -> recognition.reRegistrationDue(x, p.getId(), LocalDate.of(2026, 1, 1))),
                new Call("StatisticsService.summary", List.of(nobody, admin, officerQ, officerC, r1), x -> stats.summary(x, scope, 6)),
                new Call("StatisticsService.schoolCounts", List.of(nobody, admin, officerQ, officerC), x -> stats.schoolCounts(x, scope)),
                new Call("StatisticsService.levelDistribution", List.of(nobody, admin, officerQ, officerC), x -> stats.levelDistribution(x, scope)),
                new Call("StatisticsService.expiringCertificates", List.of(nobody, admin, officerQ, officerC),
                        x -> stats.expiringCertificates(x, scope, 6)),
                new Call("StatisticsService.overdueImprovementReviews", List.of(nobody, admin, officerQ, officerC),
                        x -> stats.overdueImprovementReviews(x, scope)),
                new Call("AssessmentLoader.load", List.of(nobody, adminOfOther, officerP, r1), x -> loader.load(x, a.getId())),
                new Call("AssessmentLoader.loadImprovementPlan", List.of(nobody, adminOfOther, officerP, r1),
                        x -> loader.loadImprovementPlan(x, a.getId())));

        long auditBefore = f.read(em -> em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult());
        List<String> refused = new ArrayList<>();
        for (Call call : calls) {
            for (Actor wrong : call.wrong()) {
                assertThatThrownBy(() -> f.tx(() -> call.call().apply(wrong))).as(call.method() + " by " + wrong)
                        .isInstanceOf(AccessDeniedException.class);
                refused.add(call.method());
            }
        }
        long auditAfter = f.read(em -> em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult());
        assertThat(auditAfter).as("nothing written").isEqualTo(auditBefore);
        ExternalReview.State state = f.read(em -> em.find(ExternalReview.class, reviewId).getState());
        assertThat(state).isEqualTo(ExternalReview.State.IN_REVIEW);
        assertThat(refused).hasSizeGreaterThan(60);

        // and the right actors pass (so the refusals above are about the actor, not the data)
        assertThat(f.tx(() -> reviews.sideBySide(r1, reviewId)).criteria()).isNotEmpty();
        assertThat(f.tx(() -> stats.schoolCounts(officerP, scope)).schools()).isEqualTo(2);
        assertThat(f.tx(() -> recognition.expiringWithin(officerP, p.getId(), LocalDate.of(2026, 1, 1), 60))).hasSize(1);
        assertThat(f.tx(() -> loader.load(teacher, a.getId())).assessment().getId()).isEqualTo(a.getId());
    }
}
