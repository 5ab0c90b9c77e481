package vn.kdclgd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.Campus;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.ReviewerJudgement;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.UnitMembership;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.testing.Databases;

/**
 * The entities validate against a database built only from the shipped migration scripts, on H2 and on
 * real PostgreSQL, and every entity round-trips through it.
 */
class MigrationsTest {

    @ParameterizedTest
    @EnumSource(Databases.class)
    void entitiesValidateAgainstTheMigratedSchemaAndRoundTrip(Databases db) {
        String url = db.newDatabase("migrations");
        assertThat(db.migrate(url)).isPositive();
        try (EntityManagerFactory emf = db.entityManagerFactory(url, Map.of())) {
            School school = new School("79000701", "Trường THCS Nguyễn Du", "THCS", Set.of("THCS"));
            school.getCampuses().add(new Campus("Điểm chính", "1 Lê Lợi", true));
            SupervisingUnit province = new SupervisingUnit("79", "Sở GDĐT TP. Hồ Chí Minh", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1));
            SelfAssessment a = new SelfAssessment(school, "2026-2027", "TT57-2026-PT");
            a.getTimeline().add(new Milestone(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), "Thành lập hội đồng"));
            a.getExpectedEvidence().add(new ExpectedEvidence("1.1", "Kế hoạch năm học", "Thư ký"));
            CriterionEvaluation ev = new CriterionEvaluation(a, "1.1");
            ev.setCurrentState("Nhà trường đã ban hành kế hoạch năm học theo quy định (MC.1.1.01).".repeat(200));
            ev.getJudgements().add(new ItemJudgement(1, "a", true));
            EvidenceItem item = new EvidenceItem(school, "MC.1.1.01", "Kế hoạch năm học 2026-2027");
            item.getFiles().add(new StoredFile("0".repeat(64), "ke-hoach.pdf", 1234, "application/pdf"));
            item.getLinks().add("https://example.invalid/mc/1.1.01");
            PublishedVersion pv = new PublishedVersion(a, 1, Instant.parse("2027-06-10T03:00:00Z"), "hieutruong", "a".repeat(64), "{}", 1);
            ExternalReview review = new ExternalReview(pv, LocalDate.of(2027, 6, 20), false, true);
            review.getTeam().add(new ReviewerAssignment("reviewer-1", "Nguyễn Văn A", "Trưởng đoàn"));
            review.getJudgements().add(new ReviewerJudgement("reviewer-1", "1.1", 1, "a", true));
            Certificate cert = new Certificate(school, "nationalStandard", 1, "TT57-2026-PT", LocalDate.of(2027, 8, 1), LocalDate.of(2032, 8, 1));
            cert.setReview(review);
            ImprovementAction action = new ImprovementAction(a, "1.1", "Rà soát kế hoạch", "Phó hiệu trưởng", LocalDate.of(2027, 1, 15));
            SchoolProfile profile = new SchoolProfile(school, "2026-2027");
            profile.setCount("students.total", 466);
            WorkingGroup group = new WorkingGroup(a, "Nhóm 1", WorkingGroup.Kind.WORKING_GROUP);
            CouncilMember chair = new CouncilMember(a, "Trần Thị B", StaffPosition.PRINCIPAL, CouncilRole.CHAIR, "hieutruong");
            group.getMemberIds().add(chair.getId());
            group.getCriteria().add("1.1");

            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            for (Object o : new Object[] {province, school, new UnitMembership(school, province, LocalDate.of(2025, 7, 1)), a, chair, group,
                    ev, item, new EvidenceUse(a, item, "1.1"), pv, review, cert, action, profile,
                    new AuditEntry(Instant.now(), "hieutruong", "test", "School", school.getId(), school.getId(), "{}")}) {
                em.persist(o);
            }
            em.getTransaction().commit();
            em.close();

            EntityManager em2 = emf.createEntityManager();
            SchoolProfile p = em2.find(SchoolProfile.class, profile.getId());
            assertThat(p.count("students.total")).hasValue(466);
            assertThat(p.count("students.female")).as("never supplied: unknown, not zero").isEmpty();
            CriterionEvaluation e2 = em2.find(CriterionEvaluation.class, ev.getId());
            assertThat(e2.getCurrentState()).hasSize(ev.getCurrentState().length());
            assertThat(e2.getJudgements()).containsExactly(new ItemJudgement(1, "a", true));
            assertThat(em2.find(School.class, school.getId()).getCampuses()).hasSize(1);
            assertThat(em2.find(ExternalReview.class, review.getId()).getJudgements()).hasSize(1);
            assertThat(em2.find(EvidenceItem.class, item.getId()).getFiles().get(0).size()).isEqualTo(1234);
            em2.close();

            EntityManager em3 = emf.createEntityManager();
            em3.getTransaction().begin();
            em3.persist(new SelfAssessment(em3.find(School.class, school.getId()), "2026-2027", "TT57-2026-PT"));
            assertThatThrownBy(() -> em3.getTransaction().commit()).as("one self-assessment per school, year, catalog and part")
                    .isInstanceOf(RuntimeException.class);
            em3.close();
        }
    }
}
