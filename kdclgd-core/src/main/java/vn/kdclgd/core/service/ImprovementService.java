package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.internal.Access;
import vn.kdclgd.core.internal.Audit;
import vn.kdclgd.core.internal.Data;
import vn.kdclgd.core.internal.Problems;
import vn.kdclgd.core.internal.Scopes;
import vn.kdclgd.core.internal.Text;
import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;

/**
 * The improvement plan (kế hoạch cải tiến chất lượng): actions with owner, deadline and status, their
 * reviews, and the TT57 rule that the plan is reviewed at least twice a school year.
 *
 * <p>Access: school writers (admin, council chair, secretary) write; school roles read; an officer of
 * the school's unit also sees overdue reviews.
 */
public final class ImprovementService {
    /** Code of an overdue review. */
    public static final String OVERDUE = "KDCL-7090";

    private final Kdclgd k;

    /** The service on the context {@code k}. */
    public ImprovementService(Kdclgd k) {
        this.k = Objects.requireNonNull(k, "k");
    }

    /**
     * Adds an action.
     *
     * @param criterion the criterion it improves, or null for a school-wide action
     * @throws AccessDeniedException unless the actor is a school writer
     * @throws vn.kdclgd.rules.KdclException {@code KDCL-7030} unknown criterion; {@code KDCL-7001} missing
     *                                       description, owner or deadline
     */
    public ImprovementAction addAction(Actor actor, UUID assessmentId, String criterion, String description, String owner,
                                       LocalDate deadline) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Access.schoolWrite(actor, schoolId, "action.add");
        SelfAssessment a = Data.assessment(em, assessmentId);
        String cc = Text.clean(criterion);
        if (cc != null) {
            Catalog c = k.catalogs().get(a.getCatalogId());
            if (c.criterion(cc).isEmpty()) {
                throw new vn.kdclgd.rules.KdclException(Problems.unknownCriterion(cc, c.id()));
            }
        }
        ImprovementAction x = new ImprovementAction(a, cc, Text.clean(description), Text.clean(owner), deadline);
        Data.validate(k, x);
        em.persist(x);
        Audit.record(k, actor, "action.add", x, schoolId, "criterion=" + cc + " deadline=" + deadline);
        return Data.loaded(x);
    }

    /** Changes an action's description, owner, deadline and status (school writers). */
    public ImprovementAction updateAction(Actor actor, UUID actionId, String description, String owner, LocalDate deadline,
                                          ImprovementAction.Status status) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAction(em, actionId);
        Access.schoolWrite(actor, schoolId, "action.update");
        ImprovementAction x = em.find(ImprovementAction.class, actionId);
        x.setDescription(Text.clean(description));
        x.setOwner(Text.clean(owner));
        x.setDeadline(deadline);
        x.setStatus(Objects.requireNonNull(status, "status"));
        Data.validate(k, x);
        Audit.record(k, actor, "action.update", x, schoolId, "status=" + status + " deadline=" + deadline);
        return Data.loaded(x);
    }

    /** Records a review of an action (school writers); {@code reviewer} defaults to the actor's id. */
    public ImprovementAction addReview(Actor actor, UUID actionId, LocalDate reviewedOn, String reviewer, String finding) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAction(em, actionId);
        Access.schoolWrite(actor, schoolId, "action.review");
        ImprovementAction x = em.find(ImprovementAction.class, actionId);
        String who = Text.clean(reviewer);
        x.getReviews().add(new ActionReview(reviewedOn, who == null ? actor.id() : who, Text.clean(finding)));
        Data.validate(k, x);
        Audit.record(k, actor, "action.review", x, schoolId, "on=" + reviewedOn);
        return Data.loaded(x);
    }

    /** The actions of the plan, by deadline (school roles). */
    public List<ImprovementAction> actions(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "action.list");
        return em.createQuery("select x from ImprovementAction x where x.assessment.id = :a order by x.deadline, x.id", ImprovementAction.class)
                .setParameter("a", assessmentId).getResultList().stream().map(Data::loaded).toList();
    }

    /**
     * Whether the plan's reviews are overdue on {@code date} (TT57, mục VIII.a of the plan form: "rà soát,
     * đánh giá tối thiểu 02 lần trong năm học"). kdclgd's rule, following the two review points of the
     * form's monitoring table ("Cuối học kỳ I", "Cuối năm học"):
     * <ul>
     *   <li>the school year {@code Y1-Y2} of the assessment runs 1 August Y1 – 31 July Y2;</li>
     *   <li>a review is a distinct date on which any action of the plan was reviewed within that year, up to {@code date};</li>
     *   <li>after 31 January Y2 (end of học kỳ I, the year's mid-point) at least one review is due;
     *       after 31 May Y2 (end of the school year) at least two.</li>
     * </ul>
     * Only TT57 assessments (regime {@code TT57-…}) whose plan has at least one action are checked; the
     * 2018 regime had no such rule.
     *
     * @return the overdue review point, or empty when nothing is overdue
     * @throws AccessDeniedException unless the actor has a school role or is an officer of the school's unit
     */
    public Optional<OverdueReview> overdueReviews(Actor actor, UUID assessmentId, LocalDate date) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Scopes.schoolOrUnitRead(em, actor, schoolId, date, "action.overdue");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Catalog c = k.catalogs().get(a.getCatalogId());
        if (!c.regime().startsWith("TT57")) {
            return Optional.empty();
        }
        List<ImprovementAction> actions = em.createQuery("select x from ImprovementAction x where x.assessment = :a", ImprovementAction.class)
                .setParameter("a", a).getResultList();
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        int y2 = Integer.parseInt(a.getSchoolYear().substring(5));
        LocalDate start = LocalDate.of(y2 - 1, 8, 1);
        LocalDate yearEnd = LocalDate.of(y2, 7, 31);
        LocalDate mid = LocalDate.of(y2, 1, 31);
        LocalDate end = LocalDate.of(y2, 5, 31);
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (ImprovementAction x : actions) {
            for (ActionReview r : x.getReviews()) {
                LocalDate d = r.reviewedOn();
                if (!d.isBefore(start) && !d.isAfter(yearEnd) && !d.isAfter(date)) {
                    dates.add(d);
                }
            }
        }
        OverdueReview.Checkpoint point;
        LocalDate due;
        int required;
        if (date.isAfter(end)) {
            point = OverdueReview.Checkpoint.YEAR_END;
            due = end;
            required = 2;
        } else if (date.isAfter(mid)) {
            point = OverdueReview.Checkpoint.MID_YEAR;
            due = mid;
            required = 1;
        } else {
            return Optional.empty();
        }
        if (dates.size() >= required) {
            return Optional.empty();
        }
        Problem p = Problems.of(OVERDUE, "assessment " + assessmentId + " " + a.getSchoolYear(),
                "kế hoạch cải tiến năm học " + a.getSchoolYear() + " mới được rà soát " + dates.size() + " lần; cần ít nhất " + required
                        + " lần đến ngày " + due + " (tối thiểu 02 lần trong năm học)",
                "the improvement plan of " + a.getSchoolYear() + " was reviewed " + dates.size() + " time(s); " + required
                        + " are due by " + due + " (at least twice a school year)");
        return Optional.of(new OverdueReview(assessmentId, a.getSchoolYear(), point, due, required, dates.size(), List.copyOf(dates), p));
    }
}
