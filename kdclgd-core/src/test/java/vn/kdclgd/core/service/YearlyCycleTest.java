package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.rating.RatingResult;

/** A school's whole yearly cycle under TT57-2026-PT, on H2 and on real PostgreSQL. */
class YearlyCycleTest {
    private static final String PT = "TT57-2026-PT";

    @ParameterizedTest
    @EnumSource(Databases.class)
    void wholeYearlyCycle(Databases db) {
        try (Fixture f = new Fixture(db, "cycle").world()) {
            // organisation: the officer sees the school, the profile keeps unknown apart from zero
            assertThat(f.tx(() -> f.org.schools(f.officer, f.provinceId, LocalDate.of(2026, 9, 1))))
                    .extracting(School::getCode).containsExactly("79000701");
            f.run(() -> f.org.recordProfile(f.admin, f.schoolId, "2026-2027", Map.of("students.total", 466, "classes", 12)));
            SchoolProfile p = f.tx(() -> f.org.profile(f.viewer, f.schoolId, "2026-2027").orElseThrow());
            assertThat(p.count("students.total")).hasValue(466);
            assertThat(p.count("students.female")).as("never supplied: unknown, not zero").isEmpty();

            // council, groups, plan
            UUID id = f.assessmentToEvidence("2026-2027", PT, Fixture.tt57Council());
            assertThat(f.tx(() -> f.assessments.get(f.viewer, id)).getState()).isEqualTo(AssessmentState.EVIDENCE);

            // evidence: one item per criterion, one item reused for a second criterion, a file
            Map<String, String> codes = f.evidencePerCriterion(id, PT);
            assertThat(codes).hasSize(15).containsEntry("1.1", "MC.1.1.01").containsEntry("4.3", "MC.4.3.01");
            EvidenceItem first = f.tx(() -> f.evidence.items(f.viewer, f.schoolId).get(0));
            f.run(() -> f.evidence.link(f.member1, id, first.getId(), "1.2"));
            var file = f.tx(() -> f.evidence.attachFile(f.secretary, first.getId(),
                    new ByteArrayInputStream("Kế hoạch giáo dục".getBytes(StandardCharsets.UTF_8)), "ke-hoach.pdf", "application/pdf"));
            assertThat(f.storedFiles()).isEqualTo(1);
            EvidenceItem second = f.tx(() -> f.evidence.addItem(f.member1, id, "1.2", EvidenceInput.of("Báo cáo", LocalDate.of(2026, 9, 12))));
            assertThat(second.getCode()).as("next code of 1.2, after the first use of MC.1.2.01").isEqualTo("MC.1.2.02");
            f.run(() -> f.assessments.advance(f.secretary, id));

            // evaluations of all 15 criteria, rating
            f.evaluateAll(id, PT, codes);
            RatingResult r = f.tx(() -> f.assessments.rate(f.viewer, id));
            assertThat(r.missing()).isEmpty();
            assertThat(r.schoolLevel()).isEqualTo(2);
            f.run(() -> f.assessments.advance(f.secretary, id));
            assertThat(f.tx(() -> f.assessments.readiness(f.viewer, id))).isEmpty();

            // publish: stable hash for the same content, a new version when the content changes
            PublishedVersion v1 = f.tx(() -> f.assessments.publish(f.chair, id));
            assertThat(v1.getNumber()).isEqualTo(1);
            assertThat(v1.getSchoolLevel()).isEqualTo(2);
            assertThat(v1.getSnapshot()).contains("\"catalog\":\"TT57-2026-PT\"", "MC.1.1.01", file.sha256(), "Trần Thị Bích");
            assertThat(f.tx(() -> f.assessments.snapshot(f.viewer, id)).sha256()).isEqualTo(v1.getContentHash());
            assertThat(f.tx(() -> f.assessments.publish(f.chair, id)).getId()).as("nothing changed: same version").isEqualTo(v1.getId());
            assertThat(f.tx(() -> f.assessments.get(f.viewer, id)).getState()).isEqualTo(AssessmentState.PUBLISHED);

            f.run(() -> {
                CriterionEvaluation e = f.assessments.evaluation(f.member1, id, "1.1");
                f.assessments.saveEvaluation(f.member1, id, "1.1", e.getVersion(), new EvaluationInput(e.getCurrentState(),
                        "Thực hiện nghiêm túc, có sáng kiến.", e.getWeaknesses(), e.getImprovementPlan(), e.getJudgements()));
            });
            String changed = f.tx(() -> f.assessments.snapshot(f.viewer, id)).sha256();
            assertThat(changed).isNotEqualTo(v1.getContentHash());
            PublishedVersion v2 = f.tx(() -> f.assessments.publish(f.chair, id));
            assertThat(v2.getNumber()).isEqualTo(2);
            assertThat(v2.getContentHash()).isEqualTo(changed);
            List<PublishedVersion> versions = f.tx(() -> f.assessments.publishedVersions(f.officer, id));
            assertThat(versions).extracting(PublishedVersion::getNumber).containsExactly(1, 2);
            assertThat(versions.get(0).getContentHash()).as("version 1 is never edited").isEqualTo(v1.getContentHash());
            assertThat(versions.get(0).getSnapshot()).isEqualTo(v1.getSnapshot());

            // follow-up: improvement plan, reviewed at least twice a year
            f.run(() -> f.assessments.advance(f.secretary, id));
            ImprovementAction action = f.tx(() -> f.improvement.addAction(f.secretary, id, "1.3", "Bồi dưỡng giáo viên",
                    "Phó hiệu trưởng", LocalDate.of(2027, 5, 15)));
            assertThat(f.tx(() -> f.improvement.overdueReviews(f.officer, id, LocalDate.of(2027, 1, 15)))).isEmpty();
            var overdue = f.tx(() -> f.improvement.overdueReviews(f.officer, id, LocalDate.of(2027, 2, 10))).orElseThrow();
            assertThat(overdue.checkpoint()).isEqualTo(OverdueReview.Checkpoint.MID_YEAR);
            assertThat(overdue.problem().code()).isEqualTo("KDCL-7090");
            f.run(() -> f.improvement.addReview(f.secretary, action.getId(), LocalDate.of(2027, 1, 20), null, "Đúng tiến độ"));
            assertThat(f.tx(() -> f.improvement.overdueReviews(f.admin, id, LocalDate.of(2027, 2, 10)))).isEmpty();
            assertThat(f.tx(() -> f.improvement.overdueReviews(f.admin, id, LocalDate.of(2027, 6, 1))).orElseThrow().held()).isEqualTo(1);
            f.run(() -> f.improvement.addReview(f.secretary, action.getId(), LocalDate.of(2027, 5, 25), "Hội đồng", "Hoàn thành"));
            f.run(() -> f.improvement.updateAction(f.secretary, action.getId(), "Bồi dưỡng giáo viên", "Phó hiệu trưởng",
                    LocalDate.of(2027, 5, 15), ImprovementAction.Status.DONE));
            assertThat(f.tx(() -> f.improvement.overdueReviews(f.admin, id, LocalDate.of(2027, 6, 1)))).isEmpty();

            // carry-over to the next year, same catalog
            f.clock.set(LocalDate.of(2027, 8, 15));
            SelfAssessment next = f.tx(() -> f.assessments.carryOver(f.chair, id));
            assertThat(next.getSchoolYear()).isEqualTo("2027-2028");
            assertThat(next.getCatalogId()).isEqualTo(PT);
            assertThat(next.getState()).isEqualTo(AssessmentState.COUNCIL);
            List<CriterionEvaluation> carried = f.tx(() -> f.assessments.evaluations(f.viewer, next.getId()));
            assertThat(carried).hasSize(15).allMatch(CriterionEvaluation::isDraft);
            assertThat(carried.get(0).getStrengths()).isEqualTo("Thực hiện nghiêm túc, có sáng kiến.");
            assertThat(carried.get(0).getJudgements()).isNotEmpty();
            assertThat(f.tx(() -> f.evidence.uses(f.viewer, next.getId()))).hasSize(17);
            assertThat(f.tx(() -> f.evidence.items(f.viewer, f.schoolId))).allMatch(EvidenceItem::isNeedsReview);
            EvidenceReport report = f.tx(() -> f.evidence.checks(f.viewer, next.getId(), LocalDate.of(2027, 9, 1)));
            assertThat(report.needsReview()).hasSize(16);
            assertThat(report.criteriaWithoutEvidence()).isEmpty();
            assertThatThrownBy(() -> f.run(() -> f.assessments.carryOver(f.chair, id)))
                    .isInstanceOfSatisfying(vn.kdclgd.rules.KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7011"));

            assertThat(f.count(AuditEntry.class)).isGreaterThan(40);
        }
    }
}
