package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.internal.Access;
import vn.kdclgd.core.internal.Audit;
import vn.kdclgd.core.internal.CouncilRules;
import vn.kdclgd.core.internal.Data;
import vn.kdclgd.core.internal.Problems;
import vn.kdclgd.core.internal.Scopes;
import vn.kdclgd.core.internal.Snapshots;
import vn.kdclgd.core.internal.Text;
import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SchoolYears;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.crosswalk.Crosswalk;
import vn.kdclgd.rules.crosswalk.CrosswalkMapping;
import vn.kdclgd.rules.evidence.EvidenceCitation;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodeBook;
import vn.kdclgd.rules.evidence.EvidenceCodes;
import vn.kdclgd.rules.rating.JudgementRef;
import vn.kdclgd.rules.rating.Judgements;
import vn.kdclgd.rules.rating.RatingEngine;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * A school's self-assessment through the regulation's steps ({@link AssessmentState}): creation,
 * council, working groups, plan, criterion evaluations (with optimistic locking), rating, the workflow
 * with its guards, publishing frozen versions and the carry-over to the next school year.
 *
 * <p>Access (see {@code docs/core-services.md}): school writers (admin, council chair, secretary) write
 * the whole assessment; a council member writes only the criteria of their working groups; the admin
 * or the council chair create assessments, set the council, publish and carry over; every school role
 * reads; an officer of the school's unit reads the published versions.
 *
 * <p>Every method runs in the caller's transaction, checks access first (only the id of the owning
 * school is looked up before), validates what it writes and records an audit line per write.
 */
public final class AssessmentService {
    /**
     * Criterion code of the evaluation that holds the Mức-4 judgements (2018 regime, Điều 22): level 4,
     * item key = khoản. Created with each assessment whose catalog has Mức-4 items.
     */
    public static final String LEVEL4 = Data.LEVEL4;

    private final Kdclgd k;

    /** The service on the context {@code k}. */
    public AssessmentService(Kdclgd k) {
        this.k = Objects.requireNonNull(k, "k");
    }

    // ---- creation ------------------------------------------------------------------------------

    /** Creates a whole-school self-assessment; see {@link #create(Actor, UUID, String, String, String)}. */
    public SelfAssessment create(Actor actor, UUID schoolId, String schoolYear, String catalogId) {
        return create(actor, schoolId, schoolYear, catalogId, null);
    }

    /**
     * Creates a self-assessment in state {@link AssessmentState#COUNCIL} with an empty evaluation for
     * every criterion of the catalog.
     *
     * @param schoolYear e.g. {@code 2026-2027}
     * @param catalogId  a catalog of {@link Kdclgd#catalogs()} that applies to the school's type
     * @param partLevel  the cấp học (e.g. {@code THCS}) for a multi-level school under a catalog that rates
     *                   per cấp học (TT57-2026-PT); null otherwise
     * @throws AccessDeniedException unless the actor is the school's admin or council chair
     * @throws KdclException {@code KDCL-7013} bad year, {@code KDCL-1301} unknown catalog, {@code KDCL-7010}
     *                       catalog not for the school type, {@code KDCL-7012} part level missing or wrong,
     *                       {@code KDCL-7011} the assessment exists already
     */
    public SelfAssessment create(Actor actor, UUID schoolId, String schoolYear, String catalogId, String partLevel) {
        EntityManager em = k.em();
        Access.schoolDecide(actor, schoolId, "assessment.create");
        Scopes.school(em, schoolId);
        OrganisationService.requireYear(schoolYear);
        Catalog c = k.catalogs().get(catalogId);
        School school = em.find(School.class, schoolId);
        String type = school.getSchoolType();
        if (!SchoolType.isValidCode(type) || !c.appliesTo(new SchoolType(type))) {
            throw Problems.input(Problems.CATALOG_NOT_FOR_SCHOOL, "catalog " + catalogId,
                    "danh mục " + catalogId + " không áp dụng cho loại trường " + type + " (áp dụng cho " + c.schoolTypes() + ")",
                    "catalog " + catalogId + " does not apply to school type " + type + " (it applies to " + c.schoolTypes() + ")");
        }
        String part = part(c, school, partLevel);
        SelfAssessment a = newAssessment(em, actor, school, schoolYear, c, part);
        Audit.record(k, actor, "assessment.create", a, schoolId, "year=" + schoolYear + " catalog=" + catalogId + " part=" + part);
        return Data.loaded(a);
    }

    /** The self-assessment (school roles). */
    public SelfAssessment get(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "assessment.read");
        return Data.loaded(Data.assessment(em, assessmentId));
    }

    /** The school's self-assessments, newest school year first (school roles). */
    public List<SelfAssessment> ofSchool(Actor actor, UUID schoolId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, schoolId, "assessment.list");
        return em.createQuery("select a from SelfAssessment a where a.school.id = :s order by a.schoolYear desc, a.catalogId, a.partLevel",
                SelfAssessment.class).setParameter("s", schoolId).getResultList().stream().map(Data::loaded).toList();
    }

    // ---- council and groups --------------------------------------------------------------------

    /**
     * Sets the council: the decision and the whole list of members (members missing from the list
     * leave the council and its working groups; a member given again — same account, or same name —
     * keeps their place in the working groups).
     *
     * @throws AccessDeniedException unless the actor is the school's admin or council chair
     * @throws WorkflowException with every problem of the regime's rules at once ({@code KDCL-7020}…{@code 7027});
     *                           nothing is changed then
     */
    public List<CouncilMember> setCouncil(Actor actor, UUID assessmentId, String decisionNumber, LocalDate decisionDate,
                                          List<CouncilMemberInput> members) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Access.schoolDecide(actor, schoolId, "council.set");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Catalog c = catalog(a);
        List<CouncilRules.M> ms = members.stream()
                .map(m -> new CouncilRules.M(Text.clean(m.fullName()), m.position(), m.role(), Text.clean(m.actorId()))).toList();
        Problems.throwIfAny(CouncilRules.check(c.regime(), Text.clean(decisionNumber), decisionDate, ms));

        List<CouncilMember> existing = Data.members(em, a);
        List<WorkingGroup> groups = Data.groups(em, a);
        Set<CouncilMember> kept = new HashSet<>();
        List<CouncilMember> result = new ArrayList<>();
        Map<UUID, UUID> replaced = new HashMap<>();
        for (CouncilMemberInput in : members) {
            String name = Text.clean(in.fullName());
            String account = Text.clean(in.actorId());
            CouncilMember before = existing.stream().filter(m -> !kept.contains(m))
                    .filter(m -> account != null ? account.equals(m.getActorId()) : m.getActorId() == null && Objects.equals(name, m.getFullName()))
                    .findFirst().orElse(null);
            CouncilMember m;
            if (before != null && Objects.equals(before.getFullName(), name) && before.getPosition() == in.position()
                    && Objects.equals(before.getActorId(), account)) {
                m = before;
                m.setRole(in.role());
            } else {
                m = new CouncilMember(a, name, in.position(), in.role(), account);
                if (before != null) {
                    replaced.put(before.getId(), m.getId());
                }
            }
            if (before != null) {
                kept.add(before);
            }
            m.setTitle(Text.clean(in.title()));
            m.setQaTrained(in.qaTrained());
            Data.validate(k, m);
            result.add(m);
        }
        for (CouncilMember m : existing) {
            if (!result.contains(m)) {
                for (WorkingGroup g : groups) {
                    if (g.getMemberIds().remove(m.getId()) && replaced.containsKey(m.getId())) {
                        g.getMemberIds().add(replaced.get(m.getId()));
                    }
                }
                em.remove(m);
            }
        }
        for (CouncilMember m : result) {
            if (!existing.contains(m)) {
                em.persist(m);
            }
        }
        a.setCouncilDecision(Text.clean(decisionNumber));
        a.setCouncilDecisionDate(decisionDate);
        Data.validate(k, a);
        Audit.record(k, actor, "council.set", a, schoolId, "decision=" + a.getCouncilDecision() + " members=" + result.size());
        return List.copyOf(result);
    }

    /** The council members (school roles), by role then name. */
    public List<CouncilMember> council(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "council.read");
        return Data.members(em, Data.assessment(em, assessmentId));
    }

    /**
     * Adds the secretariat or a working group with its members (council members of the assessment) and
     * the criteria it owns.
     *
     * @throws AccessDeniedException unless the actor is a school writer
     * @throws KdclException {@code KDCL-7030} criteria not in the catalog, {@code KDCL-7031} members who are
     *                       not council members (all at once)
     */
    public WorkingGroup addWorkingGroup(Actor actor, UUID assessmentId, String name, WorkingGroup.Kind kind, Set<UUID> memberIds,
                                        Set<String> criteria) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Access.schoolWrite(actor, schoolId, "group.add");
        SelfAssessment a = Data.assessment(em, assessmentId);
        WorkingGroup g = new WorkingGroup(a, Text.clean(name), kind);
        fillGroup(em, a, g, memberIds, criteria);
        Data.validate(k, g);
        em.persist(g);
        Audit.record(k, actor, "group.add", g, schoolId, "name=" + g.getName() + " criteria=" + g.getCriteria());
        return Data.loaded(g);
    }

    /** Replaces the members and criteria of a working group; as {@link #addWorkingGroup}. */
    public WorkingGroup updateWorkingGroup(Actor actor, UUID groupId, Set<UUID> memberIds, Set<String> criteria) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfGroup(em, groupId);
        Access.schoolWrite(actor, schoolId, "group.update");
        WorkingGroup g = em.find(WorkingGroup.class, groupId);
        fillGroup(em, g.getAssessment(), g, memberIds, criteria);
        Data.validate(k, g);
        Audit.record(k, actor, "group.update", g, schoolId, "criteria=" + g.getCriteria());
        return Data.loaded(g);
    }

    /** Removes a working group (school writers). */
    public void removeWorkingGroup(Actor actor, UUID groupId) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfGroup(em, groupId);
        Access.schoolWrite(actor, schoolId, "group.remove");
        WorkingGroup g = em.find(WorkingGroup.class, groupId);
        Audit.record(k, actor, "group.remove", g, schoolId, "name=" + g.getName());
        em.remove(g);
    }

    /** The working groups (school roles). */
    public List<WorkingGroup> workingGroups(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "group.list");
        return Data.loadedAll(Data.groups(em, Data.assessment(em, assessmentId)));
    }

    private void fillGroup(EntityManager em, SelfAssessment a, WorkingGroup g, Set<UUID> memberIds, Set<String> criteria) {
        Catalog c = catalog(a);
        List<Problem> problems = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (String code : criteria) {
            String cc = Text.clean(code);
            if (cc == null || c.criterion(cc).isEmpty()) {
                problems.add(Problems.unknownCriterion(code, c.id()));
            } else {
                codes.add(cc);
            }
        }
        Set<UUID> council = new HashSet<>();
        Data.members(em, a).forEach(m -> council.add(m.getId()));
        for (UUID id : memberIds) {
            if (!council.contains(id)) {
                problems.add(Problems.of(Problems.GROUP_MEMBER, "member " + id,
                        "người này không phải thành viên hội đồng tự đánh giá; thêm vào hội đồng trước",
                        "this person is not a council member; add them to the council first"));
            }
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        g.getMemberIds().clear();
        g.getMemberIds().addAll(memberIds);
        g.getCriteria().clear();
        g.getCriteria().addAll(codes);
    }

    // ---- plan ----------------------------------------------------------------------------------

    /**
     * Sets the plan: purpose, timeline and the evidence expected for each criterion (replacing what was
     * there).
     *
     * @throws AccessDeniedException unless the actor is a school writer
     * @throws KdclException {@code KDCL-7035} a milestone ending before it starts, {@code KDCL-7030} an
     *                       expected evidence for a criterion not in the catalog (all at once)
     */
    public SelfAssessment setPlan(Actor actor, UUID assessmentId, String purpose, List<Milestone> timeline,
                                  List<ExpectedEvidence> expectedEvidence) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Access.schoolWrite(actor, schoolId, "plan.set");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Catalog c = catalog(a);
        List<Problem> problems = new ArrayList<>();
        List<Milestone> ms = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            Milestone m = timeline.get(i);
            if (m.start() != null && m.end() != null && m.end().isBefore(m.start())) {
                problems.add(Problems.of(Problems.PLAN_MILESTONE, "plan.timeline[" + i + "]",
                        "mốc kết thúc " + m.end() + " trước ngày bắt đầu " + m.start(), "the milestone ends " + m.end() + " before it starts " + m.start()));
            }
            ms.add(new Milestone(m.start(), m.end(), Text.clean(m.activity())));
        }
        List<ExpectedEvidence> ee = new ArrayList<>();
        for (ExpectedEvidence e : expectedEvidence) {
            String cc = Text.clean(e.criterion());
            if (cc == null || c.criterion(cc).isEmpty()) {
                problems.add(Problems.unknownCriterion(e.criterion(), c.id()));
            }
            ee.add(new ExpectedEvidence(cc, Text.clean(e.description()), Text.clean(e.responsible())));
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        a.setPlanPurpose(Text.clean(purpose));
        a.getTimeline().clear();
        a.getTimeline().addAll(ms);
        a.getExpectedEvidence().clear();
        a.getExpectedEvidence().addAll(ee);
        Data.validate(k, a);
        Audit.record(k, actor, "plan.set", a, schoolId, "milestones=" + ms.size() + " expectedEvidence=" + ee.size());
        return Data.loaded(a);
    }

    // ---- evaluations ---------------------------------------------------------------------------

    /** The evaluation of one criterion (school roles). */
    public CriterionEvaluation evaluation(Actor actor, UUID assessmentId, String criterion) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "evaluation.read");
        SelfAssessment a = Data.assessment(em, assessmentId);
        return Data.loaded(Data.evaluation(em, a, criterion).orElseThrow(() -> new NotFoundException("evaluation", criterion)));
    }

    /** Every evaluation in catalog order (school roles). */
    public List<CriterionEvaluation> evaluations(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "evaluation.list");
        SelfAssessment a = Data.assessment(em, assessmentId);
        return Data.loadedAll(Data.evaluations(em, a, catalog(a)));
    }

    /**
     * Saves the form of one criterion. {@code expectedVersion} is the {@link CriterionEvaluation#getVersion()}
     * the writer started from; when someone saved in between, nothing is written and a
     * {@link ConflictException} carries the current version (also when the concurrent save is only seen
     * at flush). Saving clears the carried-over {@code draft} mark.
     *
     * @throws AccessDeniedException unless the actor is a school writer, or a council member of a working
     *                               group owning the criterion
     * @throws KdclException {@code KDCL-7050} judgements of levels or items the criterion does not have
     */
    public CriterionEvaluation saveEvaluation(Actor actor, UUID assessmentId, String criterion, long expectedVersion,
                                              EvaluationInput input) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Scopes.memberOrWriter(actor, schoolId, "evaluation.save");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Access.criterionWrite(em, actor, a, criterion, "evaluation.save");
        CriterionEvaluation e = Data.evaluation(em, a, criterion).orElseThrow(() -> new NotFoundException("evaluation", criterion));
        String what = "evaluation " + criterion + " of assessment " + assessmentId;
        if (e.getVersion() != expectedVersion) {
            throw new ConflictException(what, expectedVersion, e.getVersion());
        }
        Catalog c = catalog(a);
        List<Problem> problems = judgementProblems(c, criterion, input.judgements());
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        e.setCurrentState(Text.nfc(input.currentState()));
        e.setStrengths(Text.nfc(input.strengths()));
        e.setWeaknesses(Text.nfc(input.weaknesses()));
        e.setImprovementPlan(Text.nfc(input.improvementPlan()));
        if (!e.getJudgements().equals(input.judgements())) {
            e.getJudgements().clear();
            e.getJudgements().addAll(input.judgements().stream().map(j -> new ItemJudgement(j.level(), Text.nfc(j.itemKey()), j.met())).toList());
        }
        e.setDraft(false);
        Data.validate(k, e);
        Audit.record(k, actor, "evaluation.save", e, schoolId, "criterion=" + criterion + " fromVersion=" + expectedVersion);
        try {
            em.flush();
        } catch (OptimisticLockException ex) {
            throw conflict(em, e, what, expectedVersion, ex);
        } catch (PersistenceException ex) {
            if (ex.getCause() instanceof OptimisticLockException || ex.getClass().getSimpleName().contains("StaleObject")) {
                throw conflict(em, e, what, expectedVersion, ex);
            }
            throw ex;
        }
        return Data.loaded(e);
    }

    private static ConflictException conflict(EntityManager em, CriterionEvaluation e, String what, long expected, RuntimeException cause) {
        long current = expected + 1;
        try {
            current = em.createQuery("select e.version from CriterionEvaluation e where e.id = :id", Long.class)
                    .setParameter("id", e.getId()).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        } catch (RuntimeException ignored) {
            // the transaction is lost; the version is at least expected + 1
        }
        ConflictException c = new ConflictException(what, expected, current);
        c.addSuppressed(cause);
        return c;
    }

    private static List<Problem> judgementProblems(Catalog c, String criterion, List<ItemJudgement> judgements) {
        List<Problem> problems = new ArrayList<>();
        Optional<Criterion> cr = c.criterion(criterion);
        for (int i = 0; i < judgements.size(); i++) {
            ItemJudgement j = judgements.get(i);
            boolean ok;
            if (LEVEL4.equals(criterion)) {
                ok = j.level() == 4 && c.level4().map(l4 -> l4.items().stream().anyMatch(it -> it.key().equals(j.itemKey()))).orElse(false);
            } else {
                ok = cr.isPresent() && cr.get().items(j.level()).stream().map(Item::key).anyMatch(key -> key.equals(j.itemKey()));
            }
            if (!ok) {
                problems.add(Problems.of(Problems.BAD_JUDGEMENT, "criterion " + criterion + " judgements[" + i + "]",
                        "tiêu chí " + criterion + " của danh mục " + c.id() + " không có yêu cầu Mức " + j.level() + " " + j.itemKey(),
                        "criterion " + criterion + " of catalog " + c.id() + " has no item " + j.itemKey() + " at level " + j.level()));
            }
        }
        return problems;
    }

    // ---- rating and workflow -------------------------------------------------------------------

    /** Rates the assessment from the judgements saved so far (school roles). */
    public RatingResult rate(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "assessment.rate");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Catalog c = catalog(a);
        return rate(c, Data.evaluations(em, a, c));
    }

    private static RatingResult rate(Catalog c, List<CriterionEvaluation> evaluations) {
        Judgements.Builder b = Judgements.builder();
        for (CriterionEvaluation e : evaluations) {
            for (ItemJudgement j : e.getJudgements()) {
                if (LEVEL4.equals(e.getCriterion())) {
                    b.level4(j.itemKey(), j.met());
                } else {
                    b.item(e.getCriterion(), j.level(), j.itemKey(), j.met());
                }
            }
        }
        return RatingEngine.rate(c, b.build());
    }

    /**
     * What still stops the assessment from leaving its current state (for {@link AssessmentState#REPORT}:
     * from being published); empty when it may move on (school roles).
     */
    public List<Problem> readiness(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "assessment.readiness");
        SelfAssessment a = Data.assessment(em, assessmentId);
        return a.getState() == AssessmentState.REPORT ? publishProblems(em, a, catalog(a)) : leaveProblems(em, a, catalog(a));
    }

    /**
     * Moves the assessment to the next step. Guards: leaving COUNCIL needs a valid council (decision and
     * the regime's rules); leaving PLAN a purpose, a timeline and every criterion owned by a working
     * group; leaving EVIDENCE evidence linked to every criterion; leaving RATING a current state for
     * every criterion, no unreviewed carried-over draft and no missing judgement. REPORT → PUBLISHED is
     * {@link #publish}; FOLLOW_UP is the last step.
     *
     * @throws AccessDeniedException unless the actor is a school writer
     * @throws WorkflowException with every unmet condition ({@code KDCL-70xx})
     */
    public SelfAssessment advance(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Access.schoolWrite(actor, schoolId, "assessment.advance");
        SelfAssessment a = Data.assessment(em, assessmentId);
        AssessmentState from = a.getState();
        if (from == AssessmentState.REPORT) {
            throw new WorkflowException(List.of(Problems.of(Problems.USE_PUBLISH, "state " + from,
                    "báo cáo được công bố bằng thao tác công bố (publish) của chủ tịch hội đồng",
                    "the report is published with publish(), by the council chair or the school admin")));
        }
        if (from == AssessmentState.FOLLOW_UP) {
            throw new WorkflowException(List.of(Problems.of(Problems.WRONG_STATE, "state " + from,
                    "đây là bước cuối; năm học sau dùng kết chuyển (carryOver)",
                    "this is the last step; for next school year use carryOver()")));
        }
        Problems.throwIfAny(leaveProblems(em, a, catalog(a)));
        AssessmentState to = AssessmentState.values()[from.ordinal() + 1];
        a.setState(to);
        Data.validate(k, a);
        Audit.record(k, actor, "assessment.advance", a, schoolId, from + "->" + to);
        return Data.loaded(a);
    }

    private List<Problem> leaveProblems(EntityManager em, SelfAssessment a, Catalog c) {
        return switch (a.getState()) {
            case COUNCIL -> councilProblems(em, a, c);
            case PLAN -> planProblems(em, a, c);
            case EVIDENCE -> evidenceProblems(em, a, c);
            case RATING -> ratingProblems(em, a, c);
            case REPORT, PUBLISHED, FOLLOW_UP -> List.of();
        };
    }

    private static List<Problem> councilProblems(EntityManager em, SelfAssessment a, Catalog c) {
        List<CouncilRules.M> ms = Data.members(em, a).stream()
                .map(m -> new CouncilRules.M(m.getFullName(), m.getPosition(), m.getRole(), m.getActorId())).toList();
        return CouncilRules.check(c.regime(), a.getCouncilDecision(), a.getCouncilDecisionDate(), ms);
    }

    private static List<Problem> planProblems(EntityManager em, SelfAssessment a, Catalog c) {
        List<Problem> p = new ArrayList<>();
        if (Text.blank(a.getPlanPurpose())) {
            p.add(Problems.of(Problems.PLAN_PURPOSE, "plan.purpose", "kế hoạch tự đánh giá chưa có mục đích",
                    "the self-assessment plan has no purpose"));
        }
        if (a.getTimeline().isEmpty()) {
            p.add(Problems.of(Problems.PLAN_TIMELINE, "plan.timeline", "kế hoạch tự đánh giá chưa có thời gian biểu",
                    "the self-assessment plan has no timeline"));
        }
        Set<String> owned = new HashSet<>();
        Data.groups(em, a).forEach(g -> owned.addAll(g.getCriteria()));
        List<String> unassigned = c.criteria().stream().map(Criterion::code).filter(x -> !owned.contains(x)).toList();
        if (!unassigned.isEmpty()) {
            p.add(Problems.of(Problems.PLAN_UNASSIGNED, "groups",
                    "các tiêu chí chưa được giao cho nhóm công tác nào: " + String.join(", ", unassigned),
                    "criteria no working group owns: " + String.join(", ", unassigned)));
        }
        return p;
    }

    private static List<Problem> evidenceProblems(EntityManager em, SelfAssessment a, Catalog c) {
        Set<String> used = new HashSet<>();
        Data.uses(em, a).forEach(u -> used.add(u.getCriterion()));
        List<Problem> p = new ArrayList<>();
        for (Criterion cr : c.criteria()) {
            if (!used.contains(cr.code())) {
                p.add(Problems.of(Problems.NO_EVIDENCE, "criterion " + cr.code(),
                        "tiêu chí " + cr.code() + " chưa có minh chứng nào; thêm hoặc gắn minh chứng",
                        "criterion " + cr.code() + " has no evidence; add or link evidence"));
            }
        }
        return p;
    }

    private static List<Problem> ratingProblems(EntityManager em, SelfAssessment a, Catalog c) {
        List<Problem> p = new ArrayList<>();
        List<CriterionEvaluation> evaluations = Data.evaluations(em, a, c);
        for (CriterionEvaluation e : evaluations) {
            if (LEVEL4.equals(e.getCriterion())) {
                continue;
            }
            if (Text.blank(e.getCurrentState())) {
                p.add(Problems.of(Problems.NO_CURRENT_STATE, "criterion " + e.getCriterion(),
                        "tiêu chí " + e.getCriterion() + " chưa có mô tả hiện trạng", "criterion " + e.getCriterion() + " has no current state"));
            }
            if (e.isDraft()) {
                p.add(Problems.of(Problems.DRAFT, "criterion " + e.getCriterion(),
                        "phiếu đánh giá tiêu chí " + e.getCriterion() + " được kết chuyển từ năm trước và chưa được rà soát; xem lại rồi lưu",
                        "the evaluation of " + e.getCriterion() + " was carried over from last year and not yet reviewed; review and save it"));
            }
        }
        RatingResult r = rate(c, evaluations);
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (JudgementRef m : r.missing()) {
            missing.computeIfAbsent(m.criterion().orElse("Mức 4"), x -> new ArrayList<>()).add(m.label());
        }
        missing.forEach((crit, labels) -> p.add(Problems.of(Problems.JUDGEMENTS_MISSING, "criterion " + crit,
                "còn thiếu nhận định: " + String.join("; ", labels), "judgements missing: " + String.join("; ", labels))));
        return p;
    }

    private static List<Problem> publishProblems(EntityManager em, SelfAssessment a, Catalog c) {
        List<Problem> p = new ArrayList<>(ratingProblems(em, a, c));
        p.addAll(evidenceProblems(em, a, c));
        Set<EvidenceCode> codes = new HashSet<>();
        for (EvidenceItem item : Data.items(em, a.getSchool().getId())) {
            Data.code(item).ifPresent(codes::add);
        }
        for (CriterionEvaluation e : Data.evaluations(em, a, c)) {
            if (LEVEL4.equals(e.getCriterion()) || Text.blank(e.getCurrentState())) {
                continue;
            }
            List<EvidenceCode> cited = EvidenceCodes.findAll(e.getCurrentState());
            if (cited.isEmpty()) {
                p.add(Problems.of(Problems.NO_CITATION, "criterion " + e.getCriterion(),
                        "mô tả hiện trạng của tiêu chí " + e.getCriterion() + " không dẫn mã minh chứng nào, ví dụ (MC.1.1.01)",
                        "the current state of " + e.getCriterion() + " cites no evidence code, e.g. (MC.1.1.01)"));
            }
            for (EvidenceCode code : new TreeSet<>(cited)) {
                if (!codes.contains(code)) {
                    p.add(Problems.of(Problems.UNKNOWN_CITATION, "criterion " + e.getCriterion() + " " + code.format(),
                            "mã " + code.format() + " không phải minh chứng của trường; thêm minh chứng hoặc sửa mã",
                            "code " + code.format() + " is not an evidence item of the school; add the evidence or correct the code"));
                }
            }
        }
        return p;
    }

    // ---- publishing ----------------------------------------------------------------------------

    /** The snapshot that {@link #publish} would freeze now, without saving it (school roles). */
    public Snapshot snapshot(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "assessment.snapshot");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Catalog c = catalog(a);
        return Snapshots.build(em, a, c, rate(c, Data.evaluations(em, a, c)));
    }

    /**
     * Publishes the self-assessment: freezes a {@link PublishedVersion} (canonical JSON snapshot, its
     * SHA-256, the school level). Allowed from REPORT (the state becomes PUBLISHED) and again later:
     * changes after publishing make version n+1; published versions are never edited. When nothing
     * changed since the last version, that version is returned and nothing is written.
     *
     * @throws AccessDeniedException unless the actor is the council chair or the school admin
     * @throws WorkflowException {@code KDCL-7046} before REPORT; otherwise every unmet condition:
     *                           judgements missing ({@code 7040}), no current state ({@code 7041}), no code
     *                           cited ({@code 7042}), a criterion without evidence ({@code 7043}), a cited code
     *                           that is not the school's evidence ({@code 7044}), an unreviewed draft ({@code 7045})
     */
    public PublishedVersion publish(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Access.schoolDecide(actor, schoolId, "assessment.publish");
        SelfAssessment a = Data.assessment(em, assessmentId);
        if (a.getState().ordinal() < AssessmentState.REPORT.ordinal()) {
            throw new WorkflowException(List.of(Problems.of(Problems.WRONG_STATE, "state " + a.getState(),
                    "chỉ công bố được sau bước viết báo cáo (hiện tại: " + a.getState() + ")",
                    "publishing comes after the REPORT step (now: " + a.getState() + ")")));
        }
        Catalog c = catalog(a);
        Problems.throwIfAny(publishProblems(em, a, c));
        Snapshot s = Snapshots.build(em, a, c, rate(c, Data.evaluations(em, a, c)));
        Optional<PublishedVersion> last = latest(em, a);
        if (last.isPresent() && last.get().getContentHash().equals(s.sha256())) {
            return last.get();
        }
        int number = a.getPublishedVersion() + 1;
        PublishedVersion v = new PublishedVersion(a, number, k.clock().instant(), actor.id(), s.sha256(), s.json(), s.schoolLevel());
        Data.validate(k, v);
        em.persist(v);
        a.setPublishedVersion(number);
        if (a.getState() == AssessmentState.REPORT) {
            a.setState(AssessmentState.PUBLISHED);
        }
        Data.validate(k, a);
        Audit.record(k, actor, "assessment.publish", v, schoolId, "number=" + number + " sha256=" + s.sha256() + " level=" + s.schoolLevel());
        return v;
    }

    /** The published versions, oldest first (school roles, or an officer of a unit the school belongs to today). */
    public List<PublishedVersion> publishedVersions(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Scopes.schoolOrUnitRead(em, actor, schoolId, LocalDate.now(k.clock()), "assessment.published");
        return em.createQuery("select v from PublishedVersion v where v.assessment.id = :a order by v.number", PublishedVersion.class)
                .setParameter("a", assessmentId).getResultList();
    }

    private static Optional<PublishedVersion> latest(EntityManager em, SelfAssessment a) {
        return em.createQuery("select v from PublishedVersion v where v.assessment = :a order by v.number desc", PublishedVersion.class)
                .setParameter("a", a).setMaxResults(1).getResultStream().findFirst();
    }

    // ---- carry-over ----------------------------------------------------------------------------

    /** Carries the assessment over to the next school year; see {@link #carryOver(Actor, UUID, String)}. */
    public SelfAssessment carryOver(Actor actor, UUID assessmentId) {
        return carryOver(actor, assessmentId, null);
    }

    /**
     * Creates next school year's self-assessment from this one (kết chuyển dữ liệu). The catalog is the
     * one in force for the school type on 1 August of the next school year
     * ({@link vn.kdclgd.rules.catalog.CatalogRegistry#forSchool}), or the same catalog when none is.
     * <ul>
     *   <li>Same catalog: every evaluation is copied as a draft ({@code draft=true}, judgements kept),
     *       every evidence use is copied, and the evidence items used that carry a date are marked
     *       {@code needsReview}.</li>
     *   <li>Another regime (2018 → TT57): evaluations are mapped through the bundled crosswalk — the text
     *       of every old criterion that maps to a new one is carried as draft notes headed by the old
     *       criterion, with evidence codes rewritten; judgements are NOT carried (the level texts
     *       differ). Evidence uses follow the crosswalk; the items get new codes of the new scheme
     *       ({@link EvidenceCodeBook}, first use in the new catalog's order, never renumbering codes the
     *       school already has), keep the old code in {@code previousCode} and are marked
     *       {@code needsReview}.</li>
     * </ul>
     * Council, groups, plan and improvement actions are not carried over (a new decision each year).
     *
     * @param partLevel the cấp học of the new assessment when the new catalog rates multi-level schools
     *                  per cấp học and the old one was for the whole school; null otherwise
     * @throws AccessDeniedException unless the actor is the school's admin or council chair
     * @throws KdclException {@code KDCL-7011} the new assessment exists, {@code KDCL-7060} no crosswalk,
     *                       {@code KDCL-7061} the cấp học is needed, {@code KDCL-7012} a wrong cấp học
     */
    public SelfAssessment carryOver(Actor actor, UUID assessmentId, String partLevel) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Access.schoolDecide(actor, schoolId, "assessment.carryOver");
        SelfAssessment src = Data.assessment(em, assessmentId);
        Catalog from = catalog(src);
        School school = src.getSchool();
        String year = SchoolYears.next(src.getSchoolYear());
        LocalDate start = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 8, 1);
        Catalog to = SchoolType.isValidCode(school.getSchoolType())
                ? k.catalogs().forSchool(new SchoolType(school.getSchoolType()), start).orElse(from) : from;
        boolean same = to.id().equals(from.id());
        CrosswalkMapping mapping = null;
        if (!same) {
            final Catalog target = to;
            mapping = Crosswalk.bundled().mappingFrom(from.id()).filter(m -> m.to().equals(target.id())).orElseThrow(() ->
                    Problems.input(Problems.NO_CROSSWALK, "catalog " + from.id(),
                            "không có bảng chuyển đổi từ " + from.id() + " sang " + target.id() + " để kết chuyển",
                            "there is no crosswalk from " + from.id() + " to " + target.id() + " to carry the work over"));
        }
        String part = partLevel;
        if (part == null && !SelfAssessment.WHOLE_SCHOOL.equals(src.getPartLevel())) {
            part = src.getPartLevel();
        }
        if (part == null && needsPart(to, school)) {
            throw Problems.input(Problems.CARRY_PART, "partLevel",
                    "danh mục " + to.id() + " đánh giá riêng từng cấp học; chọn cấp học (" + String.join(", ", school.getLevelsTaught()) + ")",
                    "catalog " + to.id() + " rates each cấp học separately; choose one (" + String.join(", ", school.getLevelsTaught()) + ")");
        }
        part = part(to, school, part);
        SelfAssessment dst = newAssessment(em, actor, school, year, to, part);
        List<CriterionEvaluation> srcEvaluations = Data.evaluations(em, src, from);
        List<EvidenceUse> srcUses = Data.uses(em, src);
        Map<String, CriterionEvaluation> dstEvaluations = new HashMap<>();
        Data.evaluations(em, dst, to).forEach(e -> dstEvaluations.put(e.getCriterion(), e));
        int copied = 0;
        int recoded = 0;
        if (same) {
            for (CriterionEvaluation e : srcEvaluations) {
                CriterionEvaluation d = dstEvaluations.get(e.getCriterion());
                if (d == null || !hasContent(e)) {
                    continue;
                }
                d.setCurrentState(e.getCurrentState());
                d.setStrengths(e.getStrengths());
                d.setWeaknesses(e.getWeaknesses());
                d.setImprovementPlan(e.getImprovementPlan());
                d.getJudgements().addAll(e.getJudgements());
                d.setDraft(true);
                Data.validate(k, d);
                copied++;
            }
            for (EvidenceUse u : srcUses) {
                em.persist(new EvidenceUse(dst, u.getEvidence(), u.getCriterion()));
                markDated(u.getEvidence());
            }
        } else {
            final CrosswalkMapping cw = mapping;
            Map<String, Set<String>> newUses = new java.util.TreeMap<>();
            Map<String, EvidenceItem> itemsById = new HashMap<>();
            for (EvidenceUse u : srcUses) {
                EvidenceItem item = u.getEvidence();
                itemsById.put(item.getId().toString(), item);
                for (String target : cw.entry(u.getCriterion()).map(x -> x.targets()).orElse(List.of())) {
                    if (to.criterion(target).isPresent()) {
                        newUses.computeIfAbsent(item.getId().toString(), x -> new TreeSet<>()).add(target);
                    }
                }
            }
            EvidenceCodeBook book = Data.book(Data.items(em, school.getId()), to);
            Map<String, Set<String>> toCode = new java.util.TreeMap<>(newUses);
            toCode.keySet().removeIf(id -> book.codeOf(id).isPresent());
            EvidenceCodeBook coded = book.assignInCatalogOrder(toCode);
            Map<EvidenceCode, String> rewrite = new HashMap<>();
            for (Map.Entry<String, Set<String>> en : newUses.entrySet()) {
                EvidenceItem item = itemsById.get(en.getKey());
                EvidenceCode code = coded.codeOf(en.getKey()).orElseThrow();
                if (!code.format().equals(item.getCode())) {
                    Data.code(item).ifPresent(old -> rewrite.put(old, code.format()));
                    item.setPreviousCode(item.getCode());
                    item.setCode(code.format());
                    item.setNeedsReview(true);
                    recoded++;
                }
                markDated(item);
                Data.validate(k, item);
                for (String target : en.getValue()) {
                    em.persist(new EvidenceUse(dst, item, target));
                }
            }
            for (Criterion cr : to.criteria()) {
                List<CriterionEvaluation> sources = srcEvaluations.stream()
                        .filter(e -> !LEVEL4.equals(e.getCriterion()) && hasContent(e))
                        .filter(e -> cw.entry(e.getCriterion()).map(x -> x.targets().contains(cr.code())).orElse(false)).toList();
                if (sources.isEmpty()) {
                    continue;
                }
                CriterionEvaluation d = dstEvaluations.get(cr.code());
                d.setCurrentState(notes(from, sources, CriterionEvaluation::getCurrentState, rewrite));
                d.setStrengths(notes(from, sources, CriterionEvaluation::getStrengths, rewrite));
                d.setWeaknesses(notes(from, sources, CriterionEvaluation::getWeaknesses, rewrite));
                d.setImprovementPlan(notes(from, sources, CriterionEvaluation::getImprovementPlan, rewrite));
                d.setDraft(true);
                Data.validate(k, d);
                copied++;
            }
        }
        Audit.record(k, actor, "assessment.carryOver", dst, schoolId, "from=" + src.getId() + " " + from.id() + "->" + to.id()
                + " evaluations=" + copied + " recoded=" + recoded);
        return Data.loaded(dst);
    }

    private static boolean hasContent(CriterionEvaluation e) {
        return !Text.blank(e.getCurrentState()) || !Text.blank(e.getStrengths()) || !Text.blank(e.getWeaknesses())
                || !Text.blank(e.getImprovementPlan()) || !e.getJudgements().isEmpty();
    }

    private static void markDated(EvidenceItem item) {
        if (item.getIssuedOn() != null || item.getValidFrom() != null || item.getValidUntil() != null) {
            item.setNeedsReview(true);
        }
    }

    private static String notes(Catalog from, List<CriterionEvaluation> sources, java.util.function.Function<CriterionEvaluation, String> field,
                                 Map<EvidenceCode, String> rewrite) {
        StringBuilder sb = new StringBuilder();
        for (CriterionEvaluation e : sources) {
            String text = field.apply(e);
            if (Text.blank(text)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append("[Kết chuyển từ ").append(from.id()).append(", tiêu chí ").append(e.getCriterion()).append("]\n")
                    .append(rewriteCodes(text, rewrite));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * Rewrites cited codes: {@code ([H1-1.1-01])} and {@code [H1-1.1-01]} become {@code (MC.1.1.01)} —
     * square brackets belong to the old scheme, round ones are how TT57 reports cite.
     */
    private static String rewriteCodes(String text, Map<EvidenceCode, String> rewrite) {
        List<EvidenceCitation> citations = EvidenceCodes.scan(text);
        StringBuilder sb = new StringBuilder(text);
        for (int i = citations.size() - 1; i >= 0; i--) {
            EvidenceCitation c = citations.get(i);
            if (c.code().isEmpty() || !rewrite.containsKey(c.code().get())) {
                continue;
            }
            int start = c.start();
            int end = c.end();
            if (start > 0 && end < text.length() && text.charAt(start - 1) == '[' && text.charAt(end) == ']') {
                start--;
                end++;
            }
            boolean squared = text.charAt(start) == '[' && text.charAt(end - 1) == ']';
            boolean round = start > 0 && end < text.length() && text.charAt(start - 1) == '(' && text.charAt(end) == ')';
            String code = rewrite.get(c.code().get());
            sb.replace(start, end, squared && !round ? "(" + code + ")" : code);
        }
        return sb.toString();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Catalog catalog(SelfAssessment a) {
        return k.catalogs().get(a.getCatalogId());
    }

    private SelfAssessment newAssessment(EntityManager em, Actor actor, School school, String year, Catalog c, String part) {
        Long n = em.createQuery("select count(a) from SelfAssessment a where a.school = :s and a.schoolYear = :y and a.catalogId = :c "
                        + "and a.partLevel = :p", Long.class)
                .setParameter("s", school).setParameter("y", year).setParameter("c", c.id()).setParameter("p", part).getSingleResult();
        if (n > 0) {
            throw Problems.input(Problems.ASSESSMENT_EXISTS, "school " + school.getCode() + " " + year + " " + c.id() + " " + part,
                    "trường đã có bản tự đánh giá năm học " + year + " theo " + c.id() + (SelfAssessment.WHOLE_SCHOOL.equals(part) ? "" : " cấp " + part),
                    "the school already has a self-assessment for " + year + " under " + c.id()
                            + (SelfAssessment.WHOLE_SCHOOL.equals(part) ? "" : " for " + part));
        }
        SelfAssessment a = new SelfAssessment(school, year, c.id());
        a.setPartLevel(part);
        Data.validate(k, a);
        em.persist(a);
        for (Criterion cr : c.criteria()) {
            em.persist(new CriterionEvaluation(a, cr.code()));
        }
        if (c.level4().isPresent()) {
            em.persist(new CriterionEvaluation(a, LEVEL4));
        }
        return a;
    }

    private static boolean needsPart(Catalog c, School s) {
        return c.multiLevelSchools().isPresent() && SchoolType.PHO_THONG_NHIEU_CAP.code().equals(s.getSchoolType());
    }

    private static String part(Catalog c, School s, String partLevel) {
        String p = Text.clean(partLevel);
        if (needsPart(c, s)) {
            if (p == null || SelfAssessment.WHOLE_SCHOOL.equals(p) || !s.getLevelsTaught().contains(p) || !SchoolType.isValidCode(p)
                    || !c.appliesTo(new SchoolType(p))) {
                throw Problems.input(Problems.PART_LEVEL, "partLevel \"" + partLevel + "\"",
                        "trường nhiều cấp học được đánh giá riêng từng cấp theo " + c.id() + "; chọn một cấp học trường dạy: "
                                + String.join(", ", s.getLevelsTaught()),
                        "under " + c.id() + " a multi-level school is assessed per cấp học; choose one it teaches: "
                                + String.join(", ", s.getLevelsTaught()));
            }
            return p;
        }
        if (p != null && !SelfAssessment.WHOLE_SCHOOL.equals(p)) {
            throw Problems.input(Problems.PART_LEVEL, "partLevel \"" + partLevel + "\"",
                    "chỉ trường nhiều cấp học theo danh mục đánh giá riêng từng cấp mới chọn cấp học; bỏ trống",
                    "only a multi-level school under a catalog that rates per cấp học takes a part level; leave it empty");
        }
        return SelfAssessment.WHOLE_SCHOOL;
    }
}
