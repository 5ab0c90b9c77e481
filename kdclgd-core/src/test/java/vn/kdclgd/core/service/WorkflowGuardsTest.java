package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/** Each workflow guard with its message, and council members writing only their working groups' criteria. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowGuardsTest {
    private static final String PT = "TT57-2026-PT";
    private Fixture f;

    @BeforeAll
    void setUp() {
        f = new Fixture(Databases.H2, "guards").world();
    }

    @AfterAll
    void tearDown() {
        f.close();
    }

    private void refused(Executable call, Consumer<List<Problem>> check) {
        try {
            call.execute();
        } catch (KdclException e) {
            check.accept(e.problems());
            return;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        throw new AssertionError("expected a refusal");
    }

    private static List<String> codes(List<Problem> p) {
        return p.stream().map(Problem::code).distinct().toList();
    }

    @Test
    void everyStepHasItsGuardAndMessage() {
        UUID id = f.tx(() -> f.assessments.create(f.chair, f.schoolId, "2026-2027", PT)).getId();

        // COUNCIL: no council yet
        refused(() -> f.run(() -> f.assessments.advance(f.secretary, id)), p -> {
            assertThat(codes(p)).containsExactlyInAnyOrder("KDCL-7026", "KDCL-7020", "KDCL-7025", "KDCL-7021", "KDCL-7024");
            assertThat(p).anySatisfy(x -> assertThat(x.message()).contains("cần từ 05 thành viên trở lên", "at least 5 are required"));
        });
        assertThat(f.tx(() -> f.assessments.readiness(f.viewer, id))).extracting(Problem::code).contains("KDCL-7026");
        List<CouncilMember> council = f.tx(() -> f.assessments.setCouncil(f.chair, id, "15/QĐ", LocalDate.of(2026, 9, 5), Fixture.tt57Council()));
        f.run(() -> f.assessments.advance(f.secretary, id));

        // PLAN: no purpose, no timeline, no working groups
        refused(() -> f.run(() -> f.assessments.advance(f.secretary, id)), p -> {
            assertThat(codes(p)).containsExactlyInAnyOrder("KDCL-7032", "KDCL-7033", "KDCL-7034");
            assertThat(p).anySatisfy(x -> assertThat(x.message()).contains("chưa được giao cho nhóm công tác nào", "1.1, 1.2"));
        });
        UUID gv1 = council.stream().filter(m -> "gv1".equals(m.getActorId())).findFirst().orElseThrow().getId();
        f.run(() -> {
            f.assessments.addWorkingGroup(f.chair, id, "Nhóm 1", WorkingGroup.Kind.WORKING_GROUP, Set.of(gv1),
                    Set.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2"));
            f.assessments.setPlan(f.secretary, id, "Mục đích", List.of(new vn.kdclgd.core.model.Milestone(LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 9, 30), "Thành lập hội đồng")), List.of());
        });
        refused(() -> f.run(() -> f.assessments.advance(f.secretary, id)), p -> {
            assertThat(codes(p)).containsExactly("KDCL-7034");
            assertThat(p.get(0).message()).contains(": 4.3");
        });
        refused(() -> f.run(() -> f.assessments.addWorkingGroup(f.chair, id, "Nhóm 9", WorkingGroup.Kind.WORKING_GROUP,
                Set.of(UUID.randomUUID()), Set.of("4.3", "9.9"))), p -> assertThat(codes(p)).containsExactlyInAnyOrder("KDCL-7030", "KDCL-7031"));
        f.run(() -> f.assessments.addWorkingGroup(f.chair, id, "Nhóm 2", WorkingGroup.Kind.WORKING_GROUP, Set.of(), Set.of("4.3")));
        f.run(() -> f.assessments.advance(f.secretary, id));

        // EVIDENCE: every criterion needs evidence
        refused(() -> f.run(() -> f.assessments.advance(f.secretary, id)), p -> {
            assertThat(p).hasSize(15).allSatisfy(x -> assertThat(x.code()).isEqualTo("KDCL-7043"));
            assertThat(p.get(0).message()).contains("tiêu chí 1.1 chưa có minh chứng nào", "criterion 1.1 has no evidence");
        });
        Map<String, String> codes = f.evidencePerCriterion(id, PT);
        f.run(() -> f.assessments.advance(f.secretary, id));

        // RATING: current states and judgements
        refused(() -> f.run(() -> f.assessments.advance(f.secretary, id)), p -> {
            assertThat(codes(p)).containsExactlyInAnyOrder("KDCL-7041", "KDCL-7040");
            assertThat(p).anySatisfy(x -> assertThat(x.message()).contains("chưa có mô tả hiện trạng"));
            assertThat(p).anySatisfy(x -> assertThat(x.message()).contains("còn thiếu nhận định", "1.1 Mức 1 a"));
        });
        refused(() -> f.run(() -> f.assessments.publish(f.chair, id)), p -> assertThat(codes(p)).containsExactly("KDCL-7046"));
        f.evaluateAll(id, PT, codes);
        f.run(() -> f.assessments.advance(f.secretary, id));

        // REPORT: advance is not the way to publish; publish checks citations and evidence
        refused(() -> f.run(() -> f.assessments.advance(f.secretary, id)), p -> assertThat(codes(p)).containsExactly("KDCL-7047"));
        f.run(() -> {
            save(id, "1.1", "Nhà trường có kế hoạch giáo dục được phê duyệt đúng hạn.");
            save(id, "1.2", "Nhà trường có quy chế (MC.1.2.01), biên bản họp hội đồng (MC.1.2.07).");
            EvidenceItem item = f.evidence.items(f.viewer, f.schoolId).stream().filter(i -> i.getCode().equals("MC.1.3.01")).findFirst().orElseThrow();
            f.evidence.unlink(f.secretary, id, item.getId(), "1.3");
            CriterionEvaluation e = f.assessments.evaluation(f.viewer, id, "1.4");
            f.assessments.saveEvaluation(f.secretary, id, "1.4", e.getVersion(), new EvaluationInput(e.getCurrentState(), null, null, null,
                    List.of(new ItemJudgement(1, "a", true))));
        });
        refused(() -> f.run(() -> f.assessments.publish(f.chair, id)), p -> {
            assertThat(codes(p)).containsExactlyInAnyOrder("KDCL-7042", "KDCL-7044", "KDCL-7043", "KDCL-7040");
            assertThat(p).anySatisfy(x -> assertThat(x).extracting(Problem::where).isEqualTo("criterion 1.2 MC.1.2.07"));
            assertThat(p).anySatisfy(x -> assertThat(x.message()).contains("không dẫn mã minh chứng nào"));
        });
        EvidenceReport report = f.tx(() -> f.evidence.checks(f.viewer, id, LocalDate.of(2026, 12, 1)));
        assertThat(report.criteriaWithoutEvidence()).containsExactly("1.3");
        assertThat(report.unused()).containsExactly("MC.1.3.01");
        assertThat(report.uncitedStatements()).extracting(EvidenceReport.UncitedStatement::criterion).containsExactly("1.1");
        assertThat(report.unknownCitations()).containsExactly(new EvidenceReport.UnknownCitation("1.2", "MC.1.2.07"));
        assertThat(f.tx(() -> f.assessments.readiness(f.viewer, id))).extracting(Problem::code).contains("KDCL-7042");
    }

    private void save(UUID id, String criterion, String state) {
        CriterionEvaluation e = f.assessments.evaluation(f.viewer, id, criterion);
        f.assessments.saveEvaluation(f.secretary, id, criterion, e.getVersion(),
                new EvaluationInput(state, e.getStrengths(), e.getWeaknesses(), e.getImprovementPlan(), e.getJudgements()));
    }

    @Test
    void councilMembersWriteOnlyTheCriteriaOfTheirWorkingGroups() {
        UUID id = f.assessmentToEvidence("2027-2028", PT, Fixture.tt57Council());
        EvaluationInput text = new EvaluationInput("Nội dung (MC.1.1.01).", null, null, null, List.of());
        // gv1 owns standards 1–2, gv2 standards 3–4
        f.run(() -> f.assessments.saveEvaluation(f.member1, id, "1.1", 0, text));
        f.run(() -> f.assessments.saveEvaluation(f.member2, id, "3.1", 0, text));
        assertThatThrownBy(() -> f.run(() -> f.assessments.saveEvaluation(f.member1, id, "3.1", 1, text)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.run(() -> f.assessments.saveEvaluation(f.member2, id, "1.1", 1, text)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.run(() -> f.evidence.addItem(f.member1, id, "4.1", EvidenceInput.of("Ảnh", null))))
                .isInstanceOf(AccessDeniedException.class);
        Actor outsider = Actor.of("gv9", Grant.school(Role.COUNCIL_MEMBER, f.schoolId));
        assertThatThrownBy(() -> f.run(() -> f.assessments.saveEvaluation(outsider, id, "1.1", 1, text)))
                .as("a member of no working group").isInstanceOf(AccessDeniedException.class);
        assertThat(f.tx(() -> f.assessments.evaluation(f.viewer, id, "3.1")).getVersion()).isEqualTo(1);

        // the council changes: gv1 is replaced by gv9 as the same person; gv2 leaves
        List<CouncilMemberInput> council = new java.util.ArrayList<>(Fixture.tt57Council().subList(0, 4));
        council.add(CouncilMemberInput.of("Ngô Văn Khoa", StaffPosition.TEACHER, CouncilRole.MEMBER, "gv3"));
        f.run(() -> f.assessments.setCouncil(f.chair, id, "16/QĐ", LocalDate.of(2027, 10, 1), council));
        assertThatThrownBy(() -> f.run(() -> f.assessments.saveEvaluation(f.member2, id, "3.1", 1, text)))
                .as("left the council and its groups").isInstanceOf(AccessDeniedException.class);
        f.run(() -> f.assessments.saveEvaluation(f.member1, id, "1.1", 1, text));
        assertThat(f.tx(() -> f.assessments.get(f.viewer, id)).getState()).isEqualTo(AssessmentState.EVIDENCE);
    }
}
