package vn.kdclgd.report.internal.docs.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Standard;

/**
 * The self-assessment plan (Kế hoạch tự đánh giá).
 *
 * <p><b>2018 regime</b>: GUIDANCE.md §4, the template of B2 (headings also B1): the header, sections I–IX
 * with their pre-filled texts verbatim, the council, secretariat and working-group tables, "3. Phân công
 * nhiệm vụ" (one row per criterion, the working group in charge), VI the resources table (per criterion, from
 * the plan's expected evidence; "Thời điểm cần huy động" is not in the input and prints as missing), IX the
 * school's timeline (dates dd/MM/yyyy – dd/MM/yyyy) with a note that the Công văn's Tuần 1…16 table is an
 * illustration, or, when the input has no timeline, the Công văn's example table verbatim; footer Nơi nhận
 * and "TM. HỘI ĐỒNG / CHỦ TỊCH". The circular is chosen by the catalog (TT17 tiểu học, TT18 THCS/THPT, TT19
 * mầm non). B2 covers phổ thông only: in section I "cơ sở giáo dục phổ thông" is replaced by "trường mầm non"
 * for TT19 (adapted, UNCERTAIN). B2 prints "Thông tư số 17/2018/TT- BGDĐT" with a stray space in section III;
 * it is printed without it.
 *
 * <p><b>TT57 regime</b>: the plan's template was NOT FOUND (FORMS.md §6: the plan is only named as an
 * attachment of the report). This is kdclgd's layout: the 2018 structure and texts with TT57's circular and
 * appendix.
 *
 * <p>Values: the common ones, {@code circular.number}, {@code school.kind}, {@code tool.subject},
 * {@code council.decision}, {@code council.size}, {@code council.chair}, {@code plan.purpose},
 * {@code secretariat.members}. Blocks: {@code council}, {@code secretariat}, {@code groups},
 * {@code assignments}, {@code resources}, {@code timeline}.
 */
public final class AssessmentPlan implements DocxDocument {
    private final boolean tt57;

    /** The plan of the TT57 regime ({@code tt57} true) or of the 2018 regime. */
    public AssessmentPlan(boolean tt57) {
        this.tt57 = tt57;
    }

    /** The Công văn's illustration of section IX (Thời gian | Nội dung hoạt động), verbatim. */
    static final List<List<String>> EXAMPLE_TIMELINE = List.of(
            List.of("Tuần 1", "1. Họp lãnh đạo nhà trường để thảo luận dự kiến các thành viên Hội đồng TĐG và các vấn đề liên quan đến triển khai hoạt động TĐG.\n"
                    + "2. Hiệu trưởng ra quyết định thành lập Hội đồng TĐG.\n"
                    + "3. Họp Hội đồng TĐG để:\n- Công bố quyết định thành lập Hội đồng TĐG;\n"
                    + "- Thảo luận về nhiệm vụ cụ thể cho từng thành viên Hội đồng TĐG; phân công nhiệm vụ cụ thể cho các nhóm công tác và cá nhân;\n"
                    + "- Dự kiến thuê chuyên gia tư vấn để giúp Hội đồng TĐG triển khai hoạt động TĐG (nếu có);\n"
                    + "- Dự thảo và ban hành Kế hoạch TĐG.\n"
                    + "4. Phổ biến Kế hoạch TĐG đến toàn thể cán bộ, giáo viên, nhân viên của nhà trường và các bên liên quan."),
            List.of("Tuần 2", "1. Tổ chức hội thảo/tập huấn/hội nghị về nghiệp vụ TĐG cho toàn thể cán bộ, giáo viên, nhân viên của trường và các bên liên quan.\n"
                    + "2. Các nhóm công tác, cá nhân thực hiện xác định nội hàm, phân tích tiêu chí tìm minh chứng cho từng tiêu chí."),
            List.of("Tuần 3 - 5", "1. Các nhóm công tác, cá nhân thực hiện:\n"
                    + "- Xác định nội hàm, phân tích tiêu chí tìm minh chứng cho từng tiêu chí (tiếp theo việc tuần 2);\n"
                    + "- Phân loại và mã hoá các minh chứng thu được.\n"
                    + "2. Hội đồng TĐG thảo luận các minh chứng cho từng tiêu chí đã thu thập được và lập Bảng danh mục mã minh chứng.\n"
                    + "3. Các nhóm chuyên trách, cá nhân viết các Phiếu đánh giá tiêu chí."),
            List.of("Tuần 6 - 7", "Các nhóm chuyên trách, cá nhân viết các Phiếu đánh giá tiêu chí (tiếp theo việc tuần 3 - 5)."),
            List.of("Tuần 8 - 9", "Họp hội đồng TĐG để:\n"
                    + "- Thảo luận về những vấn đề phát sinh từ các minh chứng thu được, những minh chứng cần thu thập bổ sung và các vấn đề liên quan đến hoạt động TĐG (nếu có);\n"
                    + "- Các nhóm chuyên trách, cá nhân báo cáo nội dung của từng Phiếu đánh giá tiêu chí với Hội đồng TĐG;\n"
                    + "- Chỉnh sửa, bổ sung các nội dung của Phiếu đánh giá tiêu chí (trong đó đặc biệt chú ý đến kế hoạch cải tiến chất lượng);\n"
                    + "- Thu thập, xử lý minh chứng bổ sung (nếu có);\n"
                    + "- Dự thảo báo cáo TĐG."),
            List.of("Tuần 10 - 12", "Họp Hội đồng TĐG để:\n"
                    + "- Kiểm tra lại minh chứng được sử dụng trong báo cáo TĐG và các nội dung liên quan (nếu có);\n"
                    + "- Tiếp tục chỉnh sửa, bổ sung dự thảo báo cáo TĐG;\n"
                    + "- Thông qua báo cáo TĐG đã chỉnh sửa, bổ sung;\n"
                    + "- Công bố dự thảo báo cáo TĐG trong nội bộ trường;\n"
                    + "- Thu thập các ý kiến đóng góp dự thảo báo cáo TĐG;\n"
                    + "- Bổ sung và hoàn thiện báo cáo TĐG sau khi có các ý kiến góp ý;\n"
                    + "- Tiếp tục chỉnh sửa, bổ sung và đề xuất những kế hoạch cải tiến chất lượng (nếu có)."),
            List.of("Tuần 13 - 14", "1. Các thành viên của Hội đồng TĐG ký tên vào danh sách trong báo cáo TĐG. Hiệu trưởng ký tên, đóng dấu và ban hành.\n"
                    + "2. Gửi báo cáo TĐG và công văn trong đó có nội dung đã hoàn thành hoạt động TĐG cho cơ quan quản lý trực tiếp để lấy ý kiến.\n"
                    + "3. Chỉnh sửa, bổ sung các ý kiến của cơ quan quản lý trực tiếp (nếu có).\n"
                    + "4. Công bố bản báo cáo TĐG đã hoàn thiện (trong nội bộ nhà trường).\n"
                    + "5. Lưu trữ báo cáo TĐG, các minh chứng và các tài liệu liên quan theo quy định."),
            List.of("Tuần 15 - 16", "1. Tổ chức thực hiện các kế hoạch cải tiến chất lượng theo từng giai đoạn.\n"
                    + "2. Cập nhật lại báo cáo TĐG (nếu cần) trước khi thực hiện việc đăng ký ĐGN với cơ quan có thẩm quyền."));

    @Override
    public byte[] defaultTemplate() {
        return TemplateBuilder.portrait()
                .motto(List.of("{{school.NAME}}", "HỘI ĐỒNG TỰ ĐÁNH GIÁ"), "Số: {{document.number}}", "{{place}}, {{date}}")
                .p(Styles.TITLE, "KẾ HOẠCH TỰ ĐÁNH GIÁ")
                .p(Styles.CENTER, "Năm học {{schoolYear}}")
                .p(Styles.HEADING2, "I. Mục đích tự đánh giá")
                .p(Styles.BODY, "1. Xác định {{school.kind}} đáp ứng mục tiêu giáo dục trong từng giai đoạn; lập kế hoạch cải tiến chất lượng,"
                        + " duy trì và nâng cao chất lượng các hoạt động của nhà trường; thông báo công khai với các cơ quan quản lý nhà nước"
                        + " và xã hội về thực trạng chất lượng của nhà trường; để cơ quan quản lý nhà nước đánh giá, công nhận hoặc không"
                        + " công nhận {{school.kind}} đạt kiểm định chất lượng giáo dục.")
                .p(Styles.BODY, "2. Khuyến khích đầu tư và huy động các nguồn lực cho giáo dục, góp phần tạo điều kiện đảm bảo cho nhà trường"
                        + " không ngừng nâng cao chất lượng, hiệu quả giáo dục; để cơ quan quản lý nhà nước đánh giá, công nhận hoặc không"
                        + " công nhận {{school.kind}} đạt chuẩn quốc gia.")
                .p(Styles.BODY, "3. Các mục đích cụ thể khác (nếu có).")
                .p(Styles.BODY, "{{plan.purpose}}")
                .p(Styles.HEADING2, "II. Phạm vi tự đánh giá")
                .p(Styles.BODY, "Nhà trường triển khai hoạt động TĐG được quy định tại Thông tư số {{circular.number}}.")
                .p(Styles.HEADING2, "III. Công cụ tự đánh giá")
                .p(Styles.BODY, "Công cụ TĐG là tiêu chuẩn đánh giá {{tool.subject}} ban hành kèm theo Thông tư số {{circular.number}}"
                        + " và các tài liệu hướng dẫn.")
                .p(Styles.HEADING2, "IV. Hội đồng tự đánh giá")
                .p(Styles.HEADING3, "1. Thành phần Hội đồng TĐG")
                .p(Styles.BODY, "Hội đồng TĐG được thành lập theo {{council.decision}}, Hội đồng gồm có {{council.size}} thành viên.")
                .block("council")
                .p(Styles.HEADING3, "2. Nhóm thư ký và các nhóm công tác")
                .p(Styles.BODY, "a) Nhóm thư ký")
                .block("secretariat")
                .p(Styles.BODY, "b) Nhóm công tác")
                .block("groups")
                .p(Styles.HEADING3, "3. Phân công nhiệm vụ")
                .p(Styles.BODY, "a) Nhóm thư ký: {{secretariat.members}}.")
                .p(Styles.BODY, "b) Các nhóm công tác, cá nhân (Có thể bao gồm: các thành viên trong Hội đồng TĐG, cán bộ, giáo viên, nhân viên,...)")
                .block("assignments")
                .p(Styles.HEADING2, "V. Tập huấn nghiệp vụ tự đánh giá (nếu có)")
                .p(Styles.BODY, "1. Thời gian …")
                .p(Styles.BODY, "2. Thành phần …")
                .p(Styles.BODY, "3. Nội dung, chương trình tập huấn,…")
                .p(Styles.HEADING2, "VI. Dự kiến các nguồn lực (nhân lực, tài chính,...) và thời điểm cần huy động/cung cấp")
                .block("resources")
                .p(Styles.HEADING2, "VII. Dự kiến thuê chuyên gia tư vấn để giúp Hội đồng triển khai TĐG")
                .p(Styles.BODY, "Xác định các lĩnh vực cần thuê chuyên gia, mục đích thuê chuyên gia, vai trò của chuyên gia, số lượng chuyên gia,"
                        + " thời gian cần thuê chuyên gia, kinh phí thuê chuyên gia,...")
                .p(Styles.HEADING2, "VIII. Lập Bảng danh mục mã minh chứng")
                .p(Styles.BODY, "Sau khi các nhóm công tác, cá nhân thực hiện xác định nội hàm, phân tích tiêu chí tìm minh chứng cho từng tiêu chí;"
                        + " phân loại và mã hoá các minh chứng thu được. Hội đồng TĐG thảo luận các minh chứng cho từng tiêu chí đã thu thập được"
                        + " và lập Bảng danh mục mã minh chứng.")
                .p(Styles.BODY, "Bảng danh mục mã minh chứng được trình bày bảng theo chiều ngang của khổ A4 (có thể để riêng và sau đó để ở"
                        + " phần Phụ lục của báo cáo TĐG).")
                .p(Styles.HEADING2, "IX. Thời gian và nội dung hoạt động")
                .p(Styles.BODY, "Tuỳ theo từng điều kiện cụ thể, mỗi trường xác định thời gian thực hiện phù hợp để hoàn thành hoạt động TĐG.")
                .block("timeline")
                .signatures(List.of("*Nơi nhận:*", "- Cơ quan chủ quản (để b/c);", "- Hội đồng TĐG (để th/h);",
                                "- Cán bộ, giáo viên, nhân viên nhà trường (để th/h);", "- Lưu: …"),
                        List.of("TM. HỘI ĐỒNG", "CHỦ TỊCH", "*(Ký, ghi rõ họ tên)*", "", "", "", "{{council.chair}}"))
                .build();
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        Map<String, Optional<String>> v = new LinkedHashMap<>(c.commonValues());
        ReportInput in = c.input();
        v.put("circular.number", Optional.of(FormSupport.circularNumber(c.catalog())));
        v.put("school.kind", Optional.of(FormSupport.schoolKind(c.catalog())));
        v.put("tool.subject", Optional.of(FormSupport.toolSubject(c.catalog())));
        v.put("council.decision", in.council().decision());
        int n = in.council().members().size();
        v.put("council.size", n == 0 ? Optional.empty() : Optional.of(Integer.toString(n)));
        v.put("council.chair", FormSupport.chair(in));
        v.put("plan.purpose", in.plan().purpose());
        v.put("secretariat.members", FormSupport.secretariat(in).filter(g -> !g.members().isEmpty())
                .map(g -> String.join(", ", g.members())));
        return v;
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        ReportInput in = c.input();
        Map<String, DocxRenderer.Block> b = new LinkedHashMap<>();
        b.put("council", w -> FormSupport.memberTable(w, in));
        b.put("secretariat", w -> FormSupport.secretariatTable(w, in));
        b.put("groups", w -> FormSupport.groupTable(w, in));
        b.put("assignments", w -> assignments(w, c));
        b.put("resources", w -> resources(w, c));
        b.put("timeline", w -> timeline(w, c));
        return b;
    }

    /** STT | Tiêu chí | Nhóm công tác, cá nhân chịu trách nhiệm | Ghi chú — one row per criterion of the catalog. */
    private static void assignments(Wml w, Context c) {
        w.tableStart(new int[] {700, 3900, 3755, 1000}, true);
        w.headerRow(List.of(Wml.cell("STT"), Wml.cell("Tiêu chí"), Wml.cell("Nhóm công tác, cá nhân chịu trách nhiệm"), Wml.cell("Ghi chú")));
        int n = 0;
        for (Criterion cr : c.catalog().criteria()) {
            n++;
            Optional<ReportInput.Group> g = FormSupport.groupOf(c.input(), cr.code());
            w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell("Tiêu chí " + cr.code() + ": " + cr.name()),
                    Wml.cell(g.map(x -> x.members().isEmpty() ? x.name() : x.name() + " (" + String.join(", ", x.members()) + ")")),
                    Wml.cell(""));
        }
        w.tableEnd();
    }

    /**
     * Tiêu chuẩn | Tiêu chí | Các nguồn lực cần huy động/cung cấp | Thời điểm cần huy động | Ghi chú — every criterion,
     * the standard's cell merged down; the resources are the plan's expected evidence (missing when none), Ghi chú
     * who collects it.
     */
    private static void resources(Wml w, Context c) {
        w.tableStart(new int[] {1300, 800, 3655, 1600, 2000}, true);
        w.headerRow(List.of(Wml.cell("Tiêu chuẩn"), Wml.cell("Tiêu chí"), Wml.cell("Các nguồn lực cần huy động/cung cấp"),
                Wml.cell("Thời điểm cần huy động"), Wml.cell("Ghi chú")));
        Map<String, List<ReportInput.ExpectedEvidence>> byCriterion = c.input().plan().expectedEvidence().stream()
                .collect(Collectors.groupingBy(ReportInput.ExpectedEvidence::criterion, LinkedHashMap::new, Collectors.toList()));
        for (Standard s : c.catalog().standards()) {
            boolean first = true;
            for (Criterion cr : s.criteria()) {
                List<ReportInput.ExpectedEvidence> ee = byCriterion.getOrDefault(cr.code(), List.of());
                Wml.Cell what = ee.isEmpty() ? Wml.cell(Wml.missing())
                        : Wml.cellOf(ee.stream().map(e -> List.of(Wml.text(e.description()))).toList());
                String who = ee.stream().flatMap(e -> e.responsible().stream()).distinct().collect(Collectors.joining("; "));
                w.row(first ? Wml.cell("Tiêu chuẩn " + s.number()).mergeDown() : Wml.merged(), Wml.cell(cr.code()).center(), what,
                        Wml.cell(Wml.missing()), Wml.cell(who));
                first = false;
            }
        }
        w.tableEnd();
    }

    /** The school's timeline, or the Công văn's illustration when there is none. */
    private void timeline(Wml w, Context c) {
        List<ReportInput.Milestone> ms = c.input().plan().timeline();
        int[] widths = {2900, 6455};
        if (ms.isEmpty()) {
            w.p(Styles.BODY, "Sau đây là ví dụ minh họa về thời gian và nội dung hoạt động triển khai thực hiện hoạt động TĐG:");
            w.tableStart(widths, true);
            w.headerRow(List.of(Wml.cell("Thời gian"), Wml.cell("Nội dung hoạt động")));
            for (List<String> row : EXAMPLE_TIMELINE) {
                w.row(Wml.cell(row.get(0)).center(), Wml.cell(row.get(1)));
            }
            w.tableEnd();
            return;
        }
        w.tableStart(widths, true);
        w.headerRow(List.of(Wml.cell("Thời gian"), Wml.cell("Nội dung hoạt động")));
        for (ReportInput.Milestone m : ms) {
            w.row(Wml.cell(Context.shortDate(m.start()) + " – " + Context.shortDate(m.end())).center(), Wml.cell(m.activity()));
        }
        w.tableEnd();
        w.p(Styles.NOTE, Wml.italic("Ghi chú: thời gian và nội dung hoạt động trên do nhà trường xác định; bảng Tuần 1 … Tuần 16 trong "
                + (tt57 ? "Công văn 5932/5942/BGDĐT-QLCL (hướng dẫn của chế độ 2018)" : "Công văn " + FormSupport.guidanceNumber(c.catalog()) + "/BGDĐT-QLCL")
                + " chỉ là ví dụ minh họa."));
    }
}
