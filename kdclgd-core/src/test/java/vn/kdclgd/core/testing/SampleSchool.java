package vn.kdclgd.core.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.Campus;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.ReviewerJudgement;
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
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/**
 * A realistic THCS school built directly with entities: units (province, a dissolved district, the
 * commune/ward that replaced it), two school years — 2024-2025 under TT18-2018 (published twice,
 * externally reviewed, accredited) and 2026-2027 under TT57-2026-PT (published) — a council of 7,
 * working groups, an evaluation of every criterion with item judgements and evidence citations, 30+
 * evidence items with real files (one file shared by two items, one item with two files), improvement
 * actions with reviews, profiles, certificates and audit lines. A second school lives beside it and must
 * never leak into its dossier.
 */
public final class SampleSchool {
    /** The school's code. */
    public static final String CODE = "79000701";

    private final EntityManager em;
    private final EvidenceStore store;
    private final List<Object> all = new ArrayList<>();
    private final List<PublishedVersion> versions = new ArrayList<>();
    /** The school. */
    public School school;
    /** The other school in the same database. */
    public School otherSchool;
    /** Number of evidence items of {@link #school}. */
    public int evidenceItems;

    private SampleSchool(EntityManager em, EvidenceStore store) {
        this.em = em;
        this.store = store;
    }

    /** Builds and persists the sample in {@code em}'s transaction; files go to {@code store}. */
    public static SampleSchool build(EntityManager em, EvidenceStore store) {
        SampleSchool s = new SampleSchool(em, store);
        s.build();
        s.all.forEach(em::persist);
        return s;
    }

    private <T> T keep(T o) {
        all.add(o);
        return o;
    }

    private StoredFile file(String name, String text, int repeat, String mediaType) {
        String body = "%PDF-1.4\n% kdclgd sample evidence\n" + (text + "\n").repeat(repeat) + "%%EOF\n";
        return store.put(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), name, mediaType);
    }

    private void build() {
        CatalogRegistry catalogs = CatalogRegistry.bundled();
        SupervisingUnit province = keep(new SupervisingUnit("79", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", UnitKind.PROVINCE, null,
                LocalDate.of(2008, 1, 1)));
        SupervisingUnit district = keep(new SupervisingUnit("79-760", "Phòng Giáo dục và Đào tạo Quận 1", UnitKind.DISTRICT_LEGACY, province,
                LocalDate.of(2008, 1, 1)));
        district.setValidTo(LocalDate.of(2025, 6, 30));
        SupervisingUnit ward = keep(new SupervisingUnit("79-26734", "UBND phường Bến Thành — Phòng Văn hóa – Xã hội", UnitKind.COMMUNE_WARD,
                province, LocalDate.of(2025, 7, 1)));
        keep(new SupervisingUnit("01", "Sở Giáo dục và Đào tạo Hà Nội", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1)));

        school = keep(new School(CODE, "Trường THCS Nguyễn Du", "THCS", Set.of("THCS")));
        school.getCampuses().add(new Campus("Điểm chính", "139 Lý Tự Trọng, phường Bến Thành", true));
        school.getCampuses().add(new Campus("Điểm lẻ Trần Hưng Đạo", "12 Trần Hưng Đạo", false));
        UnitMembership old = keep(new UnitMembership(school, district, LocalDate.of(2010, 8, 1)));
        old.setValidTo(LocalDate.of(2025, 6, 30));
        keep(new UnitMembership(school, ward, LocalDate.of(2025, 7, 1)));

        SchoolProfile p1 = keep(new SchoolProfile(school, "2024-2025"));
        p1.setCount("classes.total", 28);
        p1.setCount("students.total", 1_132);
        p1.setCount("students.female", 561);
        p1.setCount("staff.teachers", 64);
        SchoolProfile p2 = keep(new SchoolProfile(school, "2026-2027"));
        p2.setCount("classes.total", 30);
        p2.setCount("students.total", 1_205);

        Catalog tt18 = catalogs.get("TT18-2018");
        Catalog tt57 = catalogs.get("TT57-2026-PT");
        List<EvidenceItem> oldItems = evidence(tt18, "2024-2025", true);
        SelfAssessment a1 = assessment(tt18, "2024-2025", oldItems, AssessmentState.FOLLOW_UP, 2);
        List<EvidenceItem> newItems = evidence(tt57, "2026-2027", false);
        SelfAssessment a2 = assessment(tt57, "2026-2027", newItems, AssessmentState.PUBLISHED, 1);

        // One file shared by two items, one item with two files, one item with a link only.
        StoredFile shared = file("Quyet dinh thanh lap hoi dong.pdf", "Quyết định thành lập hội đồng tự đánh giá", 40, "application/pdf");
        oldItems.get(0).getFiles().add(shared);
        newItems.get(0).getFiles().add(shared);
        newItems.get(1).getFiles().add(file("Bien ban hop.docx", "Biên bản họp hội đồng", 30,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        EvidenceItem linkOnly = keep(new EvidenceItem(school, "MC.4.1.09", "Hồ sơ thiết bị dạy học số (liên kết)"));
        linkOnly.getLinks().add("https://so-gddt.example.invalid/thcs-nguyen-du/thiet-bi");
        evidenceItems = oldItems.size() + newItems.size() + 1;

        PublishedVersion reviewed = versions.get(1);
        ExternalReview review = keep(new ExternalReview(reviewed, LocalDate.of(2025, 6, 20), true, true));
        review.setState(ExternalReview.State.DECIDED);
        review.getTeam().add(new ReviewerAssignment("reviewer-01", "Lê Văn Cường", "Trưởng đoàn"));
        review.getTeam().add(new ReviewerAssignment("reviewer-02", "Phạm Thị Dung", "Thư ký"));
        review.getTeam().add(new ReviewerAssignment("reviewer-03", "Võ Minh Đức", "Thành viên"));
        review.getJudgements().add(new ReviewerJudgement("reviewer-01", "1.1", 1, "a", true));
        review.getJudgements().add(new ReviewerJudgement("reviewer-01", "1.1", 2, "a", true));
        review.getJudgements().add(new ReviewerJudgement("reviewer-02", "2.1", 1, "b", false));
        review.setResultLevel(2);
        review.setDecidedOn(LocalDate.of(2025, 8, 15));
        Certificate accreditation = keep(new Certificate(school, "accreditation", 2, "TT18-2018", LocalDate.of(2025, 8, 15),
                LocalDate.of(2030, 8, 15)));
        accreditation.setDecisionNumber("1234/QĐ-SGDĐT");
        accreditation.setReview(review);
        Certificate national = keep(new Certificate(school, "nationalStandard", 1, "TT18-2018", LocalDate.of(2019, 5, 2),
                LocalDate.of(2024, 5, 2)));
        national.setDecisionNumber("567/QĐ-UBND");
        national.revoke(LocalDate.of(2023, 1, 10), "Không duy trì điều kiện về cơ sở vật chất; thu hồi theo quyết định 12/QĐ-SGDĐT");

        Instant t = Instant.parse("2024-09-05T01:02:03.123456Z");
        keep(new AuditEntry(t, "hieutruong", "school.create", "School", school.getId(), school.getId(), "{\"code\":\"" + CODE + "\"}"));
        keep(new AuditEntry(t.plusSeconds(86_400), "thuky", "assessment.create", "SelfAssessment", a1.getId(), school.getId(), null));
        keep(new AuditEntry(Instant.parse("2025-05-30T08:00:00Z"), "hieutruong", "assessment.publish", "PublishedVersion",
                versions.get(1).getId(), school.getId(), "{\"number\":2}"));
        keep(new AuditEntry(Instant.parse("2026-10-01T02:00:00Z"), "thuky", "evaluation.update", "CriterionEvaluation", null,
                school.getId(), "{\"criterion\":\"1.1\",\"text\":\"Cập nhật \\\"hiện trạng\\\"\"}"));
        keep(new AuditEntry(Instant.parse("2027-06-10T03:00:00Z"), "hieutruong", "assessment.publish", "PublishedVersion",
                versions.get(2).getId(), school.getId(), "{\"number\":1}"));

        otherSchool = keep(new School("01000123", "Trường THCS Chu Văn An", "THCS", Set.of("THCS")));
        keep(new UnitMembership(otherSchool, province, LocalDate.of(2010, 8, 1)));
        EvidenceItem foreign = keep(new EvidenceItem(otherSchool, "MC.1.1.01", "Kế hoạch của trường khác"));
        foreign.getFiles().add(file("khac.pdf", "Tài liệu của trường khác", 5, "application/pdf"));
        keep(new AuditEntry(t, "admin-khac", "school.create", "School", otherSchool.getId(), otherSchool.getId(), null));
        keep(new AuditEntry(t, "system", "catalog.reload", "-", null, null, null));
    }

    private List<EvidenceItem> evidence(Catalog catalog, String year, boolean old) {
        List<EvidenceItem> items = new ArrayList<>();
        for (Criterion c : catalog.criteria()) {
            int n = c.standardNumber() <= 2 ? 2 : 1;
            for (int i = 1; i <= n; i++) {
                String code = old ? "[H" + c.standardNumber() + "-" + c.code() + "-0" + i + "]" : "MC." + c.code() + ".0" + i;
                EvidenceItem e = keep(new EvidenceItem(school, code, "Minh chứng " + i + " của tiêu chí " + c.code() + " (" + year + ")"));
                e.setDocumentNumber(i + c.numberInStandard() + "/QĐ-THCSND");
                e.setIssuedOn(LocalDate.of(Integer.parseInt(year.substring(0, 4)), 9, 1 + c.numberInStandard()));
                e.setIssuer("Trường THCS Nguyễn Du");
                if (i == 2) {
                    e.setValidFrom(e.getIssuedOn());
                    e.setValidUntil(e.getIssuedOn().plusYears(1));
                }
                if (!old && c.standardNumber() == 1) {
                    e.setPreviousCode("[H1-1." + c.numberInStandard() + "-01]");
                    e.setNeedsReview(true);
                }
                e.getFiles().add(file(code.replaceAll("[\\[\\]]", "") + ".pdf",
                        "Nội dung minh chứng " + code + " — năm học " + year, c.code().equals("1.1") ? 4_000 : 20 + i, "application/pdf"));
                items.add(e);
            }
        }
        return items;
    }

    private SelfAssessment assessment(Catalog catalog, String year, List<EvidenceItem> items, AssessmentState state, int publications) {
        int y = Integer.parseInt(year.substring(0, 4));
        SelfAssessment a = keep(new SelfAssessment(school, year, catalog.id()));
        a.setState(state);
        a.setCouncilDecision("Quyết định số 15/QĐ-THCSND ngày 10/9/" + y);
        a.setCouncilDecisionDate(LocalDate.of(y, 9, 10));
        a.setPlanPurpose("Tự đánh giá năm học " + year + " theo " + catalog.id() + " để cải tiến chất lượng.");
        a.getTimeline().add(new Milestone(LocalDate.of(y, 9, 10), LocalDate.of(y, 9, 20), "Thành lập hội đồng, phân công"));
        a.getTimeline().add(new Milestone(LocalDate.of(y, 9, 21), LocalDate.of(y, 12, 31), "Thu thập minh chứng"));
        a.getTimeline().add(new Milestone(LocalDate.of(y + 1, 1, 2), LocalDate.of(y + 1, 5, 30), "Viết và công bố báo cáo"));
        String[][] people = {{"Nguyễn Thị Hoa", "PRINCIPAL", "CHAIR", "hieutruong"}, {"Trần Văn Bình", "VICE_PRINCIPAL", "VICE_CHAIR", "phohieutruong"},
                {"Lê Thị Mai", "HEAD_OF_TEAM", "SECRETARY", "thuky"}, {"Phạm Quốc Anh", "HEAD_OF_TEAM", "MEMBER", "totruong-toan"},
                {"Đỗ Thu Trang", "TEACHER", "MEMBER", "gv-van"}, {"Hoàng Minh Tuấn", "STAFF", "MEMBER", null},
                {"Vũ Thị Lan", "OTHER", "MEMBER", null}};
        List<CouncilMember> members = new ArrayList<>();
        for (String[] p : people) {
            CouncilMember m = keep(new CouncilMember(a, p[0], StaffPosition.valueOf(p[1]), CouncilRole.valueOf(p[2]), p[3]));
            m.setTitle(p[1].equals("OTHER") ? "Trưởng ban đại diện cha mẹ học sinh" : "Cán bộ, giáo viên");
            m.setQaTrained(!p[1].equals("OTHER"));
            members.add(m);
        }
        WorkingGroup secretariat = keep(new WorkingGroup(a, "Nhóm thư ký", WorkingGroup.Kind.SECRETARIAT));
        secretariat.getMemberIds().add(members.get(2).getId());
        secretariat.getMemberIds().add(members.get(5).getId());
        for (var s : catalog.standards()) {
            WorkingGroup g = keep(new WorkingGroup(a, "Nhóm công tác số " + s.number(), WorkingGroup.Kind.WORKING_GROUP));
            g.getMemberIds().add(members.get(3 + s.number() % 4).getId());
            g.getMemberIds().add(members.get(1).getId());
            s.criteria().forEach(c -> g.getCriteria().add(c.code()));
        }
        int k = 0;
        for (Criterion c : catalog.criteria()) {
            List<EvidenceItem> cited = items.stream().filter(e -> e.getTitle().contains("tiêu chí " + c.code() + " ")).toList();
            CriterionEvaluation ev = keep(new CriterionEvaluation(a, c.code()));
            StringBuilder text = new StringBuilder("Mô tả hiện trạng tiêu chí " + c.code() + ": ");
            for (EvidenceItem e : cited) {
                text.append("Nhà trường có ").append(e.getTitle().toLowerCase()).append(' ').append(e.getCode()).append(". ");
                keep(new EvidenceUse(a, e, c.code()));
            }
            ev.setCurrentState(text.toString());
            ev.setStrengths("Điểm mạnh của tiêu chí " + c.code() + ".");
            ev.setWeaknesses(k % 3 == 0 ? "Điểm yếu: hồ sơ lưu trữ chưa đầy đủ." : null);
            ev.setImprovementPlan("Duy trì và cải tiến tiêu chí " + c.code() + " trong năm học " + vn.kdclgd.core.model.SchoolYears.next(year) + ".");
            for (int level = 1; level <= c.maxLevel(); level++) {
                for (Item item : c.items(level)) {
                    ev.getJudgements().add(new ItemJudgement(level, item.key(), level == 1 || (k + item.key().hashCode()) % 4 != 0));
                }
            }
            if (k % 5 == 0) {
                ImprovementAction act = keep(new ImprovementAction(a, c.code(), "Bổ sung minh chứng và cập nhật hồ sơ tiêu chí " + c.code(),
                        "Phó hiệu trưởng", LocalDate.of(y + 1, 3, 31)));
                act.setStatus(k % 2 == 0 ? ImprovementAction.Status.IN_PROGRESS : ImprovementAction.Status.DONE);
                act.getReviews().add(new ActionReview(LocalDate.of(y, 12, 20), "Nguyễn Thị Hoa", "Đang thực hiện đúng tiến độ"));
                act.getReviews().add(new ActionReview(LocalDate.of(y + 1, 5, 20), null, "Đã hoàn thành phần lớn"));
            }
            a.getExpectedEvidence().add(new ExpectedEvidence(c.code(), "Các văn bản, hồ sơ chứng minh tiêu chí " + c.code(),
                    k % 2 == 0 ? "Nhóm công tác" : null));
            k++;
        }
        keep(new ImprovementAction(a, null, "Tập huấn tự đánh giá cho toàn bộ giáo viên", "Hiệu trưởng", LocalDate.of(y + 1, 1, 15)));
        for (int n = 1; n <= publications; n++) {
            String snapshot = "{\"assessment\":\"" + a.getId() + "\",\"version\":" + n + ",\"text\":\"Báo cáo tự đánh giá năm học " + year + "\"}";
            PublishedVersion v = keep(new PublishedVersion(a, n, Instant.parse((y + 1) + "-05-" + (10 + n) + "T03:00:00Z"), "hieutruong",
                    vn.kdclgd.core.internal.DossierJson.sha256(snapshot.getBytes(StandardCharsets.UTF_8)), snapshot, 2));
            versions.add(v);
        }
        a.setPublishedVersion(publications);
        return a;
    }

}
