package vn.kdclgd.report.internal.docs.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.rating.CriterionResult;
import vn.kdclgd.rules.rating.LevelStatus;

/**
 * The criterion evaluation forms (phiếu đánh giá tiêu chí), one per criterion, a page break between them.
 *
 * <p><b>2018 regime</b>: GUIDANCE.md §7 [B1=B2] (B1 "Phụ lục 5a"): "Trường: …", "Nhóm, cá nhân: …" (the working
 * group in charge of the criterion), PHIẾU ĐÁNH GIÁ TIÊU CHÍ, Tiêu chuẩn, Tiêu chí, the indicators under Mức
 * 1/2/3; 1. Mô tả hiện trạng (sub-headed Mức 1/2/3 when the school's text has lines starting "Mức n:", else
 * printed once), 2. Điểm mạnh, 3. Điểm yếu, 4. Kế hoạch cải tiến chất lượng, 5. Tự đánh giá: the table of three
 * column groups Mức 1 | Mức 2 | Mức 3 (Chỉ báo | Đạt/Không đạt; "*" for an unlettered indicator, "-" for an
 * empty cell), a row with each level's result and "Kết quả: Đạt Mức n"; the form's Ghi chú verbatim [B2]; the
 * footer signatures. Then, when the catalog has Mức-4 items, one "PHIẾU ĐÁNH GIÁ TIÊU CHÍ MỨC 4" (5b) per item,
 * filled from the "MUC4" evaluation. Which indicators are unlettered is inferred (a lone Mức 2/3 indicator; the
 * catalogs keep a letter for every indicator) — UNCERTAIN.
 *
 * <p><b>TT57 regime</b>: no official TT57 form was found. This is kdclgd's layout following the report's
 * per-criterion block (FORMS.md §2): the same form with Mức 1 / Mức 2, each level's full text
 * ({@code levelTexts}), and the judgement table with two column groups; without the Công văn's Ghi chú.
 *
 * <p>Values: the common ones. Block: {@code forms}.
 */
public final class CriterionForms implements DocxDocument {
    /** The Ghi chú printed on the 2018 form, verbatim [B2] (one paragraph per line). */
    static final String NOTE_2018 = "Ghi chú:\n- Trường hợp tiêu chí không ghi cụ thể chỉ báo a/b/c (tại mức đánh giá 2 hoặc 3), đề nghị đánh"
            + " dấu sao (*) vào ô chỉ báo và ghi kết quả đánh giá đạt/không đạt.\n- Đối với các ô không có chỉ báo: đánh dấu gạch ngang (–).";

    private final boolean tt57;

    /** The forms of the TT57 regime ({@code tt57} true) or of the 2018 regime. */
    public CriterionForms(boolean tt57) {
        this.tt57 = tt57;
    }

    @Override
    public byte[] defaultTemplate() {
        return TemplateBuilder.portrait().block("forms").build();
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        return c.commonValues();
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        return Map.of("forms", w -> forms(w, c));
    }

    private void forms(Wml w, Context c) {
        boolean first = true;
        for (Standard s : c.catalog().standards()) {
            for (Criterion cr : s.criteria()) {
                if (!first) {
                    w.pageBreak();
                }
                first = false;
                form(w, c, s, cr);
            }
        }
        if (!tt57) {
            c.catalog().level4().ifPresent(l4 -> {
                Optional<ReportInput.Evaluation> e = c.input().evaluation(AssessmentService.LEVEL4);
                for (Item it : l4.items()) {
                    w.pageBreak();
                    level4Form(w, c, l4.article(), it, e);
                }
            });
        }
    }

    private void header(Wml w, Context c, Optional<String> group) {
        w.p(Styles.PLAIN, Wml.text("Trường: "), Wml.text(c.input().school().name()));
        w.p(Styles.PLAIN, Wml.text("Nhóm, cá nhân: "), Wml.value(group));
    }

    private void form(Wml w, Context c, Standard s, Criterion cr) {
        Optional<ReportInput.Evaluation> e = c.input().evaluation(cr.code());
        header(w, c, FormSupport.groupOf(c.input(), cr.code()).map(ReportInput.Group::name));
        w.p(Styles.TITLE, "PHIẾU ĐÁNH GIÁ TIÊU CHÍ");
        w.p(Styles.PLAIN, Wml.bold("Tiêu chuẩn " + s.number() + ": "), Wml.text(s.name()));
        w.p(Styles.PLAIN, Wml.bold("Tiêu chí " + cr.code() + ": "), Wml.text(cr.name()));
        int levels = tt57 ? Math.min(2, cr.maxLevel()) : cr.maxLevel();
        for (int level = 1; level <= levels; level++) {
            w.p(Styles.PLAIN, Wml.bold("Mức " + level + ":"));
            String full = cr.levelTexts().get(level);
            if (tt57 && full != null && !full.isBlank()) {
                w.p(Styles.BODY, full);
            } else {
                for (Item it : cr.items(level)) {
                    w.p(Styles.BODY, FormSupport.indicator(cr, level, it));
                }
            }
        }
        w.p(Styles.PLAIN, Wml.bold("1. Mô tả hiện trạng:"));
        Optional<String> state = e.flatMap(ReportInput.Evaluation::currentState).filter(t -> !t.isBlank());
        List<String> parts = state.map(t -> FormSupport.byLevel(t, levels)).orElse(List.of());
        if (parts.isEmpty()) {
            w.p(Styles.BODY, state);
        } else {
            if (parts.get(0) != null && !parts.get(0).isEmpty()) {
                w.p(Styles.BODY, parts.get(0));
            }
            for (int level = 1; level <= levels; level++) {
                w.p(Styles.PLAIN, Wml.italic("Mức " + level + ":").bolded());
                w.p(Styles.BODY, Optional.ofNullable(parts.get(level)));
            }
        }
        w.p(Styles.PLAIN, Wml.bold("2. Điểm mạnh:"));
        w.p(Styles.BODY, e.flatMap(ReportInput.Evaluation::strengths));
        w.p(Styles.PLAIN, Wml.bold("3. Điểm yếu:"));
        w.p(Styles.BODY, e.flatMap(ReportInput.Evaluation::weaknesses));
        w.p(Styles.PLAIN, Wml.bold("4. Kế hoạch cải tiến chất lượng:"));
        w.p(Styles.BODY, e.flatMap(ReportInput.Evaluation::improvementPlan));
        w.p(Styles.PLAIN, Wml.bold("5. Tự đánh giá:"));
        judgementTable(w, c, cr, e, tt57 ? 2 : 3);
        CriterionResult r = c.rating().criteria().get(cr.code());
        if (r == null || !r.determined()) {
            w.p(Styles.PLAIN, Wml.bold("Kết quả: "), Wml.missing());
        } else {
            w.p(Styles.PLAIN, Wml.bold(r.level() == 0 ? "Kết quả: Không đạt" : "Kết quả: Đạt Mức " + r.level()));
        }
        if (!tt57) {
            for (String line : NOTE_2018.split("\n")) {
                w.p(Styles.NOTE, Wml.italic(line));
            }
        }
        footer(w, c);
    }

    /**
     * The Tự đánh giá table: {@code groups} column groups Mức 1…n, each Chỉ báo | Đạt/Không đạt; one row per
     * indicator position, "*" for an unlettered indicator, "-" where a level has no indicator there; a last row
     * with each level's result.
     */
    static void judgementTable(Wml w, Context c, Criterion cr, Optional<ReportInput.Evaluation> e, int groups) {
        int groupWidth = Context.PORTRAIT_WIDTH / groups;
        int keyWidth = groups == 3 ? 1250 : 1500;
        int[] widths = new int[groups * 2];
        for (int g = 0; g < groups; g++) {
            widths[2 * g] = keyWidth;
            widths[2 * g + 1] = groupWidth - keyWidth;
        }
        w.tableStart(widths, true);
        List<Wml.Cell> h1 = new ArrayList<>();
        List<Wml.Cell> h2 = new ArrayList<>();
        int rows = 1;
        for (int level = 1; level <= groups; level++) {
            h1.add(Wml.cell("Mức " + level).span(2));
            h2.add(Wml.cell("Chỉ báo"));
            h2.add(Wml.cell("Đạt/Không đạt"));
            rows = Math.max(rows, cr.items(level).size());
        }
        w.headerRow(h1);
        w.headerRow(h2);
        for (int i = 0; i < rows; i++) {
            List<Wml.Cell> cells = new ArrayList<>();
            for (int level = 1; level <= groups; level++) {
                List<Item> items = level <= cr.maxLevel() ? cr.items(level) : List.of();
                if (i >= items.size()) {
                    cells.add(Wml.cell("-").center());
                    cells.add(Wml.cell("-").center());
                    continue;
                }
                Item it = items.get(i);
                cells.add(Wml.cell(FormSupport.unlettered(cr, level) ? "*" : it.key()).center());
                int lv = level;
                Optional<Boolean> met = e.flatMap(ev -> ev.judgements().stream()
                        .filter(j -> j.level() == lv && j.itemKey().equals(it.key())).findFirst()).map(ReportInput.Judgement::met);
                cells.add(met.map(m -> Wml.cell(m ? "Đạt" : "Không đạt").center()).orElseGet(() -> Wml.cell(Wml.missing()).center()));
            }
            w.row(cells);
        }
        CriterionResult r = c.rating().criteria().get(cr.code());
        List<Wml.Cell> result = new ArrayList<>();
        for (int level = 1; level <= groups; level++) {
            Wml.Cell cell;
            if (level > cr.maxLevel()) {
                cell = Wml.cell("-");
            } else if (r == null || r.status(level) == LevelStatus.UNKNOWN) {
                cell = Wml.cell(Wml.missing());
            } else {
                cell = Wml.cell(r.status(level) == LevelStatus.MET ? "Đạt" : "Không đạt");
            }
            result.add(cell.span(2).center().bolded());
        }
        w.row(result);
        w.tableEnd();
    }

    private void level4Form(Wml w, Context c, String article, Item it, Optional<ReportInput.Evaluation> e) {
        header(w, c, FormSupport.groupOf(c.input(), AssessmentService.LEVEL4).map(ReportInput.Group::name));
        w.p(Styles.TITLE, "PHIẾU ĐÁNH GIÁ TIÊU CHÍ MỨC 4");
        w.p(Styles.PLAIN, Wml.bold("Tiêu chí (Khoản " + it.key() + " " + article + "): "), Wml.text(it.text()));
        w.p(Styles.PLAIN, Wml.bold("1. Mô tả hiện trạng:"));
        w.p(Styles.BODY, e.flatMap(ReportInput.Evaluation::currentState));
        w.p(Styles.PLAIN, Wml.bold("2. Điểm mạnh:"));
        w.p(Styles.BODY, e.flatMap(ReportInput.Evaluation::strengths));
        w.p(Styles.PLAIN, Wml.bold("3. Điểm yếu:"));
        w.p(Styles.BODY, e.flatMap(ReportInput.Evaluation::weaknesses));
        w.p(Styles.PLAIN, Wml.bold("4. Kế hoạch cải tiến chất lượng:"));
        w.p(Styles.BODY, e.flatMap(ReportInput.Evaluation::improvementPlan));
        Optional<Boolean> met = e.flatMap(ev -> ev.judgements().stream().filter(j -> j.itemKey().equals(it.key())).findFirst())
                .map(ReportInput.Judgement::met);
        w.p(Styles.PLAIN, Wml.bold("5. Tự đánh giá: "), met.map(m -> Wml.text(m ? "Đạt" : "Không đạt")).orElseGet(Wml::missing));
        footer(w, c);
    }

    private static void footer(Wml w, Context c) {
        w.p(Styles.SIGNATURE, Wml.italic(FormSupport.placeAndDate(c)));
        w.tableStart(new int[] {4677, 4678}, false);
        w.row(Wml.cell("Xác nhận của trưởng nhóm công tác").center().bolded(), Wml.cell("Người viết").center().bolded());
        w.row(Wml.cell(Wml.italic("(Ký và ghi rõ họ tên)")).center(), Wml.cell(Wml.italic("(Ký và ghi rõ họ tên)")).center());
        w.tableEnd();
    }
}
