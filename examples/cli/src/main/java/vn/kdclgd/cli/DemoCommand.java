package vn.kdclgd.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.persistence.EntityManager;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.Campus;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.UnitMembership;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.spi.EvidenceStore;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.rating.Judgements;
import vn.kdclgd.rules.rating.RatingEngine;
import vn.kdclgd.rules.rating.RatingJson;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * {@code kdclgd demo [--db DIR]}: a local installation with a sample THCS school and a completed
 * TT57-2026-PT self-assessment (council of 5, plan, evidence with files, evaluations of all 15 criteria
 * with item judgements and evidence citations, a published version), rated with the rating engine. Run
 * again on the same folder it rates the stored assessment again.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Tạo cơ sở dữ liệu mẫu (H2) có một trường THCS đã tự đánh giá theo TT57-2026-PT và in kết quả xếp mức.",
                "Create a sample local database (H2) with a THCS school's completed TT57-2026-PT self-assessment and print its rating (JSON).",
                "The CLI acts as a built-in local administrator (kdclgd-cli) of its database.",
                "Then: kdclgd dossier export --db DIR --school " + DemoCommand.SCHOOL_CODE + " --out dossier.zip"})
final class DemoCommand implements Callable<Integer> {
    static final String SCHOOL_CODE = "DEMO-THCS-01";
    static final String CATALOG = "TT57-2026-PT";
    static final String YEAR = "2026-2027";

    @ParentCommand
    KdclgdCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "kdclgd-demo",
            description = "Thư mục cơ sở dữ liệu / database folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Override
    public Integer call() {
        Catalog catalog = root.registry().get(CATALOG);
        try (LocalDatabase local = LocalDatabase.open(db, true, root.registry())) {
            RatingResult result = local.tx.run(() -> {
                SelfAssessment a = ensure(local, catalog);
                return RatingEngine.rate(catalog, judgements(local.tx.current(), a));
            });
            spec.commandLine().getOut().print(RatingJson.toJson(result));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** The demo school's self-assessment, created when the database does not have it (inside a transaction). */
    static SelfAssessment ensure(LocalDatabase local, Catalog catalog) {
        EntityManager em = local.tx.current();
        List<SelfAssessment> existing = em.createQuery(
                        "select a from SelfAssessment a where a.school.code = :code and a.catalogId = :catalog", SelfAssessment.class)
                .setParameter("code", SCHOOL_CODE).setParameter("catalog", CATALOG).getResultList();
        return existing.isEmpty() ? create(em, local.kdclgd.evidenceStore(), catalog) : existing.get(0);
    }

    private static Judgements judgements(EntityManager em, SelfAssessment a) {
        Judgements.Builder b = Judgements.builder();
        for (CriterionEvaluation e : em.createQuery("select e from CriterionEvaluation e where e.assessment = :a", CriterionEvaluation.class)
                .setParameter("a", a).getResultList()) {
            for (ItemJudgement j : e.getJudgements()) {
                b.item(e.getCriterion(), j.level(), j.itemKey(), j.met());
            }
        }
        return b.build();
    }

    private static SelfAssessment create(EntityManager em, EvidenceStore store, Catalog catalog) {
        SupervisingUnit province = em.createQuery("select u from SupervisingUnit u where u.code = '79'", SupervisingUnit.class)
                .getResultStream().findFirst().orElse(null);
        if (province == null) {
            province = new SupervisingUnit("79", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1));
            em.persist(province);
        }
        SupervisingUnit ward = new SupervisingUnit("DEMO-26734", "UBND phường Bến Thành — Phòng Văn hóa – Xã hội", UnitKind.COMMUNE_WARD,
                province, LocalDate.of(2025, 7, 1));
        em.persist(ward);
        School school = new School(SCHOOL_CODE, "Trường THCS Mẫu (dữ liệu minh hoạ)", "THCS", Set.of("THCS"));
        school.getCampuses().add(new Campus("Điểm chính", "1 Lê Lợi, phường Bến Thành", true));
        em.persist(school);
        em.persist(new UnitMembership(school, ward, LocalDate.of(2025, 7, 1)));
        SchoolProfile profile = new SchoolProfile(school, YEAR);
        profile.setCount("classes.total", 24);
        profile.setCount("students.total", 962);
        profile.setCount("staff.teachers", 51);
        em.persist(profile);

        SelfAssessment a = new SelfAssessment(school, YEAR, catalog.id());
        a.setCouncilDecision("Quyết định số 12/QĐ-THCS ngày 08/9/2026 về việc thành lập hội đồng tự đánh giá");
        a.setCouncilDecisionDate(LocalDate.of(2026, 9, 8));
        a.setPlanPurpose("Tự đánh giá năm học " + YEAR + " theo Thông tư 57/2026/TT-BGDĐT để cải tiến chất lượng giáo dục.");
        a.getTimeline().add(new Milestone(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 20), "Thành lập hội đồng, lập kế hoạch"));
        a.getTimeline().add(new Milestone(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 12, 31), "Thu thập, xử lý minh chứng"));
        a.getTimeline().add(new Milestone(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 30), "Đánh giá tiêu chí, viết báo cáo"));
        a.getTimeline().add(new Milestone(LocalDate.of(2027, 5, 4), LocalDate.of(2027, 5, 31), "Công bố báo cáo tự đánh giá"));
        em.persist(a);

        String[][] council = {{"Nguyễn Thị Hoa", "PRINCIPAL", "CHAIR", "hieutruong"},
                {"Trần Văn Bình", "VICE_PRINCIPAL", "VICE_CHAIR", "phohieutruong"},
                {"Lê Thị Mai", "HEAD_OF_TEAM", "SECRETARY", "thuky"},
                {"Phạm Quốc Anh", "HEAD_OF_TEAM", "MEMBER", "totruong-khtn"},
                {"Đỗ Thu Trang", "TEACHER", "MEMBER", "gv-van"}};
        CouncilMember[] members = new CouncilMember[council.length];
        for (int i = 0; i < council.length; i++) {
            members[i] = new CouncilMember(a, council[i][0], StaffPosition.valueOf(council[i][1]), CouncilRole.valueOf(council[i][2]), council[i][3]);
            members[i].setQaTrained(true);
            em.persist(members[i]);
        }
        WorkingGroup secretariat = new WorkingGroup(a, "Nhóm thư ký", WorkingGroup.Kind.SECRETARIAT);
        secretariat.getMemberIds().add(members[2].getId());
        em.persist(secretariat);
        for (var standard : catalog.standards()) {
            WorkingGroup g = new WorkingGroup(a, "Nhóm công tác tiêu chuẩn " + standard.number(), WorkingGroup.Kind.WORKING_GROUP);
            g.getMemberIds().add(members[1 + (standard.number() % 4)].getId());
            standard.criteria().forEach(c -> g.getCriteria().add(c.code()));
            em.persist(g);
        }

        String weak = catalog.mandatoryCriteria().get(0).code();
        for (Criterion c : catalog.criteria()) {
            String code = "MC." + c.code() + ".01";
            EvidenceItem item = new EvidenceItem(school, code, "Hồ sơ minh chứng tiêu chí " + c.code() + " năm học " + YEAR);
            item.setIssuer(school.getName());
            item.setIssuedOn(LocalDate.of(2026, 10, 1));
            byte[] content = ("Minh chứng " + code + " — " + c.name() + "\n(tài liệu mẫu do kdclgd demo tạo)\n").getBytes(StandardCharsets.UTF_8);
            StoredFile file = store.put(new ByteArrayInputStream(content), code + ".txt", "text/plain");
            item.getFiles().add(file);
            em.persist(item);
            em.persist(new EvidenceUse(a, item, c.code()));
            a.getExpectedEvidence().add(new ExpectedEvidence(c.code(), "Văn bản, hồ sơ chứng minh tiêu chí " + c.code(), "Nhóm công tác"));

            CriterionEvaluation ev = new CriterionEvaluation(a, c.code());
            ev.setCurrentState("Nhà trường đã thực hiện đầy đủ yêu cầu Mức 1 của tiêu chí " + c.code() + " (" + code + ").");
            ev.setStrengths("Thực hiện nghiêm túc, có hồ sơ lưu trữ đầy đủ (" + code + ").");
            ev.setWeaknesses(c.code().equals(weak) ? "Một yêu cầu của Mức 2 chưa đạt." : null);
            ev.setImprovementPlan("Duy trì kết quả; năm học tới hoàn thiện các yêu cầu Mức 2 của tiêu chí " + c.code() + ".");
            for (int level = 1; level <= c.maxLevel(); level++) {
                List<Item> items = c.items(level);
                for (int i = 0; i < items.size(); i++) {
                    boolean met = level == 1 || !(c.code().equals(weak) && i == 0);
                    ev.getJudgements().add(new ItemJudgement(level, items.get(i).key(), met));
                }
            }
            em.persist(ev);
            if (c.code().equals(weak)) {
                em.persist(new ImprovementAction(a, c.code(), "Hoàn thiện yêu cầu Mức 2 còn thiếu của tiêu chí " + c.code(),
                        "Phó hiệu trưởng", LocalDate.of(2027, 12, 31)));
            }
        }
        em.flush();
        RatingResult result = RatingEngine.rate(catalog, judgements(em, a));
        String snapshot = RatingJson.toJson(result);
        Instant publishedAt = Instant.parse("2027-05-31T03:00:00Z");
        PublishedVersion version = new PublishedVersion(a, 1, publishedAt, "hieutruong", sha256(snapshot), snapshot, result.schoolLevel());
        em.persist(version);
        a.setPublishedVersion(1);
        a.setState(AssessmentState.PUBLISHED);
        em.persist(new AuditEntry(Instant.now(), LocalDatabase.ACTOR_ID, "demo.create", "School", school.getId(), school.getId(),
                "{\"catalog\":\"" + catalog.id() + "\"}"));
        em.persist(new AuditEntry(publishedAt, "hieutruong", "assessment.publish", "PublishedVersion", version.getId(), school.getId(),
                "{\"number\":1}"));
        return a;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
