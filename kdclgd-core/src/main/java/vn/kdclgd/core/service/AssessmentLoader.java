package vn.kdclgd.core.service;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.internal.Access;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.WorkingGroup;

/**
 * Loads a complete self-assessment in a fixed, small number of SQL statements, whatever its size
 * (15–28 criteria, hundreds of evidence items). Navigating the entities one by one costs one
 * statement per lazy association (about 1,000 for 28 criteria and 300 evidence items: see
 * {@code examples/benchmarks/README.md}); {@link #load} uses one join-fetch query per kind of child
 * instead — <b>5 statements</b>:
 * <ol>
 * <li>the assessment with its school, plan timeline and expected evidence;</li>
 * <li>the council members;</li>
 * <li>the working groups with their members and criteria;</li>
 * <li>the criterion evaluations with their judgements;</li>
 * <li>the evidence uses with their evidence items, files and links.</li>
 * </ol>
 * Everything returned is initialised (usable after the entity manager closes), in the caller's
 * persistence context. The improvement plan (follow-up, Mẫu 2) is a separate document:
 * {@link #loadImprovementPlan} fetches it in one more statement.
 *
 * <p>Access: any of the school's roles ({@code Access.schoolRead}); the assessment row is read to find
 * the school, nothing is returned on refusal.
 */
public final class AssessmentLoader {
    private final Kdclgd k;

    /** The loader on {@code kdclgd}. */
    public AssessmentLoader(Kdclgd kdclgd) {
        this.k = Objects.requireNonNull(kdclgd, "kdclgd");
    }

    /**
     * The self-assessment and everything in it.
     *
     * @throws AccessDeniedException unless the actor has a role on the school
     * @throws ReviewException       {@code KDCL-7111} when there is no such assessment
     */
    public LoadedAssessment load(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        SelfAssessment a = assessment(em, assessmentId);
        Access.schoolRead(actor, a.getSchool().getId(), "assessment.load");
        List<CouncilMember> council = em.createQuery(
                        "select m from CouncilMember m where m.assessment = :a order by m.role, m.fullName", CouncilMember.class)
                .setParameter("a", a).getResultList();
        List<WorkingGroup> groups = em.createQuery("select distinct g from WorkingGroup g left join fetch g.memberIds"
                        + " left join fetch g.criteria where g.assessment = :a order by g.kind, g.name", WorkingGroup.class)
                .setParameter("a", a).getResultList();
        List<CriterionEvaluation> evaluations = em.createQuery("select distinct e from CriterionEvaluation e"
                        + " left join fetch e.judgements where e.assessment = :a", CriterionEvaluation.class)
                .setParameter("a", a).getResultList().stream().sorted(Comparator.comparing(e -> criterionOrder(e.getCriterion())))
                .toList();
        List<EvidenceUse> uses = em.createQuery("select distinct u from EvidenceUse u join fetch u.evidence ev"
                        + " left join fetch ev.files left join fetch ev.links where u.assessment = :a order by ev.code, u.criterion",
                        EvidenceUse.class)
                .setParameter("a", a).getResultList();
        return new LoadedAssessment(a, council, groups, evaluations, uses);
    }

    /**
     * The improvement actions of a self-assessment with their reviews (one statement, two when the
     * assessment is not in the persistence context yet).
     *
     * @throws AccessDeniedException unless the actor has a role on the school
     * @throws ReviewException       {@code KDCL-7111} when there is no such assessment
     */
    public List<ImprovementAction> loadImprovementPlan(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        SelfAssessment a = em.find(SelfAssessment.class, assessmentId);
        if (a == null) {
            throw notFound(assessmentId);
        }
        Access.schoolRead(actor, a.getSchool().getId(), "assessment.loadImprovementPlan");
        return List.copyOf(em.createQuery("select distinct ia from ImprovementAction ia left join fetch ia.reviews"
                        + " where ia.assessment = :a order by ia.deadline, ia.criterion", ImprovementAction.class)
                .setParameter("a", a).getResultList());
    }

    private static SelfAssessment assessment(EntityManager em, UUID id) {
        List<SelfAssessment> found = em.createQuery("select distinct a from SelfAssessment a join fetch a.school"
                        + " left join fetch a.timeline left join fetch a.expectedEvidence where a.id = :id", SelfAssessment.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw notFound(id);
        }
        return found.get(0);
    }

    private static ReviewException notFound(UUID id) {
        return ReviewException.of(ExternalReviewService.NOT_FOUND, "assessment " + id, "không tìm thấy bản tự đánh giá " + id,
                "there is no self-assessment " + id);
    }

    /** Sort key of a criterion code in the act's order ({@code 1.2} before {@code 1.10}). */
    private static long criterionOrder(String code) {
        int dot = code.indexOf('.');
        try {
            return dot < 0 ? Long.MAX_VALUE : Long.parseLong(code.substring(0, dot)) * 1000 + Long.parseLong(code.substring(dot + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
