package vn.kdclgd.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.ReviewerJudgement;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.CouncilMemberInput;
import vn.kdclgd.core.service.EvaluationInput;
import vn.kdclgd.core.service.EvidenceInput;
import vn.kdclgd.core.service.EvidenceService;
import vn.kdclgd.core.service.ExternalReviewService;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.RecognitionService;
import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.RecognitionKind;

/**
 * The external-review part of the demo data, created through kdclgd's services inside {@link DemoData}'s
 * transaction:
 *
 * <ul>
 *   <li>the primary school {@value DemoData#PRIMARY_SCHOOL} (2018 regime, catalog of
 *       {@code CatalogRegistry.forSchool(TIEU_HOC, …)}) has two published self-assessments:
 *       <ul>
 *         <li>{@value #EARLIER_YEAR}: Mức 2, reviewed by danhgia.hoang, decided, and an <b>accreditation</b>
 *             certificate (cấp độ 2) issued on {@link #EARLIER_CERTIFICATE} — valid until 15/04/2027, so it is
 *             listed as expiring within 12 months and due for re-registration (5 months before) in late 2026;</li>
 *         <li>{@value #YEAR}: Mức 3, registered for national standard and accreditation, reviewed by
 *             danhgia.hoang (who judges one Mức-4 item differently), decided, and a <b>national-standard</b>
 *             certificate (mức độ 2) issued on {@link #CERTIFICATE} (valid to 2030). Its accreditation is left
 *             for the unit to issue on the recognition screen (issuing it supersedes the 2022 one).</li>
 *       </ul></li>
 *   <li>{@value DemoData#PUBLISHED_SCHOOL} (TT57, published today) registers for national standard today and
 *       stays REGISTERED, so the unit has a registration to assign a team to.</li>
 * </ul>
 *
 * <p><b>Why a second clock.</b> Recognition validity is 5 years from the decision, and every date of the
 * workflow must follow the publication (registration ≥ publication day, decision ≥ registration, issue ≥
 * decision). kdclgd stamps a publication with its clock's instant, so with today's clock no certificate
 * could be dated before today. The primary school's publications are therefore made through an
 * {@link AssessmentService} on a {@link Kdclgd} whose clock is fixed at the historical publication day
 * (same entity manager, catalogs and validator); everything else uses the application's services.
 */
@Component
class ReviewDemoData {
    /** School year of the primary school's earlier self-assessment. */
    static final String EARLIER_YEAR = "2021-2022";
    /** School year of the primary school's reviewed self-assessment. */
    static final String YEAR = "2024-2025";
    /** Issue date of the earlier accreditation certificate (valid until 2027-04-15). */
    static final LocalDate EARLIER_CERTIFICATE = LocalDate.of(2022, 4, 15);
    /** Issue date of the national-standard certificate of {@value #YEAR}. */
    static final LocalDate CERTIFICATE = LocalDate.of(2025, 7, 20);
    /** The demo reviewer account. */
    static final String REVIEWER = "danhgia.hoang";

    private final Kdclgd kdclgd;
    private final AssessmentService assessments;
    private final EvidenceService evidence;
    private final ExternalReviewService reviews;
    private final RecognitionService recognition;
    private final CatalogRegistry catalogs;
    private final EntityManager em;

    ReviewDemoData(Kdclgd kdclgd, AssessmentService assessments, EvidenceService evidence, ExternalReviewService reviews,
                   RecognitionService recognition, CatalogRegistry catalogs, EntityManager em) {
        this.kdclgd = kdclgd;
        this.assessments = assessments;
        this.evidence = evidence;
        this.reviews = reviews;
        this.recognition = recognition;
        this.catalogs = catalogs;
        this.em = em;
    }

    /** Creates the review data; {@code provinceId} is the Sở whose officer (so.canbo) runs the reviews. */
    void create(UUID provinceId, School primary, School published) {
        Actor officer = Actor.of("so.canbo", Grant.unitOfficer(provinceId));
        Actor primaryAdmin = Actor.of(DemoData.prefix(primary.getCode()) + ".admin", Grant.school(Role.SCHOOL_ADMIN, primary.getId()));

        // 2021-2022: Mức 3 only in the first criterion of each standard, so Mức 2 → accreditation cấp độ 2, 15/04/2022 – 15/04/2027.
        Catalog earlierCatalog = catalogFor(primary, LocalDate.of(2021, 8, 1));
        SelfAssessment earlier = selfAssessment(primaryAdmin, primary, earlierCatalog, EARLIER_YEAR, LocalDate.of(2021, 10, 15),
                (c, level) -> level < 3 || c.code().endsWith(".1"), false);
        PublishedVersion earlierVersion = publishOn(primaryAdmin, earlier.getId(), LocalDate.of(2022, 3, 10));
        ExternalReview earlierReview = reviews.register(primaryAdmin, earlierVersion.getId(), LocalDate.of(2022, 3, 15), true, false);
        em.flush();
        review(officer, earlierReview.getId(), earlierVersion, earlierCatalog, Map.of());
        reviews.decide(officer, earlierReview.getId(), earlierVersion.getSchoolLevel(), LocalDate.of(2022, 4, 8));
        recognition.issueCertificate(officer, earlierReview.getId(), RecognitionKind.ACCREDITATION, "215/QĐ-SGDĐT", EARLIER_CERTIFICATE);
        em.flush();

        // 2024-2025: Mức 3 (every item met, no Mức-4 item) → national standard mức độ 2 from 20/07/2025.
        Catalog catalog = catalogFor(primary, LocalDate.of(2024, 8, 1));
        SelfAssessment current = selfAssessment(primaryAdmin, primary, catalog, YEAR, LocalDate.of(2024, 9, 20), (c, level) -> true, true);
        PublishedVersion version = publishOn(primaryAdmin, current.getId(), LocalDate.of(2025, 5, 26));
        ExternalReview review = reviews.register(primaryAdmin, version.getId(), LocalDate.of(2025, 5, 30), true, true);
        em.flush();
        String firstLevel4 = catalog.level4().map(l -> l.items().get(0).key()).orElseThrow();
        review(officer, review.getId(), version, catalog, Map.of("MUC4|4|" + firstLevel4, true));
        reviews.decide(officer, review.getId(), version.getSchoolLevel(), LocalDate.of(2025, 7, 10));
        recognition.issueCertificate(officer, review.getId(), RecognitionKind.NATIONAL_STANDARD, "1520/QĐ-UBND", CERTIFICATE);
        em.flush();
        for (SelfAssessment a : List.of(earlier, current)) {
            assessments.advance(primaryAdmin, a.getId()); // PUBLISHED → FOLLOW_UP: the school may start 2026-2027
        }
        em.flush();

        // Nguyễn Du (TT57, published today) asks for national standard: REGISTERED, waiting for a team.
        Actor nguyenDuAdmin = Actor.of(DemoData.prefix(published.getCode()) + ".admin", Grant.school(Role.SCHOOL_ADMIN, published.getId()));
        SelfAssessment a = assessments.ofSchool(nguyenDuAdmin, published.getId()).get(0);
        List<PublishedVersion> versions = assessments.publishedVersions(nguyenDuAdmin, a.getId());
        reviews.register(nguyenDuAdmin, versions.get(versions.size() - 1).getId(), LocalDate.now(kdclgd.clock()), false, true);
        em.flush();
    }

    private Catalog catalogFor(School s, LocalDate date) {
        return catalogs.forSchool(new SchoolType(s.getSchoolType()), date).orElseThrow();
    }

    /**
     * A 2018-regime self-assessment up to REPORT: 7-member council (Điều 24), one working group per standard,
     * plan, one evidence item per criterion, evaluations with {@code met(criterion, level)} for every item and,
     * when {@code level4}, the Mức-4 items judged not met.
     */
    private SelfAssessment selfAssessment(Actor admin, School s, Catalog catalog, String year, LocalDate councilDate,
                                          BiFunction<Criterion, Integer, Boolean> met, boolean level4) {
        SelfAssessment a = assessments.create(admin, s.getId(), year, catalog.id());
        em.flush();
        UUID id = a.getId();
        List<CouncilMemberInput> members = List.of(
                CouncilMemberInput.of("Võ Thị Ngọc Hân", StaffPosition.PRINCIPAL, CouncilRole.CHAIR, null),
                CouncilMemberInput.of("Ngô Văn Phúc", StaffPosition.VICE_PRINCIPAL, CouncilRole.VICE_CHAIR, null),
                CouncilMemberInput.of("Huỳnh Thị Kim", StaffPosition.HEAD_OF_TEAM, CouncilRole.SECRETARY, null),
                CouncilMemberInput.of("Trương Minh Quân", StaffPosition.HEAD_OF_TEAM, CouncilRole.MEMBER, null),
                CouncilMemberInput.of("Lâm Thị Thảo", StaffPosition.HEAD_OF_TEAM, CouncilRole.MEMBER, null),
                CouncilMemberInput.of("Đặng Quốc Việt", StaffPosition.TEACHER, CouncilRole.MEMBER, null),
                CouncilMemberInput.of("Bùi Thị Yến", StaffPosition.STAFF, CouncilRole.MEMBER, null));
        List<CouncilMember> council = assessments.setCouncil(admin, id, "05/QĐ-" + s.getCode() + "-" + year.substring(0, 4), councilDate, members);
        em.flush();
        assessments.addWorkingGroup(admin, id, "Nhóm thư ký", WorkingGroup.Kind.SECRETARIAT, Set.of(council.get(2).getId()), Set.of());
        catalog.standards().forEach(st -> assessments.addWorkingGroup(admin, id, "Nhóm công tác tiêu chuẩn " + st.number(),
                WorkingGroup.Kind.WORKING_GROUP, Set.of(council.get(1).getId(), council.get(2 + st.number() % 5).getId()),
                Set.copyOf(st.criteria().stream().map(Criterion::code).toList())));
        int startYear = Integer.parseInt(year.substring(0, 4));
        List<ExpectedEvidence> expected = catalog.criteria().stream()
                .map(c -> new ExpectedEvidence(c.code(), "Văn bản, hồ sơ chứng minh tiêu chí " + c.code(), "Nhóm công tác")).toList();
        assessments.setPlan(admin, id, "Tự đánh giá năm học " + year + " theo " + catalog.circular().orElse(catalog.id())
                        + " để cải tiến chất lượng và đăng ký đánh giá ngoài.",
                List.of(new Milestone(councilDate, councilDate.plusDays(14), "Thành lập hội đồng, lập kế hoạch"),
                        new Milestone(LocalDate.of(startYear, 11, 1), LocalDate.of(startYear + 1, 1, 31), "Thu thập, xử lý minh chứng"),
                        new Milestone(LocalDate.of(startYear + 1, 2, 1), LocalDate.of(startYear + 1, 3, 5), "Đánh giá tiêu chí, viết báo cáo")),
                expected);
        em.flush();
        Map<String, String> codes = new LinkedHashMap<>();
        for (Criterion c : catalog.criteria()) {
            EvidenceItem item = evidence.addItem(admin, id, c.code(), new EvidenceInput("Hồ sơ tiêu chí " + c.code() + " năm học " + year,
                    c.code() + "/" + s.getCode() + "-" + startYear, LocalDate.of(startYear, 11, 1), s.getName(), null, null, null));
            em.flush();
            codes.put(c.code(), item.getCode());
        }
        for (int step = 0; step < 3; step++) {
            assessments.advance(admin, id);
            em.flush();
        }
        for (Criterion c : catalog.criteria()) {
            List<ItemJudgement> judgements = new ArrayList<>();
            boolean allMet = true;
            for (int level = 1; level <= c.maxLevel(); level++) {
                List<Item> items = c.items(level);
                for (int i = 0; i < items.size(); i++) {
                    boolean m = i > 0 || met.apply(c, level);
                    allMet &= m;
                    judgements.add(new ItemJudgement(level, items.get(i).key(), m));
                }
            }
            String code = codes.get(c.code());
            long v = assessments.evaluation(admin, id, c.code()).getVersion();
            assessments.saveEvaluation(admin, id, c.code(), v, new EvaluationInput(
                    "Nhà trường thực hiện các yêu cầu của tiêu chí " + c.code() + ", có hồ sơ lưu trữ (" + code + ").",
                    "Hồ sơ đầy đủ, được cập nhật thường xuyên (" + code + ").",
                    allMet ? null : "Một yêu cầu của Mức 3 chưa đạt.",
                    "Duy trì kết quả và tiếp tục cải tiến tiêu chí " + c.code() + ".", judgements));
        }
        if (level4) {
            List<ItemJudgement> judgements = catalog.level4().orElseThrow().items().stream()
                    .map(i -> new ItemJudgement(4, i.key(), false)).toList();
            long v = assessments.evaluation(admin, id, AssessmentService.LEVEL4).getVersion();
            assessments.saveEvaluation(admin, id, AssessmentService.LEVEL4, v, new EvaluationInput(null, null, null, null, judgements));
        }
        assessments.advance(admin, id); // RATING → REPORT
        em.flush();
        return a;
    }

    /** Publishes through an {@link AssessmentService} whose clock stands at 09:00 on {@code day} (see the class comment). */
    private PublishedVersion publishOn(Actor admin, UUID assessmentId, LocalDate day) {
        ZoneId zone = kdclgd.clock().getZone();
        Kdclgd then = Kdclgd.builder().entityManager(kdclgd::em).catalogs(kdclgd.catalogs()).validator(kdclgd.validator())
                .clock(Clock.fixed(day.atTime(9, 0).atZone(zone).toInstant(), zone)).build();
        PublishedVersion v = new AssessmentService(then).publish(admin, assessmentId);
        em.flush();
        return v;
    }

    /**
     * Team (danhgia.hoang as head) and the reviewer's judgements: the school's own, except the items in
     * {@code overrides} ({@code criterion|level|key} → met).
     */
    private void review(Actor officer, UUID reviewId, PublishedVersion version, Catalog catalog, Map<String, Boolean> overrides) {
        reviews.assignTeam(officer, reviewId, List.of(new ReviewerAssignment(REVIEWER, "Hoàng Văn Đức", "Trưởng đoàn")));
        em.flush();
        Actor reviewer = Actor.of(REVIEWER, Grant.reviewer(reviewId));
        List<ReviewerJudgement> judgements = new ArrayList<>();
        reviews.sideBySide(reviewer, reviewId).criteria().forEach(row -> row.items().stream()
                .filter(i -> i.school().isPresent())
                .sorted(Comparator.comparingInt(vn.kdclgd.core.service.SideBySide.ItemRow::level))
                .forEach(i -> {
                    String key = row.criterion() + "|" + i.level() + "|" + i.itemKey();
                    judgements.add(new ReviewerJudgement(REVIEWER, row.criterion(), i.level(), i.itemKey(),
                            overrides.getOrDefault(key, i.school().get())));
                }));
        reviews.recordJudgements(reviewer, reviewId, judgements);
        em.flush();
    }
}
