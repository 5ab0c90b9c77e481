package vn.kdclgd.report.internal.docs.tt57;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportTexts;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.rating.CriterionResult;

/**
 * TT57 improvement plan (Biểu 2 / Mẫu số 2 Phụ lục V), A4 landscape, as FORMS.md §4: the NĐ30 header with
 * "Số: …/KH-…", the title "KẾ HOẠCH" / "Cải tiến chất lượng giáo dục năm học …", sections I–VIII (the QUOTED
 * texts of III, the note of IV and VIII verbatim in the template), Nơi nhận and the HIỆU TRƯỞNG signature.
 *
 * <p>Decisions:
 * <ul>
 * <li>Table IV has one row per criterion whose evaluation states weaknesses (catalog order): Đánh giá hiện
 * trạng is the criterion's level, Điểm hạn chế the weaknesses; the input has no field for the cause, so
 * Nguyên nhân của hạn chế prints missing.</li>
 * <li>Table V has one row per improvement action: Nội dung cải tiến = the criterion and the action's
 * description; Mục tiêu, Hoạt động/giải pháp, Chỉ số, Nguồn lực and Minh chứng dự kiến are not in the input
 * and print missing. The values of Mức độ thực hiện (Chưa thực hiện / Đang thực hiện / Hoàn thành / Dừng)
 * are the application's, not the regulation's.</li>
 * <li>Table VI rows "Cuối học kỳ I" and "Cuối năm học" are family B's (REPORTED); the action reviews dated
 * before 1 February of the school year's second calendar year fill the first row, later ones the second
 * (the cut-off is the application's).</li>
 * </ul>
 */
public final class ImprovementPlan57 implements DocxDocument {
    /** The ten columns of table V. */
    static final List<String> PLAN_COLUMNS = List.of("TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động/giải pháp",
            "Chỉ số đánh giá kết quả", "Thời gian thực hiện", "Đơn vị/cá nhân phụ trách", "Nguồn lực bảo đảm",
            "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Mức độ thực hiện");
    /** The columns of table IV. */
    static final List<String> ISSUE_COLUMNS = List.of("TT", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng",
            "Điểm hạn chế", "Nguyên nhân của hạn chế");
    /** The columns of table VI. */
    static final List<String> MONITOR_COLUMNS = List.of("Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện",
            "Điều chỉnh (nếu có)", "Người đánh giá");

    @Override
    public byte[] defaultTemplate() {
        return TemplateBuilder.landscape()
                .motto(List.of("{{school.PARENT_BODY}}", "{{school.NAME}}"), "Số: {{document.number}}", "{{place}}, {{date}}")
                .p(Styles.TITLE, "KẾ HOẠCH")
                .p(Styles.TITLE, "Cải tiến chất lượng giáo dục năm học {{schoolYear}}")
                .labelled(Styles.PLAIN, "I. THÔNG TIN CHUNG", "")
                .labelled(Styles.BODY, "1. Tên cơ sở giáo dục: ", "{{school.name}}")
                .labelled(Styles.BODY, "2. Loại hình: ", "{{school.ownership}}")
                .labelled(Styles.BODY, "3. Địa chỉ: ", "{{school.address}}")
                .labelled(Styles.PLAIN, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "")
                .p(Styles.BODY, "1. Báo cáo tự đánh giá năm học {{schoolYear}};")
                .p(Styles.BODY, "2. Kết quả rà soát việc thực hiện kế hoạch cải tiến chất lượng năm học trước;")
                .block("text." + ReportTexts.PLAN_PREVIOUS_REVIEW)
                .p(Styles.BODY, "3. Kế hoạch năm học và định hướng phát triển của cơ sở giáo dục.")
                .block("text." + ReportTexts.PLAN_YEAR_PLAN)
                .labelled(Styles.PLAIN, "III. MỤC ĐÍCH, YÊU CẦU", "")
                .labelled(Styles.BODY, "1. Mục đích", "")
                .p(Styles.BODY, "a) Xác định các vấn đề trọng tâm cần cải tiến trên cơ sở kết quả tự đánh giá;")
                .p(Styles.BODY, "b) Tổ chức thực hiện các giải pháp nhằm nâng cao chất lượng giáo dục;")
                .p(Styles.BODY, "c) Tăng cường hiệu quả quản trị, sử dụng nguồn lực và trách nhiệm giải trình của cơ sở giáo dục.")
                .labelled(Styles.BODY, "2. Yêu cầu", "")
                .p(Styles.BODY, "a) Bảo đảm tính trọng tâm, khả thi, hiệu quả, phù hợp với điều kiện thực tế;")
                .p(Styles.BODY, "b) Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên;")
                .p(Styles.BODY, "c) Xác định rõ: nội dung, mục tiêu, biện pháp, thời gian, nguồn lực, trách nhiệm và kết quả;")
                .p(Styles.BODY, "d) Gắn với kế hoạch năm học và kế hoạch phát triển của cơ sở giáo dục;")
                .p(Styles.BODY, "đ) Có cơ chế theo dõi, đánh giá và điều chỉnh trong quá trình thực hiện.")
                .labelled(Styles.PLAIN, "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", "").keepNext()
                .block("issues")
                .p(Styles.NOTE, "Lưu ý: Chỉ lựa chọn các vấn đề trọng tâm, có tác động trực tiếp đến chất lượng giáo dục để đưa vào kế hoạch cải tiến.")
                .labelled(Styles.PLAIN, "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", "").keepNext()
                .block("actions")
                .labelled(Styles.PLAIN, "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)", "").keepNext()
                .block("monitoring")
                .labelled(Styles.PLAIN, "VII. TỔ CHỨC THỰC HIỆN", "")
                .labelled(Styles.BODY, "1. Người đứng đầu cơ sở giáo dục", "")
                .block("text." + ReportTexts.PLAN_ORG_HEAD)
                .labelled(Styles.BODY, "2. Hội đồng tự đánh giá", "")
                .block("text." + ReportTexts.PLAN_ORG_COUNCIL)
                .labelled(Styles.BODY, "3. Các tổ chuyên môn và bộ phận liên quan", "")
                .block("text." + ReportTexts.PLAN_ORG_TEAMS)
                .labelled(Styles.PLAIN, "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO", "")
                .p(Styles.BODY, "a) Thực hiện rà soát, đánh giá tối thiểu 02 lần trong năm học;")
                .p(Styles.BODY, "b) Kết quả thực hiện kế hoạch cải tiến là cơ sở để cập nhật báo cáo tự đánh giá và xây dựng kế hoạch cải tiến của năm học tiếp theo;")
                .p(Styles.BODY, "c) Bảo đảm công khai, minh bạch và phục vụ trách nhiệm giải trình của cơ sở giáo dục./.")
                .signatures(List.of("*Nơi nhận:*", "- ……;", "- Lưu: VT."),
                        List.of("HIỆU TRƯỞNG", "*(Ký, ghi rõ họ tên, đóng dấu)*", "", "", "", "{{school.principal}}"))
                .build();
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        Map<String, Optional<String>> v = new LinkedHashMap<>(c.commonValues());
        v.put("document.number", Optional.of(c.text(ReportTexts.DOCUMENT_NUMBER).orElse("…/KH-…")));
        v.put("school.ownership", c.text(ReportTexts.SCHOOL_OWNERSHIP));
        return v;
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        Map<String, DocxRenderer.Block> b = new LinkedHashMap<>();
        for (String key : List.of(ReportTexts.PLAN_PREVIOUS_REVIEW, ReportTexts.PLAN_YEAR_PLAN, ReportTexts.PLAN_ORG_HEAD,
                ReportTexts.PLAN_ORG_COUNCIL, ReportTexts.PLAN_ORG_TEAMS)) {
            b.put("text." + key, w -> Parts57.paragraphs(w, c.text(key)));
        }
        b.put("issues", w -> issues(w, c));
        b.put("actions", w -> actions(w, c));
        b.put("monitoring", w -> monitoring(w, c));
        return b;
    }

    static void issues(Wml w, Context c) {
        w.tableStart(new int[] {600, 2600, 3000, 1500, 3870, 3000}, true);
        w.headerRow(ISSUE_COLUMNS.stream().map(Wml::cell).toList());
        int n = 0;
        for (Standard s : c.catalog().standards()) {
            for (Criterion cr : s.criteria()) {
                Optional<String> weak = c.input().evaluation(cr.code()).flatMap(ReportInput.Evaluation::weaknesses).filter(x -> !x.isBlank());
                if (weak.isEmpty()) {
                    continue;
                }
                n++;
                CriterionResult r = c.rating().criteria().get(cr.code());
                w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell("Tiêu chuẩn " + s.number() + ". " + s.name()),
                        Wml.cell("Tiêu chí " + cr.code() + ". " + cr.name()),
                        Wml.cell(r == null ? Optional.empty() : Parts57.levelShort(r)), Parts57.cellLines(weak), Wml.cell(Wml.missing()));
            }
        }
        if (n == 0) {
            w.row(Wml.cell(Wml.missing()).span(6));
        }
        w.tableEnd();
    }

    static void actions(Wml w, Context c) {
        w.tableStart(new int[] {600, 2600, 1300, 1300, 1300, 1300, 1570, 1300, 1900, 1400}, true);
        w.headerRow(PLAN_COLUMNS.stream().map(Wml::cell).toList());
        List<Wml.Cell> numbers = new ArrayList<>();
        for (int i = 1; i <= PLAN_COLUMNS.size(); i++) {
            numbers.add(Wml.cell("(" + i + ")"));
        }
        w.headerRow(numbers);
        int n = 0;
        for (ReportInput.Action a : c.input().improvementActions()) {
            n++;
            String what = a.criterion().map(code -> "Tiêu chí " + code + ": ").orElse("") + a.description();
            w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell(what), Wml.cell(Wml.missing()), Wml.cell(Wml.missing()),
                    Wml.cell(Wml.missing()), Wml.cell(a.deadline().map(Context::shortDate)).center(), Wml.cell(a.owner()),
                    Wml.cell(Wml.missing()), Wml.cell(Wml.missing()), Wml.cell(Optional.of(status(a.status()))));
        }
        if (n == 0) {
            w.row(Wml.cell(Wml.missing()).span(PLAN_COLUMNS.size()));
        }
        w.tableEnd();
    }

    /** The application's wording of an action's status. */
    static String status(String status) {
        return switch (status) {
            case "PLANNED" -> "Chưa thực hiện";
            case "IN_PROGRESS" -> "Đang thực hiện";
            case "DONE" -> "Hoàn thành";
            case "DROPPED" -> "Dừng";
            default -> status;
        };
    }

    static void monitoring(Wml w, Context c) {
        int second = Integer.parseInt(c.input().schoolYear().substring(0, 4)) + 1;
        LocalDate cutoff = LocalDate.of(second, 2, 1);
        w.tableStart(new int[] {2000, 3800, 4370, 2200, 2200}, true);
        w.headerRow(MONITOR_COLUMNS.stream().map(Wml::cell).toList());
        for (int period = 0; period < 2; period++) {
            List<String> what = new ArrayList<>();
            List<String> results = new ArrayList<>();
            LinkedHashSet<String> reviewers = new LinkedHashSet<>();
            for (ReportInput.Action a : c.input().improvementActions()) {
                for (ReportInput.Review r : a.reviews()) {
                    boolean first = r.reviewedOn().isBefore(cutoff);
                    if (first != (period == 0)) {
                        continue;
                    }
                    String label = a.criterion().map(code -> "Tiêu chí " + code + ": ").orElse("");
                    what.add(label + a.description());
                    results.add(label + r.finding() + " (" + Context.shortDate(r.reviewedOn()) + ")");
                    reviewers.add(r.reviewer());
                }
            }
            w.row(Wml.cell(period == 0 ? "Cuối học kỳ I" : "Cuối năm học"), lines(what), lines(results),
                    Wml.cell(Wml.missing()), lines(new ArrayList<>(reviewers)));
        }
        w.tableEnd();
    }

    private static Wml.Cell lines(List<String> lines) {
        return lines.isEmpty() ? Wml.cell(Wml.missing()) : Wml.cellOf(lines.stream().map(l -> List.of(Wml.text(l))).toList());
    }
}
