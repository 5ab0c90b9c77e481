package vn.kdclgd.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.evidence.EvidenceCodeScheme;

/**
 * Illustration inputs (a made-up THCS school, "dữ liệu minh hoạ"): for trying templates, the documentation's
 * sample documents, tests and benchmarks. Not real data; the texts say so.
 */
public final class ReportSamples {
    private ReportSamples() {
    }

    /**
     * A complete self-assessment of a sample THCS school against {@code catalog}: council, plan, every criterion
     * evaluated with long texts and evidence citations in the regime's form, {@code evidencePerCriterion}
     * evidence items per criterion (some shared by two criteria), improvement actions with reviews, counts for
     * five school years, the free texts. One Mức-2 item of the first criterion of each standard is not met
     * (so the documents show a weakness), and, for the 2018 regime, one Mức-4 item.
     */
    public static ReportInput sample(Catalog catalog, String schoolYear, int evidencePerCriterion) {
        boolean tt57 = catalog.evidenceCodeScheme() == EvidenceCodeScheme.MC;
        ReportInput.School school = new ReportInput.School("DEMO-THCS-01", "Trường THCS Mẫu (dữ liệu minh hoạ)", "THCS", List.of("THCS"),
                Optional.of("UBND phường Bến Thành — Phòng Văn hóa – Xã hội"), Optional.of("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh"),
                Optional.of("UBND phường Bến Thành — Phòng Văn hóa – Xã hội"), Optional.of("1 Lê Lợi, phường Bến Thành"), 1);
        List<ReportInput.Member> members = List.of(
                new ReportInput.Member("Nguyễn Thị Hoa", Optional.of("Hiệu trưởng"), "PRINCIPAL", "CHAIR"),
                new ReportInput.Member("Trần Văn Bình", Optional.of("Phó hiệu trưởng"), "VICE_PRINCIPAL", "VICE_CHAIR"),
                new ReportInput.Member("Lê Thị Mai", Optional.of("Tổ trưởng tổ Văn phòng"), "HEAD_OF_TEAM", "SECRETARY"),
                new ReportInput.Member("Phạm Quốc Anh", Optional.of("Tổ trưởng tổ Khoa học tự nhiên"), "HEAD_OF_TEAM", "MEMBER"),
                new ReportInput.Member("Đỗ Thu Trang", Optional.of("Tổ trưởng tổ Ngữ văn"), "HEAD_OF_TEAM", "MEMBER"),
                new ReportInput.Member("Hoàng Minh Tuấn", Optional.of("Chủ tịch Công đoàn"), "TEACHER", "MEMBER"),
                new ReportInput.Member("Vũ Thị Lan", Optional.of("Bí thư Chi đoàn"), "TEACHER", "MEMBER"));
        List<ReportInput.Group> groups = new ArrayList<>();
        groups.add(new ReportInput.Group("Nhóm thư ký", true, List.of("Lê Thị Mai", "Vũ Thị Lan"), List.of()));
        for (var s : catalog.standards()) {
            groups.add(new ReportInput.Group("Nhóm công tác tiêu chuẩn " + s.number(), false,
                    List.of(members.get(1 + s.number() % 5).fullName(), members.get(2 + s.number() % 5).fullName()),
                    s.criteria().stream().map(Criterion::code).toList()));
        }
        LocalDate start = LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 9, 8);
        ReportInput.Council council = new ReportInput.Council(
                Optional.of("Quyết định số 12/QĐ-THCS ngày " + Context0.shortDate(start) + " về việc thành lập Hội đồng tự đánh giá"),
                Optional.of(start), members, groups);
        List<ReportInput.Milestone> timeline = List.of(
                new ReportInput.Milestone(start, start.plusDays(12), "Thành lập Hội đồng tự đánh giá; lập và ban hành kế hoạch tự đánh giá"),
                new ReportInput.Milestone(start.plusDays(13), start.plusDays(100), "Thu thập, xử lý, phân tích và mã hoá minh chứng"),
                new ReportInput.Milestone(start.plusDays(101), start.plusDays(200), "Đánh giá các mức đạt được theo từng tiêu chí; viết báo cáo"),
                new ReportInput.Milestone(start.plusDays(201), start.plusDays(230), "Công bố báo cáo tự đánh giá; triển khai kế hoạch cải tiến"));
        List<ReportInput.ExpectedEvidence> expected = new ArrayList<>();
        List<ReportInput.Evaluation> evaluations = new ArrayList<>();
        List<ReportInput.Evidence> evidence = new ArrayList<>();
        List<ReportInput.Action> actions = new ArrayList<>();
        String prev = null;
        for (var s : catalog.standards()) {
            for (Criterion c : s.criteria()) {
                boolean weak = c == s.criteria().get(0);
                List<String> codes = new ArrayList<>();
                for (int i = 1; i <= evidencePerCriterion; i++) {
                    String code = tt57 ? String.format("MC.%s.%02d", c.code(), i)
                            : String.format("[H%d-%s-%02d]", s.number(), c.code(), i);
                    codes.add(code);
                    List<String> used = new ArrayList<>(List.of(c.code()));
                    if (i == 1 && prev != null) {
                        used.add(0, prev);
                    }
                    evidence.add(new ReportInput.Evidence(code, Optional.empty(),
                            TITLES[(i + c.numberInStandard()) % TITLES.length] + " (tiêu chí " + c.code() + ", số " + i + ")",
                            Optional.of(i + "/QĐ-THCS"), Optional.of(start.plusDays(i)), Optional.of(school.name()),
                            i % 7 == 0 ? Optional.of(start.plusYears(1)) : Optional.empty(),
                            tt57 ? List.of("https://drive.example.vn/minh-chung/" + code) : List.of(),
                            List.of(code.replaceAll("[\\[\\]]", "") + ".pdf"), used));
                }
                prev = c.code();
                String cite = tt57 ? "(" + String.join(", ", codes.subList(0, Math.min(2, codes.size()))) + ")"
                        : String.join("", codes.subList(0, Math.min(2, codes.size())));
                StringBuilder state = new StringBuilder();
                for (int level = 1; level <= c.maxLevel(); level++) {
                    state.append("Mức ").append(level).append(": ");
                    for (Item it : c.items(level)) {
                        state.append(it.key().isEmpty() ? "" : it.key() + ") ").append("Nhà trường đã thực hiện: ")
                                .append(shorten(it.text())).append(' ').append(cite).append(". ");
                    }
                    state.append('\n');
                }
                List<ReportInput.Judgement> js = new ArrayList<>();
                for (int level = 1; level <= c.maxLevel(); level++) {
                    List<Item> items = c.items(level);
                    for (int i = 0; i < items.size(); i++) {
                        js.add(new ReportInput.Judgement(level, items.get(i).key(), !(weak && level == 2 && i == 0)));
                    }
                }
                evaluations.add(new ReportInput.Evaluation(c.code(), Optional.of(state.toString().strip()),
                        Optional.of("Nhà trường thực hiện nghiêm túc, đúng quy định các yêu cầu của tiêu chí; hồ sơ lưu trữ đầy đủ, khoa học " + cite + "."),
                        Optional.of(weak ? "Một yêu cầu của Mức 2 chưa đạt do điều kiện cơ sở vật chất còn hạn chế." : "Việc cập nhật hồ sơ có lúc chưa kịp thời."),
                        Optional.of("Năm học tới, Hiệu trưởng chỉ đạo bộ phận phụ trách tiếp tục duy trì và hoàn thiện các yêu cầu của tiêu chí " + c.code() + "."),
                        js));
                expected.add(new ReportInput.ExpectedEvidence(c.code(), "Văn bản, hồ sơ chứng minh các yêu cầu của tiêu chí " + c.code(),
                        Optional.of("Nhóm công tác tiêu chuẩn " + s.number())));
                if (weak) {
                    actions.add(new ReportInput.Action(Optional.of(c.code()), "Hoàn thiện yêu cầu Mức 2 còn thiếu của tiêu chí " + c.code(),
                            Optional.of("Phó hiệu trưởng"), Optional.of(start.plusYears(1)), "IN_PROGRESS",
                            List.of(new ReportInput.Review(start.plusDays(120), "Hội đồng tự đánh giá", "Đã triển khai 50% nội dung"))));
                }
            }
        }
        catalog.level4().ifPresent(l4 -> {
            List<ReportInput.Judgement> js = new ArrayList<>();
            for (int i = 0; i < l4.items().size(); i++) {
                js.add(new ReportInput.Judgement(4, l4.items().get(i).key(), i != 0));
            }
            evaluations.add(new ReportInput.Evaluation(AssessmentService.LEVEL4, Optional.of("Nhà trường đã thực hiện các nội dung Mức 4."),
                    Optional.of("Có kế hoạch chiến lược rõ ràng."), Optional.of("Khoản 1 chưa đạt."), Optional.of("Tiếp tục phấn đấu."), js));
        });
        TreeMap<String, Map<String, Long>> profiles = new TreeMap<>();
        int year = Integer.parseInt(schoolYear.substring(0, 4));
        for (int k = 4; k >= 0; k--) {
            int y = year - k;
            Map<String, Long> counts = new LinkedHashMap<>();
            long students = 0;
            for (int g = 6; g <= 9; g++) {
                long classes = 5 + (g + y) % 2;
                long st = classes * 40 + (g * 3 + y) % 7;
                counts.put("classes.grade." + g, classes);
                counts.put("students.grade." + g, st);
                students += st;
            }
            counts.put("classes.total", counts.entrySet().stream().filter(e -> e.getKey().startsWith("classes.grade.")).mapToLong(Map.Entry::getValue).sum());
            counts.put("students.total", students);
            counts.put("students.female", students * 48 / 100);
            counts.put("students.ethnicMinority", students * 6 / 100);
            counts.put("students.disability", 3L + k % 2);
            counts.put("staff.total", 58L + k);
            counts.put("staff.female", 41L);
            counts.put("staff.ethnicMinority", 2L);
            counts.put("staff.role.PRINCIPAL", 1L);
            counts.put("staff.role.VICE_PRINCIPAL", 2L);
            counts.put("staff.role.TEACHER", 48L + k);
            counts.put("staff.role.STAFF", 7L);
            profiles.put(y + "-" + (y + 1), counts);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(ReportTexts.SCHOOL_PRINCIPAL, "Nguyễn Thị Hoa");
        texts.put(ReportTexts.SCHOOL_PHONE, "028 3800 0000");
        texts.put(ReportTexts.SCHOOL_WEBSITE, "https://thcsmau.example.vn");
        texts.put(ReportTexts.SCHOOL_FOUNDED, "1995");
        texts.put(ReportTexts.SCHOOL_OWNERSHIP, "Công lập");
        texts.put(ReportTexts.SCHOOL_PLACE, "Thành phố Hồ Chí Minh");
        texts.put(ReportTexts.ABBREVIATIONS, "CBQL: Cán bộ quản lý\nGV: Giáo viên\nHS: Học sinh\nTĐG: Tự đánh giá\nUBND: Ủy ban nhân dân");
        String para = "Đây là nội dung minh hoạ do kdclgd tạo để xem thử tài liệu; nhà trường thay bằng nội dung của mình. ";
        for (String k : List.of(ReportTexts.CONTEXT_ECONOMY, ReportTexts.CONTEXT_ADVANTAGES, ReportTexts.CONTEXT_DIFFICULTIES,
                ReportTexts.CONTEXT_LEARNERS, ReportTexts.PROCESS_PLANNING, ReportTexts.PROCESS_IMPLEMENTATION, ReportTexts.PROCESS_REVIEW,
                ReportTexts.PROCESS_CONFIRMATION, ReportTexts.CONCLUSION_OVERVIEW, ReportTexts.RECOMMEND_AUTHORITY, ReportTexts.RECOMMEND_OWNER,
                ReportTexts.INTRO_GENERAL, ReportTexts.INTRO_PURPOSE, ReportTexts.INTRO_PROCESS, ReportTexts.CONCLUSION_GENERAL,
                ReportTexts.LEVEL4_CONCLUSION, ReportTexts.PLAN_PREVIOUS_REVIEW, ReportTexts.PLAN_YEAR_PLAN, ReportTexts.PLAN_ORG_HEAD,
                ReportTexts.PLAN_ORG_COUNCIL, ReportTexts.PLAN_ORG_TEAMS)) {
            texts.put(k, para.repeat(3).strip());
        }
        for (var s : catalog.standards()) {
            for (String part : ReportTexts.STANDARD_PARTS) {
                texts.put(ReportTexts.standard(s.number(), part), para.repeat(2).strip());
            }
        }
        return new ReportInput(school, catalog.id(), schoolYear, Optional.of(start.plusDays(230)), council,
                new ReportInput.Plan(Optional.of("Tự đánh giá năm học " + schoolYear + " để cải tiến chất lượng giáo dục."), timeline, expected),
                evaluations, evidence, actions, profiles, texts);
    }

    private static final String[] TITLES = {"Kế hoạch năm học", "Biên bản họp hội đồng trường", "Quyết định phân công nhiệm vụ",
            "Báo cáo tổng kết năm học", "Sổ theo dõi", "Hồ sơ tổ chuyên môn", "Danh sách học sinh", "Biên bản kiểm tra nội bộ"};

    private static String shorten(String s) {
        String t = s.strip();
        t = t.endsWith(".") || t.endsWith(";") ? t.substring(0, t.length() - 1) : t;
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }

    /** Date formatting without depending on an internal class. */
    private static final class Context0 {
        static String shortDate(LocalDate d) {
            return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
    }
}
