package vn.kdclgd.app.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kdclgd.app.account.AccountKind;
import vn.kdclgd.app.account.AccountRepository;
import vn.kdclgd.app.account.AccountService;
import vn.kdclgd.app.account.AccountService.NewAccount;
import vn.kdclgd.app.account.AppUser;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.CouncilMemberInput;
import vn.kdclgd.core.service.EvaluationInput;
import vn.kdclgd.core.service.EvidenceInput;
import vn.kdclgd.core.service.EvidenceService;
import vn.kdclgd.core.service.ImprovementService;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/**
 * Demo data, created through kdclgd's services (so it is audited and checked like real work) when the
 * database has no account yet and {@code kdclgd.demo.enabled} is true (the default):
 *
 * <ul>
 *   <li>the Sở of Hồ Chí Minh City with two wards;</li>
 *   <li>{@value #PUBLISHED_SCHOOL}: a THCS whose TT57-2026-PT self-assessment 2026-2027 is complete and published;</li>
 *   <li>{@value #WORKING_SCHOOL}: a THCS at the rating step — council, plan and evidence done, three criteria
 *       still to evaluate (the browser tests complete it);</li>
 *   <li>{@value #PRIMARY_SCHOOL}: a primary school in the other ward with two published 2018-regime self-assessments,
 *       reviewed and recognised (accreditation expiring within a year, national standard), see {@link ReviewDemoData};
 *       {@value #PUBLISHED_SCHOOL} registered for national standard (REGISTERED);</li>
 *   <li>accounts for every kind, all with the password {@value #PASSWORD}, listed in the README.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "kdclgd.demo.enabled", havingValue = "true", matchIfMissing = true)
public class DemoData implements ApplicationRunner {
    /** The password of every demo account. */
    public static final String PASSWORD = "kdclgd-demo";
    /** The school with a published self-assessment. */
    public static final String PUBLISHED_SCHOOL = "79701001";
    /** The school at the rating step. */
    public static final String WORKING_SCHOOL = "79701002";
    /** The primary school in the second ward. */
    public static final String PRIMARY_SCHOOL = "79702001";
    /** School year of the demo self-assessments. */
    public static final String YEAR = "2026-2027";
    /** Catalog of the demo self-assessments. */
    public static final String CATALOG = "TT57-2026-PT";
    /** Criteria of the working school left without evaluation. */
    public static final List<String> LEFT_TO_EVALUATE = List.of("4.1", "4.2", "4.3");

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String SETUP = "kdclgd-demo";

    private final TransactionTemplate tx;
    private final AccountRepository accountRepository;
    private final AccountService accounts;
    private final OrganisationService organisation;
    private final AssessmentService assessments;
    private final EvidenceService evidence;
    private final ImprovementService improvement;
    private final CatalogRegistry catalogs;
    private final EntityManager em;
    private final ReviewDemoData reviews;

    DemoData(TransactionTemplate tx, AccountRepository accountRepository, AccountService accounts, OrganisationService organisation,
             AssessmentService assessments, EvidenceService evidence, ImprovementService improvement, CatalogRegistry catalogs,
             EntityManager em, ReviewDemoData reviews) {
        this.tx = tx;
        this.accountRepository = accountRepository;
        this.accounts = accounts;
        this.organisation = organisation;
        this.assessments = assessments;
        this.evidence = evidence;
        this.improvement = improvement;
        this.catalogs = catalogs;
        this.em = em;
        this.reviews = reviews;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accountRepository.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> create());
        LOG.info("Demo data created in {} ms: sign in at /login as so.admin, benthanh.canbo, nguyendu.admin or leloi.admin (password {})",
                (System.nanoTime() - start) / 1_000_000, PASSWORD);
    }

    private void create() {
        Actor setup = Actor.of(SETUP);
        SupervisingUnit province = organisation.createUnit(setup, "79", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", UnitKind.PROVINCE,
                null, LocalDate.of(2008, 1, 1));
        em.flush();
        Actor officer = Actor.of(SETUP, Grant.unitOfficer(province.getId()));
        SupervisingUnit benThanh = organisation.createUnit(officer, "26734", "UBND phường Bến Thành", UnitKind.COMMUNE_WARD,
                province.getId(), LocalDate.of(2025, 7, 1));
        SupervisingUnit saiGon = organisation.createUnit(officer, "26740", "UBND phường Sài Gòn", UnitKind.COMMUNE_WARD,
                province.getId(), LocalDate.of(2025, 7, 1));
        em.flush();
        LocalDate joined = LocalDate.of(2025, 7, 1);
        School nguyenDu = organisation.createSchool(officer, benThanh.getId(), PUBLISHED_SCHOOL, "Trường THCS Nguyễn Du (dữ liệu minh hoạ)",
                "THCS", Set.of("THCS"), joined);
        School leLoi = organisation.createSchool(officer, benThanh.getId(), WORKING_SCHOOL, "Trường THCS Lê Lợi (dữ liệu minh hoạ)",
                "THCS", Set.of("THCS"), joined);
        School primary = organisation.createSchool(officer, saiGon.getId(), PRIMARY_SCHOOL, "Trường Tiểu học Sài Gòn (dữ liệu minh hoạ)",
                "TIEU_HOC", Set.of("TIEU_HOC"), joined);
        em.flush();

        AppUser provinceAdmin = new AppUser(null, SETUP, "", "demo", AccountKind.PROVINCE_ADMIN, null, province.getId(), true);
        account(provinceAdmin, "so.admin", "Quản trị Sở GD&ĐT TP.HCM", AccountKind.PROVINCE_ADMIN, null, province.getId());
        account(provinceAdmin, "so.canbo", "Trần Minh Khoa (Phòng Quản lý chất lượng)", AccountKind.UNIT_OFFICER, null, province.getId());
        account(provinceAdmin, "benthanh.canbo", "Lê Thị Thu (Phòng VH-XH phường Bến Thành)", AccountKind.UNIT_OFFICER, null, benThanh.getId());
        account(provinceAdmin, "saigon.canbo", "Phạm Văn Tâm (Phòng VH-XH phường Sài Gòn)", AccountKind.UNIT_OFFICER, null, saiGon.getId());
        account(provinceAdmin, "danhgia.hoang", "Hoàng Văn Đức (chuyên gia đánh giá ngoài)", AccountKind.REVIEWER, null, null);
        for (School s : List.of(nguyenDu, leLoi, primary)) {
            String prefix = prefix(s.getCode());
            account(provinceAdmin, prefix + ".admin", "Quản trị " + s.getName().replace(" (dữ liệu minh hoạ)", ""), AccountKind.SCHOOL_ADMIN,
                    s.getId(), null);
        }

        Catalog catalog = catalogs.get(CATALOG);
        Map<Integer, Integer> history = new LinkedHashMap<>();
        history.put(2024, 900);
        history.put(2025, 935);
        history.put(2026, 962);
        for (School s : List.of(nguyenDu, leLoi)) {
            Actor admin = Actor.of(SETUP, Grant.school(Role.SCHOOL_ADMIN, s.getId()));
            history.forEach((year, students) -> organisation.recordProfile(admin, s.getId(), year + "-" + (year + 1),
                    Map.of("students.total", students, "classes.total", students / 40, "staff.teachers", 48 + (year - 2024) * 2)));
            boolean complete = s == nguyenDu;
            staff(provinceAdmin, s, complete);
            assessment(admin, s, catalog, complete);
        }
        em.flush();
        reviews.create(province.getId(), primary, nguyenDu);
    }

    private void staff(AppUser province, School s, boolean complete) {
        String p = prefix(s.getCode());
        AppUser schoolAdmin = new AppUser(null, p + ".admin", "", "", AccountKind.SCHOOL_ADMIN, s.getId(), null, true);
        for (String[] m : council(p)) {
            account(schoolAdmin, m[3], m[0], AccountKind.SCHOOL_STAFF, s.getId(), null);
        }
    }

    /** Name, position, council role, account. */
    private static List<String[]> council(String p) {
        return List.of(new String[] {"Nguyễn Thị Hoa", "PRINCIPAL", "CHAIR", p + ".hieutruong"},
                new String[] {"Trần Văn Bình", "VICE_PRINCIPAL", "VICE_CHAIR", p + ".phohieutruong"},
                new String[] {"Lê Thị Mai", "HEAD_OF_TEAM", "SECRETARY", p + ".thuky"},
                new String[] {"Phạm Quốc Anh", "HEAD_OF_TEAM", "MEMBER", p + ".gv1"},
                new String[] {"Đỗ Thu Trang", "TEACHER", "MEMBER", p + ".gv2"});
    }

    private void assessment(Actor admin, School s, Catalog catalog, boolean complete) {
        SelfAssessment a = assessments.create(admin, s.getId(), YEAR, catalog.id());
        em.flush();
        UUID id = a.getId();
        String p = prefix(s.getCode());
        List<CouncilMemberInput> members = new ArrayList<>();
        for (String[] m : council(p)) {
            members.add(new CouncilMemberInput(m[0], null, StaffPosition.valueOf(m[1]), CouncilRole.valueOf(m[2]), m[3], true));
        }
        List<CouncilMember> council = assessments.setCouncil(admin, id, "12/QĐ-" + s.getCode(), LocalDate.of(2026, 9, 8), members);
        em.flush();
        assessments.addWorkingGroup(admin, id, "Nhóm thư ký", WorkingGroup.Kind.SECRETARIAT, Set.of(council.get(2).getId()), Set.of());
        // Standard 1 and 3 to the first teacher (gv1), 2 and 4 to the second (gv2): a member edits only these criteria.
        Map<Integer, Set<String>> byMember = new LinkedHashMap<>();
        catalog.standards().forEach(st -> byMember.computeIfAbsent(st.number() % 2 == 1 ? 3 : 4, k -> new HashSet<>())
                .addAll(st.criteria().stream().map(Criterion::code).toList()));
        byMember.forEach((member, criteria) -> assessments.addWorkingGroup(admin, id,
                "Nhóm công tác " + (member == 3 ? "tiêu chuẩn 1, 3" : "tiêu chuẩn 2, 4"), WorkingGroup.Kind.WORKING_GROUP,
                Set.of(council.get(member).getId(), council.get(1).getId()), criteria));
        List<ExpectedEvidence> expected = catalog.criteria().stream()
                .map(c -> new ExpectedEvidence(c.code(), "Văn bản, hồ sơ chứng minh tiêu chí " + c.code(), "Nhóm công tác")).toList();
        assessments.setPlan(admin, id, "Tự đánh giá năm học " + YEAR + " theo Thông tư 57/2026/TT-BGDĐT để cải tiến chất lượng giáo dục.",
                List.of(new Milestone(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 20), "Thành lập hội đồng, lập kế hoạch"),
                        new Milestone(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 12, 31), "Thu thập, xử lý minh chứng"),
                        new Milestone(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 30), "Đánh giá tiêu chí, viết báo cáo"),
                        new Milestone(LocalDate.of(2027, 5, 4), LocalDate.of(2027, 5, 31), "Công bố báo cáo tự đánh giá")),
                expected);
        Map<String, String> codes = new LinkedHashMap<>();
        for (Criterion c : catalog.criteria()) {
            EvidenceItem item = evidence.addItem(admin, id, c.code(), new EvidenceInput("Hồ sơ minh chứng tiêu chí " + c.code() + " năm học " + YEAR,
                    "TC" + c.code() + "/" + s.getCode(), LocalDate.of(2026, 10, 1), s.getName(), null, null, null));
            em.flush();
            evidence.attachFile(admin, item.getId(), new ByteArrayInputStream(("Minh chứng " + item.getCode() + " — " + c.name()
                    + "\n(tài liệu mẫu do kdclgd tạo)\n").getBytes(StandardCharsets.UTF_8)), item.getCode() + ".txt", "text/plain");
            codes.put(c.code(), item.getCode());
        }
        em.flush();
        for (int step = 0; step < 3; step++) {
            assessments.advance(admin, id);
            em.flush();
        }
        String weak = catalog.mandatoryCriteria().get(0).code();
        for (Criterion c : catalog.criteria()) {
            if (!complete && LEFT_TO_EVALUATE.contains(c.code())) {
                continue;
            }
            String code = codes.get(c.code());
            List<ItemJudgement> judgements = new ArrayList<>();
            for (int level = 1; level <= c.maxLevel(); level++) {
                List<Item> items = c.items(level);
                for (int i = 0; i < items.size(); i++) {
                    judgements.add(new ItemJudgement(level, items.get(i).key(), level == 1 || !(c.code().equals(weak) && i == 0)));
                }
            }
            long version = assessments.evaluation(admin, id, c.code()).getVersion();
            assessments.saveEvaluation(admin, id, c.code(), version, new EvaluationInput(
                    "Nhà trường đã thực hiện đầy đủ yêu cầu Mức 1 của tiêu chí " + c.code() + " (" + code + ").",
                    "Thực hiện nghiêm túc, có hồ sơ lưu trữ đầy đủ (" + code + ").",
                    c.code().equals(weak) ? "Một yêu cầu của Mức 2 chưa đạt." : null,
                    "Duy trì kết quả; năm học tới hoàn thiện các yêu cầu Mức 2 của tiêu chí " + c.code() + ".", judgements));
        }
        if (complete) {
            improvement.addAction(admin, id, weak, "Hoàn thiện yêu cầu Mức 2 còn thiếu của tiêu chí " + weak, "Phó hiệu trưởng",
                    LocalDate.of(2027, 12, 31));
            em.flush();
            assessments.advance(admin, id);
            em.flush();
            assessments.publish(admin, id);
        }
    }

    private void account(AppUser creator, String username, String name, AccountKind kind, UUID schoolId, UUID unitId) {
        accounts.create(creator, new NewAccount(username, name, kind, schoolId, unitId, PASSWORD), false);
    }

    /** Account name prefix of a demo school. */
    public static String prefix(String schoolCode) {
        return switch (schoolCode) {
            case PUBLISHED_SCHOOL -> "nguyendu";
            case WORKING_SCHOOL -> "leloi";
            default -> "saigon-th";
        };
    }
}
