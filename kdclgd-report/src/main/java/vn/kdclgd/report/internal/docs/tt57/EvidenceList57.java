package vn.kdclgd.report.internal.docs.tt57;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.CriterionOrder;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;
import vn.kdclgd.report.internal.docx.Wml;

/**
 * TT57 evidence list ("mẫu tại mục II khoản 4 Phụ lục IV"): exactly five columns TT | Mã minh chứng | Tên minh
 * chứng | Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử | Ghi chú (FORMS.md §3, STRUCT-X); sorted by code,
 * each code once, the code a hyperlink to the item's first link. Title lines as family B prints them.
 */
public final class EvidenceList57 implements DocxDocument {
    static final List<String> COLUMNS = List.of("TT", "Mã minh chứng", "Tên minh chứng",
            "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", "Ghi chú");

    @Override
    public byte[] defaultTemplate() {
        return TemplateBuilder.landscape()
                .motto(List.of("{{school.PARENT_BODY}}", "{{school.NAME}}"), "", "{{place}}, {{date}}")
                .p(Styles.TITLE, "DANH MỤC MINH CHỨNG")
                .p(Styles.CENTER, "Năm học {{schoolYear}}")
                .p(Styles.NOTE, "Lập theo mục II khoản 4 Phụ lục IV Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo")
                .block("evidenceTable")
                .signatures(List.of(""), List.of("HIỆU TRƯỞNG", "*(Ký, ghi rõ họ tên và đóng dấu)*", "", "", "", "{{school.principal}}"))
                .build();
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        return c.commonValues();
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        return Map.of("evidenceTable", w -> table(w, c.input().evidence()));
    }

    /** The five-column table, landscape width; shared with the report's Phần IV. */
    public static void table(Wml w, List<ReportInput.Evidence> evidence) {
        table(w, evidence, Context.LANDSCAPE_WIDTH);
    }

    /** The five-column table scaled to {@code totalWidth} twips (the report's Phần IV is portrait). */
    public static void table(Wml w, List<ReportInput.Evidence> evidence, int totalWidth) {
        int[] base = {800, 2000, 5570, 4200, 2000};
        int[] widths = new int[base.length];
        int sum = 0;
        for (int i = 0; i < base.length; i++) {
            widths[i] = base[i] * totalWidth / Context.LANDSCAPE_WIDTH;
            sum += widths[i];
        }
        widths[2] += totalWidth - sum;
        w.tableStart(widths, true);
        w.headerRow(COLUMNS.stream().map(Wml::cell).toList());
        List<ReportInput.Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(java.util.Comparator.comparing(ReportInput.Evidence::code, CriterionOrder.EVIDENCE_CODES));
        int n = 0;
        for (ReportInput.Evidence e : sorted) {
            n++;
            Wml.Run code = e.links().isEmpty() ? Wml.text(e.code()) : Wml.link(e.code(), e.links().get(0));
            List<List<Wml.Run>> where = new ArrayList<>();
            e.fileNames().forEach(f -> where.add(List.of(Wml.text(f))));
            e.links().forEach(l -> where.add(List.of(Wml.link(l, l))));
            List<String> note = new ArrayList<>();
            if (e.criteria().size() > 1) {
                note.add("Dùng cho tiêu chí " + String.join(", ", e.criteria()));
            }
            e.previousCode().ifPresent(p -> note.add("Mã cũ " + p));
            e.validUntil().ifPresent(d -> note.add("Hiệu lực đến " + Context.shortDate(d)));
            w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell(code), Wml.cell(e.title()),
                    where.isEmpty() ? Wml.cell(Wml.missing()) : Wml.cellOf(where), Wml.cell(String.join("; ", note)));
        }
        w.tableEnd();
    }


    static String criteria(List<String> cs) {
        return String.join(", ", cs.stream().sorted(CriterionOrder.COMPARATOR).toList());
    }
}
