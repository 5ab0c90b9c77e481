package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.crosswalk.Crosswalk;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodes;

/** Carry-over from the 2018 regime (TT18-2018) to TT57-2026-PT through the crosswalk. */
class CarryOverTest {
    private static final String TT18 = "TT18-2018";
    private static final String PT = "TT57-2026-PT";

    @Test
    void tt18ToTt57KeepsOldCodesAndIssuesMcCodes() {
        try (Fixture f = new Fixture(Databases.H2, "carry").world()) {
            f.clock.set(LocalDate.of(2025, 9, 1));
            UUID old = f.assessmentToEvidence("2025-2026", TT18, Fixture.tt2018Council());
            assertThat(f.tx(() -> f.assessments.evaluations(f.viewer, old))).as("28 criteria and the Mức-4 form").hasSize(29)
                    .last().extracting(CriterionEvaluation::getCriterion).isEqualTo(AssessmentService.LEVEL4);
            Map<String, String> codes = f.evidencePerCriterion(old, TT18);
            assertThat(codes.get("1.1")).isEqualTo("[H1-1.1-01]");
            assertThat(codes.get("5.6")).isEqualTo("[H5-5.6-01]");
            f.evaluateAll(old, TT18, codes);
            f.run(() -> {
                CriterionEvaluation e = f.assessments.evaluation(f.viewer, old, AssessmentService.LEVEL4);
                f.assessments.saveEvaluation(f.chair, old, AssessmentService.LEVEL4, e.getVersion(), new EvaluationInput(null, null, null, null,
                        List.of(new vn.kdclgd.core.model.ItemJudgement(4, "1", true))));
            });
            assertThat(f.tx(() -> f.assessments.rate(f.viewer, old)).level4()).containsEntry("1", true);
            Map<String, String> oldCodeOfItem = new HashMap<>();
            f.tx(() -> f.evidence.items(f.viewer, f.schoolId)).forEach(i -> oldCodeOfItem.put(i.getId().toString(), i.getCode()));

            f.clock.set(LocalDate.of(2026, 8, 10));
            SelfAssessment next = f.tx(() -> f.assessments.carryOver(f.chair, old));
            assertThat(next.getCatalogId()).as("the catalog in force on 1/8/2026 for THCS").isEqualTo(PT);
            assertThat(next.getSchoolYear()).isEqualTo("2026-2027");

            // evidence items: new MC codes, old codes kept, marked for review
            List<EvidenceItem> items = f.tx(() -> f.evidence.items(f.viewer, f.schoolId));
            List<EvidenceUse> uses = f.tx(() -> f.evidence.uses(f.viewer, next.getId()));
            Catalog pt = f.catalog(PT);
            Map<String, Integer> order = new HashMap<>();
            pt.criteria().forEach(c -> order.put(c.code(), order.size()));
            Map<String, TreeSet<String>> usedFor = new HashMap<>();
            uses.forEach(u -> usedFor.computeIfAbsent(u.getEvidence().getId().toString(), x -> new TreeSet<>((a, b) -> order.get(a) - order.get(b)))
                    .add(u.getCriterion()));
            Map<String, TreeSet<Integer>> sequences = new TreeMap<>();
            int recoded = 0;
            for (EvidenceItem i : items) {
                if (!usedFor.containsKey(i.getId().toString())) {
                    assertThat(i.getCode()).as("an item no TT57 criterion uses keeps its code").startsWith("[H");
                    continue;
                }
                recoded++;
                assertThat(i.getCode()).matches("MC\\.\\d\\.\\d\\.\\d\\d");
                assertThat(i.getPreviousCode()).isEqualTo(oldCodeOfItem.get(i.getId().toString())).startsWith("[H");
                assertThat(i.isNeedsReview()).isTrue();
                EvidenceCode code = EvidenceCodes.parse(i.getCode());
                assertThat(code.criterionCode()).as("coded under its first use in TT57 order").isEqualTo(usedFor.get(i.getId().toString()).first());
                sequences.computeIfAbsent(code.criterionCode(), x -> new TreeSet<>()).add(code.sequence());
            }
            assertThat(recoded).isGreaterThan(20);
            sequences.forEach((c, seq) -> assertThat(seq.last()).as("sequences of " + c + " have no gaps").isEqualTo(seq.size()));
            // uses follow the crosswalk
            Crosswalk cw = Crosswalk.bundled();
            for (EvidenceUse u : uses) {
                String oldCode = u.getEvidence().getPreviousCode();
                String oldCriterion = EvidenceCodes.parse(oldCode).criterionCode();
                assertThat(cw.targets(TT18, oldCriterion)).contains(u.getCriterion());
            }

            // evaluations: text carried as draft notes with new codes, judgements not carried
            List<CriterionEvaluation> evaluations = f.tx(() -> f.assessments.evaluations(f.viewer, next.getId()));
            assertThat(evaluations).hasSize(15).allSatisfy(e -> assertThat(e.getJudgements()).isEmpty());
            CriterionEvaluation e11 = evaluations.get(0);
            assertThat(e11.isDraft()).isTrue();
            assertThat(e11.getCurrentState()).contains("[Kết chuyển từ TT18-2018, tiêu chí ").contains("(MC.1.1.01)").doesNotContain("[H1-");
            for (String src : List.of("1.1")) {
                for (String target : cw.targets(TT18, src)) {
                    assertThat(evaluations.stream().filter(x -> x.getCriterion().equals(target)).findFirst().orElseThrow().getCurrentState())
                            .contains("tiêu chí " + src + "]");
                }
            }

            // the new year goes on: missing evidence added with the next MC codes; drafts must be reviewed
            f.prepareToEvidence(next.getId(), "2026-2027", PT, Fixture.tt57Council());
            Set<String> covered = new TreeSet<>();
            uses.forEach(u -> covered.add(u.getCriterion()));
            for (Criterion c : pt.criteria()) {
                if (!covered.contains(c.code())) {
                    EvidenceItem added = f.tx(() -> f.evidence.addItem(f.secretary, next.getId(), c.code(), EvidenceInput.of("Mới", null)));
                    assertThat(added.getCode()).startsWith("MC." + c.code() + ".");
                }
            }
            f.run(() -> f.assessments.advance(f.secretary, next.getId()));
            assertThat(f.tx(() -> f.assessments.get(f.viewer, next.getId())).getState()).isEqualTo(AssessmentState.RATING);
            List<Problem> readiness = f.tx(() -> f.assessments.readiness(f.viewer, next.getId()));
            assertThat(readiness).extracting(Problem::code).contains("KDCL-7045", "KDCL-7040");
            assertThat(readiness).filteredOn(p -> p.code().equals("KDCL-7045")).first()
                    .extracting(Problem::message).asString().contains("kết chuyển từ năm trước", "carried over from last year");
            EvidenceReport report = f.tx(() -> f.evidence.checks(f.viewer, next.getId(), LocalDate.of(2026, 9, 15)));
            assertThat(report.needsReview()).hasSize(recoded);
            assertThat(report.criteriaWithoutEvidence()).isEmpty();
        }
    }

    @Test
    void multiLevelSchoolsAreAssessedPerLevelUnderTt57() {
        try (Fixture f = new Fixture(Databases.H2, "parts").world()) {
            School s = f.tx(() -> f.org.createSchool(f.officer, f.communeId, "79000999", "Trường TH-THCS Lê Lợi", "PHO_THONG_NHIEU_CAP",
                    Set.of("TIEU_HOC", "THCS"), LocalDate.of(2025, 7, 1)));
            var chair = vn.kdclgd.core.access.Actor.of("ht2", vn.kdclgd.core.access.Grant.school(vn.kdclgd.core.access.Role.COUNCIL_CHAIR, s.getId()));
            assertThatThrownBy(() -> f.run(() -> f.assessments.create(chair, s.getId(), "2026-2027", PT)))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7012"));
            assertThatThrownBy(() -> f.run(() -> f.assessments.create(chair, s.getId(), "2026-2027", PT, "THPT")))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7012"));
            assertThat(f.tx(() -> f.assessments.create(chair, s.getId(), "2026-2027", PT, "THCS")).getPartLevel()).isEqualTo("THCS");
            assertThatThrownBy(() -> f.run(() -> f.assessments.create(chair, s.getId(), "2026-2027", "TT57-2026-MN")))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7010"));
            assertThatThrownBy(() -> f.run(() -> f.assessments.create(chair, s.getId(), "2026-2028", PT, "THCS")))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7013"));

            UUID old = f.tx(() -> f.assessments.create(chair, s.getId(), "2025-2026", TT18)).getId();
            assertThatThrownBy(() -> f.run(() -> f.assessments.carryOver(chair, old)))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7061"));
            assertThat(f.tx(() -> f.assessments.carryOver(chair, old, "TIEU_HOC")).getPartLevel()).isEqualTo("TIEU_HOC");
            assertThatThrownBy(() -> f.run(() -> f.assessments.carryOver(chair, old, "THCS")))
                    .as("THCS of 2026-2027 exists already").isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7011"));
        }
    }
}
