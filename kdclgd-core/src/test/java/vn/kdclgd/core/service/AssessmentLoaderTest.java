package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/** A complete self-assessment (28 criteria, 300 evidence items) loads in 5 statements, fully initialised. */
class AssessmentLoaderTest {

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aCompleteSelfAssessmentLoadsInFiveStatements(Databases db) {
        ReviewFixture f = new ReviewFixture(db, LocalDate.of(2026, 6, 1));
        SupervisingUnit u = f.unit("Sở", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1), null);
        School s = f.school("THCS", u, LocalDate.of(2008, 1, 1));
        Catalog catalog = CatalogRegistry.bundled().get("TT18-2018");
        SelfAssessment a = f.assessment(s, "2025-2026", catalog.id());
        f.run(() -> {
            EntityManager em = f.tx.current();
            SelfAssessment m = em.find(SelfAssessment.class, a.getId());
            School school = m.getSchool();
            for (int w = 1; w <= 16; w++) {
                m.getTimeline().add(new Milestone(LocalDate.of(2025, 9, 1).plusWeeks(w - 1), LocalDate.of(2025, 9, 6).plusWeeks(w - 1), "Tuần " + w));
            }
            List<CouncilMember> council = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                CouncilMember cm = new CouncilMember(m, "Thành viên " + i, i == 0 ? StaffPosition.PRINCIPAL : StaffPosition.TEACHER,
                        i == 0 ? CouncilRole.CHAIR : i == 1 ? CouncilRole.SECRETARY : CouncilRole.MEMBER, "tv" + i);
                em.persist(cm);
                council.add(cm);
            }
            List<Criterion> criteria = catalog.criteria();
            for (int g = 0; g < 5; g++) {
                WorkingGroup wg = new WorkingGroup(m, "Nhóm " + (g + 1), WorkingGroup.Kind.WORKING_GROUP);
                wg.getMemberIds().add(council.get(g + 1).getId());
                wg.getMemberIds().add(council.get(g + 2).getId());
                for (Criterion c : criteria) {
                    if (c.standardNumber() == g + 1) {
                        wg.getCriteria().add(c.code());
                    }
                }
                em.persist(wg);
            }
            for (Criterion c : criteria) {
                m.getExpectedEvidence().add(new ExpectedEvidence(c.code(), "Minh chứng cho tiêu chí " + c.code(), "Thư ký"));
                CriterionEvaluation e = new CriterionEvaluation(m, c.code());
                e.setCurrentState("Hiện trạng " + c.code());
                for (var level : c.levels().entrySet()) {
                    for (Item item : level.getValue()) {
                        e.getJudgements().add(new ItemJudgement(level.getKey(), item.key(), true));
                    }
                }
                em.persist(e);
            }
            for (int i = 0; i < 300; i++) {
                Criterion c = criteria.get(i % criteria.size());
                EvidenceItem ev = new EvidenceItem(school, String.format("[H%d-%s-%02d]", c.standardNumber(), c.code(), i / criteria.size() + 1),
                        "Minh chứng " + i);
                ev.getFiles().add(new StoredFile(String.format("%064x", i), "mc" + i + ".pdf", 1000 + i, "application/pdf"));
                ev.getLinks().add("https://example.invalid/mc/" + i);
                em.persist(ev);
                em.persist(new EvidenceUse(m, ev, c.code()));
                if (i % 3 == 0) {
                    em.persist(new EvidenceUse(m, ev, criteria.get((i + 1) % criteria.size()).code()));
                }
            }
            ImprovementAction ia = new ImprovementAction(m, "1.1", "Cải tiến", "Hiệu trưởng", LocalDate.of(2026, 5, 1));
            ia.getReviews().add(new ActionReview(LocalDate.of(2026, 1, 15), "HĐ", "Đúng tiến độ"));
            em.persist(ia);
        });

        Statistics stats = f.emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        AssessmentLoader loader = new AssessmentLoader(f.k);
        LoadedAssessment loaded = f.tx(() -> loader.load(ReviewFixture.teacher(s), a.getId()));
        long statements = stats.getPrepareStatementCount();
        stats.clear();
        List<ImprovementAction> plan = f.tx(() -> loader.loadImprovementPlan(ReviewFixture.teacher(s), a.getId()));
        long planStatements = stats.getPrepareStatementCount();
        stats.setStatisticsEnabled(false);

        assertThat(statements).as("statements for the whole self-assessment").isEqualTo(5);
        assertThat(planStatements).isLessThanOrEqualTo(2);
        // everything is initialised: read after the entity manager closed
        assertThat(loaded.assessment().getSchool().getCode()).isEqualTo(s.getCode());
        assertThat(loaded.assessment().getTimeline()).hasSize(16);
        assertThat(loaded.assessment().getExpectedEvidence()).hasSize(28);
        assertThat(loaded.council()).hasSize(9);
        assertThat(loaded.groups()).hasSize(5).allSatisfy(g -> assertThat(g.getMemberIds()).hasSize(2));
        assertThat(loaded.groups().stream().mapToInt(g -> g.getCriteria().size()).sum()).isEqualTo(28);
        assertThat(loaded.evaluations()).hasSize(28);
        assertThat(loaded.evaluations().get(9).getCriterion()).isEqualTo("1.10");
        assertThat(loaded.evaluations().stream().mapToInt(e -> e.getJudgements().size()).sum())
                .isEqualTo(catalog.criteria().stream().mapToInt(c -> c.levels().values().stream().mapToInt(List::size).sum()).sum());
        assertThat(loaded.evidenceUses()).hasSize(400);
        assertThat(loaded.evidenceItems()).hasSize(300).allSatisfy(ev -> {
            assertThat(ev.getFiles()).hasSize(1);
            assertThat(ev.getLinks()).hasSize(1);
        });
        assertThat(plan).singleElement().satisfies(ia -> assertThat(ia.getReviews()).hasSize(1));
    }
}
