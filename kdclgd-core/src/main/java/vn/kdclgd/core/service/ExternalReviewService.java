package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.internal.Access;
import vn.kdclgd.core.internal.Audit;
import vn.kdclgd.core.internal.Hashes;
import vn.kdclgd.core.internal.SnapshotJudgements;
import vn.kdclgd.core.internal.Units;
import vn.kdclgd.core.internal.Validate;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.ReviewerJudgement;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.RecognitionKind;

/**
 * External review under the 2018 regime (đánh giá ngoài, Điều 26–28) and appraisal for recognition by
 * the Sở under TT57 (thẩm định, Điều 17): registration on a published, frozen self-assessment, the
 * reviewer team, each reviewer's own judgements, the side-by-side view and the decision.
 *
 * <p>Every method takes the {@link Actor} first and checks access before anything else is read or
 * written; writes are validated and audited in the caller's transaction (see {@link Kdclgd}).
 * Who may do what:
 * <ul>
 * <li>{@link #register}: the school's admin or council chair;</li>
 * <li>{@link #assignTeam}, {@link #decide}: a unit officer of a unit the school belongs to today (by
 * the {@link Kdclgd#clock()}) or of a unit above it;</li>
 * <li>{@link #recordJudgement}, {@link #recordJudgements}: a reviewer granted on the review
 * ({@link vn.kdclgd.core.access.Grant#reviewer}) who is on its team, for their own judgements only;</li>
 * <li>{@link #sideBySide}: those reviewers and unit officers; the school's own roles once DECIDED.</li>
 * </ul>
 *
 * <p>The registration references the {@link PublishedVersion}; its stored SHA-256 is checked against
 * the snapshot at registration and again at every later step, so a changed snapshot stops the review
 * ({@link #HASH_MISMATCH}).
 */
public final class ExternalReviewService {
    /** Neither accreditation nor national-standard recognition is sought. */
    public static final String NOTHING_SOUGHT = "KDCL-7101";
    /** The snapshot's catalog has no recognition scheme for what is sought (e.g. GDTX; TT57 and accreditation). */
    public static final String NO_SCHEME = "KDCL-7102";
    /** The stored hash does not match the snapshot: it was changed after publication. */
    public static final String HASH_MISMATCH = "KDCL-7103";
    /** The school already has a registration that is not decided or withdrawn. */
    public static final String ALREADY_REGISTERED = "KDCL-7104";
    /** The review is not in the state this step needs. */
    public static final String WRONG_STATE = "KDCL-7105";
    /** A judgement names a criterion, level or item the snapshot's catalog does not have. */
    public static final String NOT_IN_CATALOG = "KDCL-7106";
    /** The snapshot cannot be read. */
    public static final String BAD_SNAPSHOT = "KDCL-7107";
    /** The team is empty, names a reviewer twice, or drops a reviewer who has already judged. */
    public static final String BAD_TEAM = "KDCL-7108";
    /** The decided level is outside 0 … the catalog's highest school level. */
    public static final String BAD_LEVEL = "KDCL-7109";
    /** A date before the publication or the registration. */
    public static final String BAD_DATE = "KDCL-7110";
    /** No review or published version with that id. */
    public static final String NOT_FOUND = "KDCL-7111";

    private final Kdclgd k;

    /** The service on {@code kdclgd}. */
    public ExternalReviewService(Kdclgd kdclgd) {
        this.k = Objects.requireNonNull(kdclgd, "kdclgd");
    }

    /**
     * Registers the school for external review / recognition on a published version (Điều 26 of the
     * 2018 regulations; TT57 Điều 17). The published version is frozen: its hash must still match.
     *
     * @throws AccessDeniedException unless the actor is the school's admin or council chair
     * @throws ReviewException       {@link #NOTHING_SOUGHT}, {@link #NO_SCHEME}, {@link #HASH_MISMATCH},
     *                               {@link #BAD_DATE}, {@link #ALREADY_REGISTERED}, {@link #NOT_FOUND}
     */
    public ExternalReview register(Actor actor, UUID publishedVersionId, LocalDate date, boolean seeksAccreditation,
                                   boolean seeksNationalStandard) {
        EntityManager em = k.em();
        PublishedVersion pv = em.find(PublishedVersion.class, publishedVersionId);
        if (pv == null) {
            throw notFound("published version " + publishedVersionId);
        }
        SelfAssessment a = pv.getAssessment();
        UUID schoolId = a.getSchool().getId();
        Access.schoolDecide(actor, schoolId, "review.register");
        verifyHash(pv);
        Catalog catalog = k.catalogs().get(a.getCatalogId());
        String where = "published version " + pv.getNumber() + " (" + catalog.id() + ")";
        List<Problem> problems = new ArrayList<>();
        if (!seeksAccreditation && !seeksNationalStandard) {
            problems.add(Problem.of(NOTHING_SOUGHT, where,
                    "đăng ký phải nêu rõ đề nghị công nhận đạt kiểm định chất lượng giáo dục, đạt chuẩn quốc gia hoặc cả hai",
                    "the registration must seek accreditation, national-standard recognition or both"));
        }
        if (seeksAccreditation && catalog.recognition(RecognitionKind.ACCREDITATION).isEmpty()) {
            problems.add(Problem.of(NO_SCHEME, where,
                    "danh mục " + catalog.id() + " không có công nhận đạt kiểm định chất lượng giáo dục (cấp độ); "
                            + "bỏ đề nghị này" + (catalog.recognition(RecognitionKind.NATIONAL_STANDARD).isPresent()
                            ? " và chỉ đề nghị công nhận đạt chuẩn quốc gia" : ""),
                    "catalog " + catalog.id() + " has no accreditation (cấp độ); do not seek it"
                            + (catalog.recognition(RecognitionKind.NATIONAL_STANDARD).isPresent()
                            ? " and seek national-standard recognition only" : "")));
        }
        if (seeksNationalStandard && catalog.recognition(RecognitionKind.NATIONAL_STANDARD).isEmpty()) {
            problems.add(Problem.of(NO_SCHEME, where,
                    "danh mục " + catalog.id() + " không có công nhận đạt chuẩn quốc gia (ví dụ trung tâm GDTX); bỏ đề nghị này",
                    "catalog " + catalog.id() + " has no national-standard recognition (e.g. GDTX centres); do not seek it"));
        }
        LocalDate published = LocalDate.ofInstant(pv.getPublishedAt(), k.clock().getZone());
        if (date == null || date.isBefore(published)) {
            problems.add(Problem.of(BAD_DATE, where,
                    "ngày đăng ký (" + date + ") phải từ ngày công bố báo cáo (" + published + ") trở đi",
                    "the registration date (" + date + ") must not be before the publication (" + published + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ReviewException(problems);
        }
        Long open = em.createQuery("select count(r) from ExternalReview r where r.snapshot.assessment.school.id = :s"
                        + " and r.state in (:open)", Long.class)
                .setParameter("s", schoolId)
                .setParameter("open", List.of(ExternalReview.State.REGISTERED, ExternalReview.State.IN_REVIEW))
                .getSingleResult();
        if (open > 0) {
            throw ReviewException.of(ALREADY_REGISTERED, "school " + a.getSchool().getCode(),
                    "trường đang có một đăng ký đánh giá chưa có quyết định; chờ quyết định hoặc rút đăng ký đó trước",
                    "the school has a registration that is not decided yet; wait for the decision or withdraw it first");
        }
        ExternalReview review = new ExternalReview(pv, date, seeksAccreditation, seeksNationalStandard);
        Validate.entity(k, review);
        em.persist(review);
        Audit.record(k, actor, "review.register", review, schoolId,
                "{\"publishedVersion\":\"" + pv.getId() + "\",\"number\":" + pv.getNumber() + ",\"sha256\":\""
                        + pv.getContentHash() + "\",\"accreditation\":" + seeksAccreditation + ",\"nationalStandard\":"
                        + seeksNationalStandard + "}");
        return review;
    }

    /**
     * Sets the reviewer team (đoàn đánh giá ngoài / hội đồng thẩm định) and moves the review to
     * IN_REVIEW. May be called again while the review is not decided; a reviewer who has already
     * recorded judgements cannot be dropped.
     *
     * @throws AccessDeniedException unless the actor is a unit officer above the school
     * @throws ReviewException       {@link #WRONG_STATE}, {@link #BAD_TEAM}, {@link #HASH_MISMATCH}, {@link #NOT_FOUND}
     */
    public ExternalReview assignTeam(Actor actor, UUID reviewId, List<ReviewerAssignment> team) {
        ExternalReview review = review(reviewId);
        UUID schoolId = schoolOf(review);
        Units.officerOverSchool(k.em(), actor, schoolId, today(), "review.assignTeam");
        requireState(review, "review.assignTeam", ExternalReview.State.REGISTERED, ExternalReview.State.IN_REVIEW);
        verifyHash(review.getSnapshot());
        List<Problem> problems = new ArrayList<>();
        String where = "review " + reviewId + " team";
        if (team == null || team.isEmpty()) {
            problems.add(Problem.of(BAD_TEAM, where, "đoàn phải có ít nhất một thành viên", "the team needs at least one member"));
        } else {
            Set<String> seen = new HashSet<>();
            for (ReviewerAssignment r : team) {
                if (r != null && !seen.add(r.actorId())) {
                    problems.add(Problem.of(BAD_TEAM, where + " " + r.actorId(), "thành viên có tên hai lần trong đoàn",
                            "the reviewer is named twice"));
                }
            }
            for (String judged : review.getJudgements().stream().map(ReviewerJudgement::reviewerId).distinct().toList()) {
                if (!seen.contains(judged)) {
                    problems.add(Problem.of(BAD_TEAM, where + " " + judged,
                            "thành viên này đã ghi nhận định nên không thể rút khỏi đoàn",
                            "this reviewer has recorded judgements and cannot be dropped from the team"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewException(problems);
        }
        review.getTeam().clear();
        review.getTeam().addAll(team);
        review.setState(ExternalReview.State.IN_REVIEW);
        Validate.entity(k, review);
        Audit.record(k, actor, "review.assignTeam", review, schoolId,
                "{\"team\":" + team.stream().map(r -> "\"" + r.actorId() + "\"").toList() + "}");
        return review;
    }

    /**
     * Records one of the calling reviewer's judgements (replacing their earlier judgement of the same
     * item).
     *
     * @see #recordJudgements(Actor, UUID, List)
     */
    public ExternalReview recordJudgement(Actor actor, UUID reviewId, ReviewerJudgement judgement) {
        return recordJudgements(actor, reviewId, List.of(judgement));
    }

    /**
     * Records the calling reviewer's judgements, all or none: each must carry the actor's own id as
     * {@link ReviewerJudgement#reviewerId()} and name a criterion, level and item of the snapshot's
     * catalog ({@code MUC4}, level 4 and the khoản for a Mức-4 item). A judgement of an item the reviewer
     * judged before replaces it.
     *
     * @throws AccessDeniedException unless the actor is granted on the review and on its team, or when a
     *                               judgement carries another reviewer's id
     * @throws ReviewException       {@link #WRONG_STATE} (team not assigned, or decided),
     *                               {@link #NOT_IN_CATALOG}, {@link #HASH_MISMATCH}, {@link #NOT_FOUND}
     */
    public ExternalReview recordJudgements(Actor actor, UUID reviewId, List<ReviewerJudgement> judgements) {
        Access.reviewer(actor, reviewId, "review.recordJudgement");
        ExternalReview review = review(reviewId);
        if (review.getTeam().stream().noneMatch(r -> r.actorId().equals(actor.id()))) {
            throw new AccessDeniedException(actor.id(), "review.recordJudgement", "review " + reviewId + " (not on the team)");
        }
        for (ReviewerJudgement j : judgements) {
            if (!actor.id().equals(j.reviewerId())) {
                throw new AccessDeniedException(actor.id(), "review.recordJudgement",
                        "a judgement of reviewer " + j.reviewerId() + " on review " + reviewId);
            }
        }
        requireState(review, "review.recordJudgement", ExternalReview.State.IN_REVIEW);
        verifyHash(review.getSnapshot());
        Catalog catalog = k.catalogs().get(review.getSnapshot().getAssessment().getCatalogId());
        List<Problem> problems = new ArrayList<>();
        for (ReviewerJudgement j : judgements) {
            if (!inCatalog(catalog, j.criterion(), j.level(), j.itemKey())) {
                problems.add(Problem.of(NOT_IN_CATALOG, "criterion " + j.criterion() + " level " + j.level() + " item " + j.itemKey(),
                        "danh mục " + catalog.id() + " không có tiêu chí/mức/chỉ báo này; kiểm tra mã tiêu chí, mức và chữ cái",
                        "catalog " + catalog.id() + " has no such criterion/level/item; check the criterion code, level and key"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewException(problems);
        }
        List<ReviewerJudgement> all = review.getJudgements();
        for (ReviewerJudgement j : judgements) {
            all.removeIf(o -> o.reviewerId().equals(j.reviewerId()) && o.criterion().equals(j.criterion())
                    && o.level() == j.level() && o.itemKey().equals(j.itemKey()));
            all.add(j);
        }
        Validate.entity(k, review);
        Audit.record(k, actor, "review.recordJudgement", review, schoolOf(review),
                "{\"judgements\":" + judgements.size() + "}");
        return review;
    }

    /**
     * Per criterion and item, the school's judgement (from the snapshot) next to each reviewer's.
     *
     * @throws AccessDeniedException unless the actor is a reviewer of the review, a unit officer above
     *                               the school, or (once DECIDED) one of the school's roles
     * @throws ReviewException       {@link #HASH_MISMATCH}, {@link #BAD_SNAPSHOT}, {@link #NOT_FOUND}
     */
    public SideBySide sideBySide(Actor actor, UUID reviewId) {
        ExternalReview review = review(reviewId);
        if (!actor.has(Role.EXTERNAL_REVIEWER, reviewId)) {
            UUID schoolId = schoolOf(review);
            boolean schoolMayRead = review.getState() == ExternalReview.State.DECIDED && actor.hasAny(schoolId,
                    Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR, Role.COUNCIL_SECRETARY, Role.COUNCIL_MEMBER, Role.TEACHER, Role.VIEWER);
            if (!schoolMayRead) {
                Units.officerOverSchool(k.em(), actor, schoolId, today(), "review.sideBySide");
            }
        }
        PublishedVersion pv = review.getSnapshot();
        verifyHash(pv);
        Catalog catalog = k.catalogs().get(pv.getAssessment().getCatalogId());
        Map<String, Map<Integer, Map<String, Boolean>>> school;
        try {
            school = SnapshotJudgements.schoolJudgements(pv.getSnapshot(), catalog);
        } catch (IllegalArgumentException e) {
            throw ReviewException.of(BAD_SNAPSHOT, "published version " + pv.getId(),
                    "không đọc được bản công bố: " + e.getMessage(), "the published snapshot cannot be read: " + e.getMessage());
        }
        Map<String, Map<Integer, Map<String, Map<String, Boolean>>>> byReviewer = new LinkedHashMap<>();
        for (ReviewerJudgement j : review.getJudgements()) {
            byReviewer.computeIfAbsent(j.criterion(), c -> new LinkedHashMap<>()).computeIfAbsent(j.level(), l -> new LinkedHashMap<>())
                    .computeIfAbsent(j.itemKey(), i -> new LinkedHashMap<>()).put(j.reviewerId(), j.met());
        }
        List<SideBySide.CriterionRow> rows = new ArrayList<>();
        for (Criterion c : catalog.criteria()) {
            List<SideBySide.ItemRow> items = new ArrayList<>();
            for (Map.Entry<Integer, List<Item>> level : c.levels().entrySet()) {
                for (Item item : level.getValue()) {
                    items.add(row(school, byReviewer, c.code(), level.getKey(), item.key()));
                }
            }
            rows.add(new SideBySide.CriterionRow(c.code(), items));
        }
        catalog.level4().ifPresent(l4 -> rows.add(new SideBySide.CriterionRow(SnapshotJudgements.LEVEL4,
                l4.items().stream().map(i -> row(school, byReviewer, SnapshotJudgements.LEVEL4, 4, i.key())).toList())));
        List<SideBySide.Reviewer> team = review.getTeam().stream()
                .map(r -> new SideBySide.Reviewer(r.actorId(), r.fullName(), r.role() == null ? "" : r.role())).toList();
        return new SideBySide(review.getId(), catalog.id(), pv.getContentHash(), pv.getSchoolLevel(), team, rows);
    }

    /**
     * Decides the review: the school level established by the review (0 = không đạt Mức 1) and the
     * date of the decision. Certificates are then issued by {@link RecognitionService}.
     *
     * @throws AccessDeniedException unless the actor is a unit officer above the school
     * @throws ReviewException       {@link #WRONG_STATE} (no team yet, or already decided),
     *                               {@link #BAD_LEVEL}, {@link #BAD_DATE}, {@link #HASH_MISMATCH}, {@link #NOT_FOUND}
     */
    public ExternalReview decide(Actor actor, UUID reviewId, int level, LocalDate date) {
        ExternalReview review = review(reviewId);
        UUID schoolId = schoolOf(review);
        Units.officerOverSchool(k.em(), actor, schoolId, today(), "review.decide");
        requireState(review, "review.decide", ExternalReview.State.IN_REVIEW);
        verifyHash(review.getSnapshot());
        Catalog catalog = k.catalogs().get(review.getSnapshot().getAssessment().getCatalogId());
        int max = maxSchoolLevel(catalog);
        List<Problem> problems = new ArrayList<>();
        if (level < 0 || level > max) {
            problems.add(Problem.of(BAD_LEVEL, "review " + reviewId,
                    "mức của trường phải từ 0 (không đạt Mức 1) đến " + max + " theo danh mục " + catalog.id(),
                    "the school level must be 0 (not Mức 1) to " + max + " under catalog " + catalog.id()));
        }
        if (date == null || date.isBefore(review.getRegisteredOn())) {
            problems.add(Problem.of(BAD_DATE, "review " + reviewId,
                    "ngày quyết định (" + date + ") không được trước ngày đăng ký (" + review.getRegisteredOn() + ")",
                    "the decision date (" + date + ") must not be before the registration (" + review.getRegisteredOn() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ReviewException(problems);
        }
        review.setResultLevel(level);
        review.setDecidedOn(date);
        review.setState(ExternalReview.State.DECIDED);
        Validate.entity(k, review);
        Audit.record(k, actor, "review.decide", review, schoolId, "{\"level\":" + level + ",\"date\":\"" + date + "\"}");
        return review;
    }

    /** The highest school level of a catalog: 4 with Mức-4 items (2018 regime), else its criterion levels. */
    static int maxSchoolLevel(Catalog catalog) {
        return catalog.level4().isPresent() ? 4 : catalog.levels();
    }

    static boolean inCatalog(Catalog catalog, String criterion, int level, String key) {
        if (SnapshotJudgements.LEVEL4.equals(criterion)) {
            return level == 4 && catalog.level4().map(l -> l.items().stream().anyMatch(i -> i.key().equals(key))).orElse(false);
        }
        Optional<Criterion> c = catalog.criterion(criterion);
        return c.isPresent() && c.get().items(level).stream().anyMatch(i -> i.key().equals(key));
    }

    private static SideBySide.ItemRow row(Map<String, Map<Integer, Map<String, Boolean>>> school,
                                          Map<String, Map<Integer, Map<String, Map<String, Boolean>>>> reviewers,
                                          String criterion, int level, String key) {
        Boolean s = school.getOrDefault(criterion, Map.of()).getOrDefault(level, Map.of()).get(key);
        Map<String, Boolean> r = reviewers.getOrDefault(criterion, Map.of()).getOrDefault(level, Map.of()).getOrDefault(key, Map.of());
        return new SideBySide.ItemRow(level, key, Optional.ofNullable(s), r);
    }

    private ExternalReview review(UUID reviewId) {
        ExternalReview review = k.em().find(ExternalReview.class, reviewId);
        if (review == null) {
            throw notFound("review " + reviewId);
        }
        return review;
    }

    static UUID schoolOf(ExternalReview review) {
        return review.getSnapshot().getAssessment().getSchool().getId();
    }

    private LocalDate today() {
        return LocalDate.now(k.clock());
    }

    static void verifyHash(PublishedVersion pv) {
        String actual = Hashes.sha256(pv.getSnapshot());
        if (!actual.equals(pv.getContentHash())) {
            throw ReviewException.of(HASH_MISMATCH, "published version " + pv.getId() + " (number " + pv.getNumber() + ")",
                    "nội dung bản công bố không khớp mã băm đã lưu (" + pv.getContentHash() + ", tính lại được " + actual
                            + "): bản công bố đã bị sửa sau khi công bố; không dùng được để đánh giá — công bố lại một phiên bản mới",
                    "the snapshot does not match its stored hash (" + pv.getContentHash() + ", computed " + actual
                            + "): it was changed after publication and cannot be reviewed — publish a new version");
        }
    }

    private static void requireState(ExternalReview review, String action, ExternalReview.State... allowed) {
        for (ExternalReview.State s : allowed) {
            if (review.getState() == s) {
                return;
            }
        }
        throw ReviewException.of(WRONG_STATE, "review " + review.getId(),
                "không thể thực hiện " + action + " khi đăng ký đang ở trạng thái " + review.getState() + " (cần " + List.of(allowed) + ")",
                "cannot do " + action + " while the review is " + review.getState() + " (needs " + List.of(allowed) + ")");
    }

    private static ReviewException notFound(String what) {
        return ReviewException.of(NOT_FOUND, what, "không tìm thấy " + what, "there is no " + what);
    }
}
