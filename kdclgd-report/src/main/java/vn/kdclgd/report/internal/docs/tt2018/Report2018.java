package vn.kdclgd.report.internal.docs.tt2018;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportTexts;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.report.internal.tables.DataTable;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.Level4;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.rating.CriterionResult;
import vn.kdclgd.rules.rating.LevelStatus;
import vn.kdclgd.rules.rating.StandardResult;

/**
 * 2018 regime (TT17/TT18/TT19-2018, also as amended by TT22-2024) self-assessment report ("báo cáo tự đánh giá"),
 * structured as GUIDANCE.md §8 (CV 5932/5942 as reproduced by tools B1 and B2): Bìa; DANH SÁCH VÀ CHỮ KÝ THÀNH
 * VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ; MỤC LỤC (a real TOC field); DANH MỤC CÁC CHỮ VIẾT TẮT; TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ;
 * Phần I. CƠ SỞ DỮ LIỆU; Phần II. TỰ ĐÁNH GIÁ (A. ĐẶT VẤN ĐỀ, B. TỰ ĐÁNH GIÁ with the §7 criterion form content
 * per criterion, Mức 4); Phần III. KẾT LUẬN CHUNG; Phần IV. PHỤ LỤC (the evidence list of {@link EvidenceList2018}).
 *
 * <p>Values: {@link Context#commonValues()}, {@code report.year} (year of the report date, dots when unknown),
 * {@code result.level} ("Trường đạt Mức n" / "Trường chưa đạt Mức 1"), {@code council.chair}. Blocks:
 * {@code councilTable}, {@code toc}, {@code abbreviations}, {@code summaryTable}, {@code summaryLevel4},
 * {@code dataTables}, {@code introduction.general}, {@code introduction.purpose}, {@code introduction.process},
 * {@code standards}, {@code level4}, {@code conclusion.general}, {@code evidenceTable}.
 *
 * <p>Decisions and UNCERTAIN points:
 * <ul>
 * <li>Heading levels (they feed the TOC): Heading1 = the four Phần; Heading2 = A., B., I., II. and "Tiêu chuẩn n";
 *     Heading3 = "Tiêu chí n.m" and the Mức-4 items. The front matter (danh sách, mục lục, chữ viết tắt, tổng hợp)
 *     is in the Title style, outside the TOC.</li>
 * <li>"Nhiệm vụ" in the council list comes from the member's role: Chủ tịch / Phó Chủ tịch / Thư ký / Ủy viên —
 *     UNCERTAIN (GUIDANCE.md §5 says "typically"). "Chức vụ, chức danh" is the member's title, else derived from
 *     the position.</li>
 * <li>The summary table's header has three rows (Tiêu chuẩn, tiêu chí | Kết quả → Không đạt / Đạt → Mức 1, 2, 3)
 *     so every word of GUIDANCE.md §8 item 5 keeps its place in the hierarchy. A standard's row spans the table
 *     (standards are not rated); a criterion without Mức 3 shows "-" there; a criterion whose level is not yet
 *     determined by the judgements shows "chưa có dữ liệu".</li>
 * <li>The Ghi chú note of the criterion form (GUIDANCE.md §7, verbatim [B2]) is printed once, under heading
 *     "I. TỰ ĐÁNH GIÁ TIÊU CHÍ MỨC 1, 2 VÀ 3", not under every criterion.</li>
 * <li>"1. Mô tả hiện trạng" is split on lines beginning "Mức n:" into the sub-heads Mức 1/2/3; a text without
 *     such lines is printed once.</li>
 * <li>"Kết luận về Tiêu chuẩn n": 1. Những điểm mạnh nổi bật, 2. Những điểm yếu cơ bản (B1), then B2's sentence
 *     "Kết quả tự đánh giá Tiêu chuẩn n: Tiêu chí đạt mức 1: x/y; …" from the rating's StandardResult.</li>
 * <li>Mức 4: the input has one evaluation ("MUC4") for all Điều-22 items. Each of its four texts is split on lines
 *     beginning "Khoản k:" when it has them; otherwise the whole text is printed under every item.</li>
 * <li>Phần IV is portrait here (the engine offers no section break); the stand-alone landscape list is
 *     {@link EvidenceList2018}. Its title inside the report is B1's "PHỤ LỤC: BẢNG DANH MỤC MINH CHỨNG" under the
 *     Heading1 "Phần IV. PHỤ LỤC".</li>
 * <li>The signature after Phần III (HIỆU TRƯỞNG, ký tên, đóng dấu) follows the plan's week 13-14 step
 *     ("Hiệu trưởng ký tên, đóng dấu và ban hành", GUIDANCE.md §4); the exact block is not in the sources.</li>
 * </ul>
 */
public final class Report2018 implements DocxDocument {
    /** The Ghi chú printed on the criterion form, verbatim (GUIDANCE.md §7 [B2]). */
    static final String FORM_NOTE = "Ghi chú: - Trường hợp tiêu chí không ghi cụ thể chỉ báo a/b/c (tại mức đánh giá 2 hoặc 3), "
            + "đề nghị đánh dấu sao (*) vào ô chỉ báo và ghi kết quả đánh giá đạt/không đạt. - Đối với các ô không có chỉ báo: "
            + "đánh dấu gạch ngang (–).";

    private static final Pattern LEVEL_LINE = Pattern.compile("^\\s*Mức\\s*(\\d)\\s*[:.]\\s*(.*)$");
    private static final Pattern CLAUSE_LINE = Pattern.compile("^\\s*Khoản\\s*(\\d+)\\s*[:.]\\s*(.*)$");
    private static final String LEVEL4_CRITERION = "MUC4";

    @Override
    public byte[] defaultTemplate() {
        return TemplateBuilder.portrait()
                // 1. Bìa
                .p(Styles.TITLE, "{{school.PARENT_BODY}}")
                .p(Styles.TITLE, "{{school.NAME}}")
                .p(Styles.CENTER, "\n\n\n\n\n\n")
                .p(Styles.TITLE, "BÁO CÁO TỰ ĐÁNH GIÁ")
                .p(Styles.CENTER, "Năm học {{schoolYear}}")
                .p(Styles.CENTER, "\n\n\n\n\n\n\n\n\n\n\n\n")
                .p(Styles.TITLE, "{{place}}, năm {{report.year}}")
                .pageBreak()
                // 2. Danh sách và chữ ký
                .p(Styles.TITLE, "DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ")
                .block("councilTable")
                .pageBreak()
                // 3. Mục lục
                .p(Styles.TITLE, "MỤC LỤC")
                .block("toc")
                .pageBreak()
                // 4. Chữ viết tắt
                .p(Styles.TITLE, "DANH MỤC CÁC CHỮ VIẾT TẮT")
                .block("abbreviations")
                .pageBreak()
                // 5. Tổng hợp kết quả
                .p(Styles.TITLE, "TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ")
                .labelled(Styles.PLAIN, "1. Kết quả đánh giá", "")
                .labelled(Styles.PLAIN, "1.1. Đánh giá tiêu chí Mức 1, 2 và 3", "")
                .block("summaryTable")
                .block("summaryLevel4")
                .labelled(Styles.PLAIN, "2. Kết luận: ", "{{result.level}}")
                .pageBreak()
                // 6. Phần I
                .p(Styles.HEADING1, "Phần I. CƠ SỞ DỮ LIỆU")
                .block("dataTables")
                .pageBreak()
                // 7. Phần II
                .p(Styles.HEADING1, "Phần II. TỰ ĐÁNH GIÁ")
                .p(Styles.HEADING2, "A. ĐẶT VẤN ĐỀ")
                .labelled(Styles.PLAIN, "1. Tình hình chung của nhà trường", "")
                .block(ReportTexts.INTRO_GENERAL)
                .labelled(Styles.PLAIN, "2. Mục đích tự đánh giá", "")
                .block(ReportTexts.INTRO_PURPOSE)
                .labelled(Styles.PLAIN, "3. Tóm tắt quá trình và những vấn đề nổi bật trong hoạt động tự đánh giá", "")
                .block(ReportTexts.INTRO_PROCESS)
                .p(Styles.HEADING2, "B. TỰ ĐÁNH GIÁ")
                .p(Styles.HEADING2, "I. TỰ ĐÁNH GIÁ TIÊU CHÍ MỨC 1, 2 VÀ 3")
                .p(Styles.NOTE, FORM_NOTE)
                .block("standards")
                .block("level4")
                // 8. Phần III
                .p(Styles.HEADING1, "Phần III. KẾT LUẬN CHUNG")
                .block(ReportTexts.CONCLUSION_GENERAL)
                .p(Styles.BODY, "{{result.level}}.")
                .signatures(List.of(""), List.of("*{{place}}, {{date}}*", "HIỆU TRƯỞNG", "*(Ký, ghi rõ họ tên và đóng dấu)*",
                        "", "", "", "{{school.principal}}"))
                .pageBreak()
                // 9. Phần IV
                .p(Styles.HEADING1, "Phần IV. PHỤ LỤC")
                .p(Styles.TITLE, "PHỤ LỤC: BẢNG DANH MỤC MINH CHỨNG")
                .block("evidenceTable")
                .build();
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        Map<String, Optional<String>> v = c.commonValues();
        v.put("report.year", Optional.of(c.input().reportDate().map(d -> Integer.toString(d.getYear())).orElse("……")));
        v.put("result.level", Optional.of(levelSentence(c)));
        v.put("council.chair", chair(c.input()));
        return v;
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        Map<String, DocxRenderer.Block> b = new LinkedHashMap<>();
        b.put("councilTable", w -> councilTable(w, c));
        b.put("toc", w -> w.toc("Mục lục được cập nhật khi mở tài liệu (trong LibreOffice: Công cụ ▸ Cập nhật ▸ Cập nhật tất cả)."));
        b.put("abbreviations", w -> abbreviations(w, c));
        b.put("summaryTable", w -> summaryTable(w, c));
        b.put("summaryLevel4", w -> summaryLevel4(w, c));
        b.put("dataTables", w -> dataTables(w, c));
        for (String key : List.of(ReportTexts.INTRO_GENERAL, ReportTexts.INTRO_PURPOSE, ReportTexts.INTRO_PROCESS,
                ReportTexts.CONCLUSION_GENERAL)) {
            b.put(key, w -> body(w, c.text(key)));
        }
        b.put("standards", w -> standards(w, c));
        b.put("level4", w -> level4(w, c));
        b.put("evidenceTable", w -> EvidenceList2018.table(w, c.input().evidence(), Context.PORTRAIT_WIDTH));
        return b;
    }

    // ------------------------------------------------------------------ values

    /** "Trường đạt Mức n" / "Trường chưa đạt Mức 1", with a note when judgements that matter are missing. */
    static String levelSentence(Context c) {
        int level = c.rating().schoolLevel();
        String s = level == 0 ? "Trường chưa đạt Mức 1" : "Trường đạt Mức " + level;
        if (!c.rating().complete()) {
            s += " (" + Wml.MISSING + " của " + c.rating().missing().size() + " chỉ báo; nếu các chỉ báo này đạt, trường có thể đạt Mức "
                    + c.rating().schoolLevelUpperBound() + ")";
        }
        return s;
    }

    /** The chair's name (the first member whose role is CHAIR). */
    static Optional<String> chair(ReportInput input) {
        return input.council().members().stream().filter(m -> "CHAIR".equals(m.role())).map(ReportInput.Member::fullName).findFirst();
    }

    // ------------------------------------------------------------------ front matter

    static String duty(String role) {
        return switch (role) {
            case "CHAIR" -> "Chủ tịch";
            case "VICE_CHAIR" -> "Phó Chủ tịch";
            case "SECRETARY" -> "Thư ký";
            case "MEMBER" -> "Ủy viên";
            default -> role;
        };
    }

    static Optional<String> title(ReportInput.Member m) {
        return m.title().filter(t -> !t.isBlank()).or(() -> Optional.ofNullable(switch (m.position()) {
            case "PRINCIPAL" -> "Hiệu trưởng";
            case "VICE_PRINCIPAL" -> "Phó Hiệu trưởng";
            case "HEAD_OF_TEAM" -> "Tổ trưởng";
            case "TEACHER" -> "Giáo viên";
            case "STAFF" -> "Nhân viên";
            default -> null;
        }));
    }

    private static void councilTable(Wml w, Context c) {
        w.tableStart(new int[] {700, 2600, 2855, 1600, 1600}, true);
        w.headerRow(List.of(Wml.cell("STT"), Wml.cell("Họ và tên"), Wml.cell("Chức vụ, chức danh"), Wml.cell("Nhiệm vụ"), Wml.cell("Chữ ký")));
        List<ReportInput.Member> members = c.input().council().members();
        if (members.isEmpty()) {
            w.row(Wml.cell("").center(), Wml.cell(Wml.missing()).span(4));
        }
        int n = 0;
        for (ReportInput.Member m : members) {
            n++;
            w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell(m.fullName()), Wml.cell(title(m)), Wml.cell(duty(m.role())),
                    Wml.cell("\n"));
        }
        w.tableEnd();
    }

    private static void abbreviations(Wml w, Context c) {
        w.tableStart(new int[] {2800, 6555}, true);
        w.headerRow(List.of(Wml.cell("Chữ viết tắt"), Wml.cell("Nội dung viết tắt")));
        List<String> lines = c.text(ReportTexts.ABBREVIATIONS).map(t -> t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
                .orElse(List.of());
        if (lines.isEmpty()) {
            w.row(Wml.cell(Wml.missing()).span(2));
        }
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                w.row(Wml.cell(line), Wml.cell(Wml.missing()));
            } else {
                w.row(Wml.cell(line.substring(0, colon).strip()), Wml.cell(Optional.of(line.substring(colon + 1).strip())));
            }
        }
        w.tableEnd();
    }

    // ------------------------------------------------------------------ summary

    private static void summaryTable(Wml w, Context c) {
        w.tableStart(new int[] {4355, 1250, 1250, 1250, 1250}, true);
        w.headerRow(List.of(Wml.cell("Tiêu chuẩn, tiêu chí").mergeDown(), Wml.cell("Kết quả").span(4)));
        w.headerRow(List.of(Wml.merged(), Wml.cell("Không đạt").mergeDown(), Wml.cell("Đạt").span(3)));
        w.headerRow(List.of(Wml.merged(), Wml.merged(), Wml.cell("Mức 1"), Wml.cell("Mức 2"), Wml.cell("Mức 3")));
        for (Standard s : c.catalog().standards()) {
            w.row(Wml.cell("Tiêu chuẩn " + s.number() + ": " + s.name()).bolded().span(5));
            for (Criterion cr : s.criteria()) {
                CriterionResult r = c.rating().criteria().get(cr.code());
                List<Wml.Cell> cells = new ArrayList<>();
                cells.add(Wml.cell("Tiêu chí " + cr.code()));
                if (r == null || !r.determined()) {
                    List<Wml.Run> runs = new ArrayList<>(List.of(Wml.missing()));
                    if (r != null && r.level() > 0) {
                        runs.add(Wml.italic(" (đã đạt Mức " + r.level() + ")"));
                    }
                    cells.add(Wml.cellOf(List.of(runs)).span(4).center());
                } else {
                    cells.add(Wml.cell(r.level() == 0 ? "x" : "").center());
                    for (int level = 1; level <= 3; level++) {
                        String mark = level > cr.maxLevel() ? "-" : r.level() == level ? "x" : "";
                        cells.add(Wml.cell(mark).center());
                    }
                }
                w.row(cells);
            }
        }
        w.tableEnd();
        int byCriteria = Math.min(3, c.rating().schoolLevel());
        if (!c.rating().complete() && byCriteria < Math.min(3, c.rating().schoolLevelUpperBound())) {
            w.p(Styles.PLAIN, Wml.bold("Kết quả: "), Wml.missing());
        } else {
            w.p(Styles.PLAIN, Wml.bold("Kết quả: "), Wml.text(byCriteria == 0 ? "Không đạt" : "Đạt Mức " + byCriteria));
        }
    }

    private static void summaryLevel4(Wml w, Context c) {
        Optional<Level4> l4 = c.catalog().level4();
        if (l4.isEmpty()) {
            return;
        }
        w.pKeepNext(Styles.PLAIN, Wml.bold("1.2. Đánh giá tiêu chí Mức 4"));
        w.tableStart(new int[] {4355, 1500, 1500, 2000}, true);
        w.headerRow(List.of(Wml.cell("Tiêu chí (Khoản, Điều)").mergeDown(), Wml.cell("Kết quả").span(2), Wml.cell("Ghi chú").mergeDown()));
        w.headerRow(List.of(Wml.merged(), Wml.cell("Đạt"), Wml.cell("Không đạt"), Wml.merged()));
        for (Item it : l4.get().items()) {
            Boolean met = c.rating().level4().get(it.key());
            String label = "Khoản " + it.key() + " " + l4.get().article();
            if (met == null) {
                w.row(Wml.cell(label), Wml.cell(Wml.missing()).span(2).center(), Wml.cell(""));
            } else {
                w.row(Wml.cell(label), Wml.cell(met ? "x" : "").center(), Wml.cell(met ? "" : "x").center(), Wml.cell(""));
            }
        }
        w.tableEnd();
    }

    // ------------------------------------------------------------------ Phần I

    private static void dataTables(Wml w, Context c) {
        if (c.tables().isEmpty()) {
            w.p(Styles.BODY, Wml.missing());
            return;
        }
        for (DataTable t : c.tables()) {
            w.dataTable(t, Context.PORTRAIT_WIDTH);
        }
    }

    // ------------------------------------------------------------------ Phần II

    /** A free text as body paragraphs (one per line), or "chưa có dữ liệu". */
    static void body(Wml w, Optional<String> text) {
        List<String> paras = text.map(t -> t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()).orElse(List.of());
        if (paras.isEmpty()) {
            w.p(Styles.BODY, Wml.missing());
            return;
        }
        for (String p : paras) {
            w.p(Styles.BODY, p);
        }
    }

    private static void label(Wml w, String text) {
        w.pKeepNext(Styles.PLAIN, Wml.bold(text));
    }

    private static void standards(Wml w, Context c) {
        for (Standard s : c.catalog().standards()) {
            w.p(Styles.HEADING2, "Tiêu chuẩn " + s.number() + ": " + s.name());
            label(w, "Mở đầu");
            body(w, c.text(ReportTexts.standard(s.number(), "opening")));
            for (Criterion cr : s.criteria()) {
                criterion(w, c, cr);
            }
            label(w, "Kết luận về Tiêu chuẩn " + s.number());
            label(w, "1. Những điểm mạnh nổi bật");
            body(w, c.text(ReportTexts.standard(s.number(), "strengths")));
            label(w, "2. Những điểm yếu cơ bản");
            body(w, c.text(ReportTexts.standard(s.number(), "weaknesses")));
            w.p(Styles.BODY, standardResult(c, s));
        }
    }

    /** "Kết quả tự đánh giá Tiêu chuẩn n: Tiêu chí đạt mức 1: x/y; Tiêu chí đạt mức 2: x/y; Tiêu chí đạt mức 3: x/y" (B2). */
    static String standardResult(Context c, Standard s) {
        StandardResult r = c.rating().standards().stream().filter(x -> x.number() == s.number()).findFirst().orElse(null);
        StringBuilder sb = new StringBuilder("Kết quả tự đánh giá Tiêu chuẩn ").append(s.number()).append(": ");
        for (int level = 1; level <= 3; level++) {
            if (level > 1) {
                sb.append("; ");
            }
            sb.append("Tiêu chí đạt mức ").append(level).append(": ");
            if (r == null || level > r.reached().size()) {
                sb.append(Wml.MISSING);
            } else {
                sb.append(r.reached(level)).append('/').append(r.outOf(level));
            }
        }
        return sb.toString();
    }

    private static void criterion(Wml w, Context c, Criterion cr) {
        w.p(Styles.HEADING3, "Tiêu chí " + cr.code() + ": " + cr.name());
        for (int level = 1; level <= cr.maxLevel(); level++) {
            label(w, "Mức " + level + ":");
            List<Item> items = cr.items(level);
            if (items.isEmpty()) {
                w.p(Styles.PLAIN, "-");
            }
            for (Item it : items) {
                w.p(Styles.PLAIN, it.key().isEmpty() ? it.text() : it.key() + ") " + it.text());
            }
        }
        Optional<ReportInput.Evaluation> e = c.input().evaluation(cr.code());
        label(w, "1. Mô tả hiện trạng");
        currentState(w, e.flatMap(ReportInput.Evaluation::currentState), cr.maxLevel());
        label(w, "2. Điểm mạnh");
        body(w, e.flatMap(ReportInput.Evaluation::strengths));
        label(w, "3. Điểm yếu");
        body(w, e.flatMap(ReportInput.Evaluation::weaknesses));
        label(w, "4. Kế hoạch cải tiến chất lượng");
        body(w, e.flatMap(ReportInput.Evaluation::improvementPlan));
        label(w, "5. Tự đánh giá");
        selfAssessmentTable(w, c, cr, e.map(ReportInput.Evaluation::judgements).orElse(List.of()));
    }

    /** Mô tả hiện trạng split on lines "Mức n: …" into sub-heads; printed once when it has no such lines. */
    static void currentState(Wml w, Optional<String> text, int maxLevel) {
        if (text.isEmpty()) {
            w.p(Styles.BODY, Wml.missing());
            return;
        }
        List<String> before = new ArrayList<>();
        TreeMap<Integer, List<String>> parts = new TreeMap<>();
        List<String> current = before;
        for (String line : text.get().lines().toList()) {
            Matcher m = LEVEL_LINE.matcher(line);
            if (m.matches()) {
                current = parts.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>());
                line = m.group(2);
            }
            current.add(line);
        }
        if (parts.isEmpty()) {
            body(w, text);
            return;
        }
        if (before.stream().anyMatch(l -> !l.isBlank())) {
            body(w, Optional.of(String.join("\n", before)));
        }
        int last = Math.max(maxLevel, parts.lastKey());
        for (int level = 1; level <= last; level++) {
            w.pKeepNext(Styles.PLAIN, Wml.bold("Mức " + level).italicised());
            List<String> lines = parts.get(level);
            body(w, lines == null ? Optional.empty() : Optional.of(String.join("\n", lines)));
        }
    }

    /** The §7 table: Mức 1 | Mức 2 | Mức 3 × Chỉ báo | Đạt/Không đạt, rows a, b, c …, the level row, the result. */
    private static void selfAssessmentTable(Wml w, Context c, Criterion cr, List<ReportInput.Judgement> judgements) {
        w.tableStart(new int[] {1559, 1559, 1559, 1559, 1559, 1560}, true);
        w.headerRow(List.of(Wml.cell("Mức 1").span(2), Wml.cell("Mức 2").span(2), Wml.cell("Mức 3").span(2)));
        w.headerRow(List.of(Wml.cell("Chỉ báo"), Wml.cell("Đạt/Không đạt"), Wml.cell("Chỉ báo"), Wml.cell("Đạt/Không đạt"),
                Wml.cell("Chỉ báo"), Wml.cell("Đạt/Không đạt")));
        int rows = 0;
        for (int level = 1; level <= 3; level++) {
            rows = Math.max(rows, cr.items(level).size());
        }
        for (int i = 0; i < rows; i++) {
            List<Wml.Cell> cells = new ArrayList<>();
            for (int level = 1; level <= 3; level++) {
                List<Item> items = cr.items(level);
                if (i >= items.size()) {
                    cells.add(Wml.cell("-").center());
                    cells.add(Wml.cell("-").center());
                    continue;
                }
                Item it = items.get(i);
                cells.add(Wml.cell(it.key().isEmpty() ? "*" : it.key()).center());
                final int lv = level;
                Optional<Boolean> met = judgements.stream().filter(j -> j.level() == lv && j.itemKey().equals(it.key()))
                        .map(ReportInput.Judgement::met).findFirst();
                cells.add(met.map(m -> Wml.cell(m ? "Đạt" : "Không đạt")).orElseGet(() -> Wml.cell(Wml.missing())).center());
            }
            w.row(cells);
        }
        CriterionResult r = c.rating().criteria().get(cr.code());
        List<Wml.Cell> levelRow = new ArrayList<>();
        for (int level = 1; level <= 3; level++) {
            if (level > cr.maxLevel() || r == null) {
                levelRow.add((r == null ? Wml.cell(Wml.missing()) : Wml.cell("-")).span(2).center());
                continue;
            }
            LevelStatus st = r.status(level);
            Wml.Cell cell = switch (st) {
                case MET -> Wml.cell("Đạt");
                case NOT_MET -> Wml.cell("Không đạt");
                case NOT_CONSIDERED -> Wml.cell("Không đạt");
                case UNKNOWN -> Wml.cell(Wml.missing());
            };
            levelRow.add(cell.span(2).center().bolded());
        }
        w.row(levelRow);
        String result;
        if (r == null || !r.determined()) {
            w.row(Wml.cell(Wml.bold("Kết quả: "), Wml.missing()).span(6).center());
        } else {
            result = r.level() == 0 ? "Kết quả: Không đạt" : "Kết quả: Đạt Mức " + r.level();
            w.row(Wml.cell(result).span(6).center().bolded());
        }
        w.tableEnd();
    }

    // ------------------------------------------------------------------ Mức 4

    private static void level4(Wml w, Context c) {
        Optional<Level4> l4 = c.catalog().level4();
        if (l4.isEmpty()) {
            return;
        }
        w.p(Styles.HEADING2, "II. TỰ ĐÁNH GIÁ TIÊU CHÍ MỨC 4");
        Optional<ReportInput.Evaluation> e = c.input().evaluation(LEVEL4_CRITERION);
        for (Item it : l4.get().items()) {
            w.p(Styles.HEADING3, "Tiêu chí (Khoản " + it.key() + " " + l4.get().article() + ")");
            w.p(Styles.BODY, it.text());
            label(w, "1. Mô tả hiện trạng");
            body(w, clause(e.flatMap(ReportInput.Evaluation::currentState), it.key()));
            label(w, "2. Điểm mạnh");
            body(w, clause(e.flatMap(ReportInput.Evaluation::strengths), it.key()));
            label(w, "3. Điểm yếu");
            body(w, clause(e.flatMap(ReportInput.Evaluation::weaknesses), it.key()));
            label(w, "4. Kế hoạch cải tiến chất lượng");
            body(w, clause(e.flatMap(ReportInput.Evaluation::improvementPlan), it.key()));
            Boolean met = c.rating().level4().get(it.key());
            w.p(Styles.PLAIN, Wml.bold("5. Tự đánh giá: "), met == null ? Wml.missing() : Wml.text(met ? "Đạt" : "Không đạt"));
        }
        label(w, "Kết luận về đánh giá tiêu chí Mức 4");
        body(w, c.text(ReportTexts.LEVEL4_CONCLUSION));
    }

    /** The part of a Mức-4 text for khoản {@code key} when the text has "Khoản k:" lines, else the whole text. */
    static Optional<String> clause(Optional<String> text, String key) {
        if (text.isEmpty()) {
            return text;
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.get().lines().toList()) {
            Matcher m = CLAUSE_LINE.matcher(line);
            if (m.matches()) {
                current = parts.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                line = m.group(2);
            }
            if (current != null) {
                current.add(line);
            }
        }
        if (parts.isEmpty()) {
            return text;
        }
        List<String> mine = parts.get(key);
        return mine == null ? Optional.empty() : Optional.of(String.join("\n", mine));
    }
}
