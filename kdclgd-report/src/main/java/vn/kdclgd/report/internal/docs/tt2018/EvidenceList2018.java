package vn.kdclgd.report.internal.docs.tt2018;

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
 * 2018 regime (CV 5932/5942) evidence list, "Bảng danh mục mã minh chứng": A4 landscape as the plan's item VIII
 * asks ("được trình bày bảng theo chiều ngang của khổ A4"), the six columns of GUIDANCE.md §3 [B1=B2], numbered
 * continuously (B2's way; B1 restarts per criterion), codes in natural order ({@code [H1-1.2-01]} before
 * {@code [H1-1.10-01]}), each item once — evidence used by several criteria is coded once and the other criteria
 * are named in "Ghi chú" (GUIDANCE.md §2).
 *
 * <p>Values: {@link Context#commonValues()} and {@code council.chair} (the council member whose role is CHAIR).
 * Blocks: {@code evidenceTable}.
 *
 * <p>UNCERTAIN: GUIDANCE.md gives no heading or signature for a stand-alone list. The heading is the NĐ30 one
 * (issuer and national motto) as in kdclgd's other documents; the signature "TM. HỘI ĐỒNG / CHỦ TỊCH" is the
 * council's, borrowed from the self-assessment plan (GUIDANCE.md §4 footer), since the council draws up the list
 * (§4 item VIII). The title is "BẢNG DANH MỤC MÃ MINH CHỨNG" (§4 item VIII wording); inside the report the table
 * carries B1's title instead ({@link Report2018}).
 */
public final class EvidenceList2018 implements DocxDocument {
    /** The column headers, verbatim from GUIDANCE.md §3. */
    static final List<String> COLUMNS = List.of("Số TT", "Mã minh chứng", "Tên minh chứng",
            "Số, ngày ban hành, hoặc thời điểm khảo sát, điều tra, phỏng vấn, quan sát",
            "Nơi ban hành hoặc nhóm, cá nhân thực hiện", "Ghi chú");

    /** Column widths on a landscape page (sum {@link Context#LANDSCAPE_WIDTH}). */
    private static final int[] LANDSCAPE = {800, 1900, 4670, 2900, 2500, 1800};
    /** Column widths on a portrait page (sum {@link Context#PORTRAIT_WIDTH}): the code column keeps a code on one line. */
    private static final int[] PORTRAIT = {560, 1750, 2600, 1700, 1745, 1000};

    @Override
    public byte[] defaultTemplate() {
        return TemplateBuilder.landscape()
                .motto(List.of("{{school.PARENT_BODY}}", "{{school.NAME}}"), "", "{{place}}, {{date}}")
                .p(Styles.TITLE, "BẢNG DANH MỤC MÃ MINH CHỨNG")
                .p(Styles.CENTER, "Năm học {{schoolYear}}")
                .block("evidenceTable")
                .signatures(List.of(""), List.of("TM. HỘI ĐỒNG", "CHỦ TỊCH", "*(Ký và ghi rõ họ tên)*", "", "", "", "{{council.chair}}"))
                .build();
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        Map<String, Optional<String>> v = c.commonValues();
        v.put("council.chair", Report2018.chair(c.input()));
        return v;
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        return Map.of("evidenceTable", w -> table(w, c.input().evidence()));
    }

    /** The six-column table on a landscape page; shared with the report's Phần IV. */
    public static void table(Wml w, List<ReportInput.Evidence> evidence) {
        table(w, evidence, Context.LANDSCAPE_WIDTH);
    }

    /** The six-column table, {@code totalWidth} twips wide (the report uses the portrait width). */
    public static void table(Wml w, List<ReportInput.Evidence> evidence, int totalWidth) {
        int[] base = totalWidth >= Context.LANDSCAPE_WIDTH ? LANDSCAPE : PORTRAIT;
        int baseTotal = java.util.Arrays.stream(base).sum();
        int[] widths = new int[base.length];
        int used = 0;
        for (int i = 0; i < base.length; i++) {
            widths[i] = (int) ((long) base[i] * totalWidth / baseTotal);
            used += widths[i];
        }
        widths[2] += totalWidth - used;
        w.tableStart(widths, true);
        w.headerRow(COLUMNS.stream().map(Wml::cell).toList());
        if (evidence.isEmpty()) {
            w.row(Wml.cell("").center(), Wml.cell(Wml.missing()).span(5));
        }
        List<ReportInput.Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort((a, b) -> vn.kdclgd.report.internal.CriterionOrder.EVIDENCE_CODES.compare(a.code(), b.code()));
        int n = 0;
        for (ReportInput.Evidence e : sorted) {
            n++;
            Wml.Run code = e.links().isEmpty() ? Wml.text(e.code()) : Wml.link(e.code(), e.links().get(0));
            w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell(code), Wml.cell(e.title()),
                    Wml.cell(issued(e)), Wml.cell(e.issuer()), Wml.cell(note(e)));
        }
        w.tableEnd();
    }

    /** "Số 12/QĐ-THCS, ngày 08/09/2024", or the part that is known; empty when neither is. */
    static Optional<String> issued(ReportInput.Evidence e) {
        String number = e.documentNumber().filter(s -> !s.isBlank()).map(s -> "Số " + s).orElse("");
        String date = e.issuedOn().map(d -> (number.isEmpty() ? "Ngày " : ", ngày ") + Context.shortDate(d)).orElse("");
        String s = number + date;
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Other criteria using the item, the old code, the end of validity. */
    static String note(ReportInput.Evidence e) {
        List<String> note = new ArrayList<>();
        if (e.criteria().size() > 1) {
            note.add("Dùng chung cho tiêu chí " + String.join(", ",
                    e.criteria().stream().distinct().sorted(CriterionOrder.COMPARATOR).toList()));
        }
        e.previousCode().ifPresent(p -> note.add("Mã cũ " + p));
        e.validUntil().ifPresent(d -> note.add("Hiệu lực đến " + Context.shortDate(d)));
        return String.join("; ", note);
    }
}
