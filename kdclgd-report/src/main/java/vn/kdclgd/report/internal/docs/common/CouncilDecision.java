package vn.kdclgd.report.internal.docs.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;
import vn.kdclgd.report.internal.docx.Wml;

/**
 * The decision setting up the self-assessment council (Quyết định thành lập Hội đồng tự đánh giá) with its
 * attached lists.
 *
 * <p><b>2018 regime</b>: GUIDANCE.md §5 [B1=B2] — "QUYẾT ĐỊNH / Về việc thành lập Hội đồng tự đánh giá",
 * "HIỆU TRƯỞNG …", the Căn cứ lines, "QUYẾT ĐỊNH:" and Điều 1–3 verbatim (Điều 2 in B2's wording "có trách
 * nhiệm"); attached DANH SÁCH THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ with B2's "(Danh sách gồm có N người)", DANH
 * SÁCH NHÓM THƯ KÝ, DANH SÁCH NHÓM CÔNG TÁC. The Căn cứ lines name the catalog's circular by its title
 * (TT17/TT18/TT19) and the Công văn (5932 phổ thông, 5942 mầm non); the sources elide the rest of those lines
 * ("…"), so the Công văn's subject ("hướng dẫn tự đánh giá và đánh giá ngoài …") is the description given in
 * GUIDANCE.md, not a quotation (UNCERTAIN). The Nhiệm vụ labels (Chủ tịch, Phó Chủ tịch, Thư ký, Ủy viên;
 * Trưởng nhóm, Thành viên) are marked UNCERTAIN in the source. "Nơi nhận: - Như Điều 3; - Lưu: VT." is the
 * usual Nghị định 30/2020 wording, not from the source.
 *
 * <p><b>TT57 regime</b>: only the Căn cứ line is the TT57 one; the decision's wording beyond it is NOT in
 * the sources, so this is the 2018 form adapted (Điều 1–3 as above). The member list follows FORMS.md §6
 * (family B: "DANH SÁCH HỘI ĐỒNG TỰ ĐÁNH GIÁ", TT | Họ và tên | Chức vụ | Vai trò trong Hội đồng | Ghi chú),
 * followed by the secretariat and working-group lists of the 2018 form and the "BẢNG PHÂN CÔNG NHIỆM VỤ"
 * (per member: criteria in charge, tasks; FORMS.md §6, family B's layout — the regulation only requires
 * "phân công nhiệm vụ cụ thể cho từng thành viên").
 *
 * <p>Values: the common ones, {@code basis.circular}, {@code basis.guidance} (2018), {@code council.size}.
 * Blocks: {@code members}, {@code secretariat}, {@code groups}, and (TT57) {@code assignments}.
 */
public final class CouncilDecision implements DocxDocument {
    private final boolean tt57;

    /** The decision of the TT57 regime ({@code tt57} true) or of the 2018 regime. */
    public CouncilDecision(boolean tt57) {
        this.tt57 = tt57;
    }

    /** The TT57 Căn cứ line (wording of the act's title). */
    static final String TT57_BASIS = "Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo"
            + " quy định về bảo đảm chất lượng giáo dục đối với cơ sở giáo dục mầm non, cơ sở giáo dục phổ thông, cơ sở giáo dục"
            + " thường xuyên; công nhận đạt chuẩn quốc gia đối với trường mầm non và trường phổ thông;";

    @Override
    public byte[] defaultTemplate() {
        TemplateBuilder t = TemplateBuilder.portrait()
                .motto(List.of("{{school.PARENT_BODY}}", "{{school.NAME}}"), "Số: {{document.number}}", "{{place}}, {{date}}")
                .p(Styles.TITLE, "QUYẾT ĐỊNH")
                .p(Styles.TITLE, "Về việc thành lập Hội đồng tự đánh giá")
                .p(Styles.TITLE, "HIỆU TRƯỞNG {{school.NAME}}");
        if (tt57) {
            t.p(Styles.BODY, TT57_BASIS);
        } else {
            t.p(Styles.BODY, "{{basis.circular}}").p(Styles.BODY, "{{basis.guidance}}");
        }
        t.p(Styles.BODY, "Xét đề nghị của …………………………………,")
                .p(Styles.TITLE, "QUYẾT ĐỊNH:")
                .labelled(Styles.BODY, "Điều 1. ", "Thành lập Hội đồng tự đánh giá {{school.name}} gồm các ông (bà) có tên trong danh sách"
                        + " kèm theo. Giúp việc cho Hội đồng có nhóm thư ký và các nhóm công tác gồm các ông (bà) có tên trong danh sách kèm theo.")
                .labelled(Styles.BODY, "Điều 2. ", "Hội đồng tự đánh giá có trách nhiệm triển khai công tác tự đánh giá {{school.name}}"
                        + " theo quy định của Bộ Giáo dục và Đào tạo.")
                .labelled(Styles.BODY, "Điều 3. ", "Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
                .signatures(List.of("*Nơi nhận:*", "- Như Điều 3;", "- Lưu: VT."),
                        List.of("HIỆU TRƯỞNG", "*(Ký, ghi rõ họ tên và đóng dấu)*", "", "", "", "{{school.principal}}"))
                .pageBreak();
        if (tt57) {
            t.p(Styles.TITLE, "DANH SÁCH HỘI ĐỒNG TỰ ĐÁNH GIÁ");
        } else {
            t.p(Styles.TITLE, "DANH SÁCH THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ");
        }
        t.p(Styles.CENTER, "(Danh sách gồm có {{council.size}} người)")
                .block("members")
                .p(Styles.TITLE, "DANH SÁCH NHÓM THƯ KÝ")
                .block("secretariat")
                .p(Styles.TITLE, "DANH SÁCH NHÓM CÔNG TÁC")
                .block("groups");
        if (tt57) {
            t.p(Styles.TITLE, "BẢNG PHÂN CÔNG NHIỆM VỤ").block("assignments");
        }
        return t.build();
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        Map<String, Optional<String>> v = new LinkedHashMap<>(c.commonValues());
        if (!tt57) {
            v.put("basis.circular", Optional.of("Căn cứ " + c.catalog().title() + ";"));
            v.put("basis.guidance", Optional.of("Căn cứ Công văn số " + FormSupport.guidanceNumber(c.catalog())
                    + "/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài "
                    + (FormSupport.preschool(c.catalog()) ? "trường mầm non" : "cơ sở giáo dục phổ thông") + ";"));
        }
        int n = c.input().council().members().size();
        v.put("council.size", n == 0 ? Optional.empty() : Optional.of(Integer.toString(n)));
        return v;
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        Map<String, DocxRenderer.Block> b = new LinkedHashMap<>();
        ReportInput in = c.input();
        b.put("members", w -> {
            if (tt57) {
                members57(w, in);
            } else {
                FormSupport.memberTable(w, in);
            }
        });
        b.put("secretariat", w -> FormSupport.secretariatTable(w, in));
        b.put("groups", w -> FormSupport.groupTable(w, in));
        if (tt57) {
            b.put("assignments", w -> assignments(w, in));
        }
        return b;
    }

    /** FORMS.md §6: TT | Họ và tên | Chức vụ | Vai trò trong Hội đồng | Ghi chú. */
    private static void members57(Wml w, ReportInput in) {
        w.tableStart(new int[] {700, 2800, 2800, 1955, 1100}, true);
        w.headerRow(List.of(Wml.cell("TT"), Wml.cell("Họ và tên"), Wml.cell("Chức vụ"), Wml.cell("Vai trò trong Hội đồng"), Wml.cell("Ghi chú")));
        int n = 0;
        for (ReportInput.Member m : in.council().members()) {
            n++;
            w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell(m.fullName()), Wml.cell(FormSupport.title(m)),
                    Wml.cell(FormSupport.role(m.role())), Wml.cell(""));
        }
        if (n == 0) {
            w.row(Wml.cell(Wml.missing()).span(5));
        }
        w.tableEnd();
    }

    /**
     * BẢNG PHÂN CÔNG NHIỆM VỤ: TT | Họ và tên | Vai trò trong Hội đồng | Tiêu chí phụ trách | Nhiệm vụ — one row per
     * council member; the criteria come from the working groups the member belongs to, the tasks from the roles.
     */
    private static void assignments(Wml w, ReportInput in) {
        w.tableStart(new int[] {700, 2400, 1700, 2000, 2555}, true);
        w.headerRow(List.of(Wml.cell("TT"), Wml.cell("Họ và tên"), Wml.cell("Vai trò trong Hội đồng"), Wml.cell("Tiêu chí phụ trách"),
                Wml.cell("Nhiệm vụ")));
        int n = 0;
        for (ReportInput.Member m : in.council().members()) {
            n++;
            List<String> criteria = FormSupport.criteriaOf(in, m.fullName());
            List<String> tasks = new ArrayList<>();
            for (ReportInput.Group g : in.council().groups()) {
                int i = g.members().indexOf(m.fullName());
                if (i >= 0) {
                    tasks.add((i == 0 ? "Trưởng " : "Thành viên ") + lower(g.name()));
                }
            }
            w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell(m.fullName()), Wml.cell(FormSupport.role(m.role())),
                    criteria.isEmpty() ? Wml.cell("-").center() : Wml.cell(FormSupport.criteria(criteria)),
                    tasks.isEmpty() ? Wml.cell(FormSupport.role(m.role()) + " Hội đồng tự đánh giá") : Wml.cell(String.join("; ", tasks)));
        }
        if (n == 0) {
            w.row(Wml.cell(Wml.missing()).span(5));
        }
        w.tableEnd();
    }

    private static String lower(String groupName) {
        return groupName.startsWith("Nhóm") ? "n" + groupName.substring(1) : "nhóm " + groupName;
    }
}
