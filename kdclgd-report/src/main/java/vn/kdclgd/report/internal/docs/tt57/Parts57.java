package vn.kdclgd.report.internal.docs.tt57;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.rating.CriterionResult;
import vn.kdclgd.rules.rating.LevelStatus;

/** Pieces the TT57 documents share: free texts as paragraphs, level wording, upper case. */
final class Parts57 {
    static final Locale VI = Locale.forLanguageTag("vi");

    private Parts57() {
    }

    /** A free text as body paragraphs (one per non-blank line), or one "chưa có dữ liệu" paragraph. */
    static void paragraphs(Wml w, Optional<String> text) {
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            w.p(Styles.BODY, Wml.missing());
            return;
        }
        for (String line : lines) {
            w.p(Styles.BODY, line);
        }
    }

    /** The non-blank lines of a text, stripped. */
    static List<String> lines(Optional<String> text) {
        List<String> out = new ArrayList<>();
        text.ifPresent(t -> {
            for (String line : t.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        });
        return out;
    }

    /** A cell with one paragraph per line, or "chưa có dữ liệu". */
    static Wml.Cell cellLines(Optional<String> text) {
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            return Wml.cell(Wml.missing());
        }
        return Wml.cellOf(lines.stream().map(l -> List.of(Wml.text(l))).toList());
    }

    /** The full text of a level: the catalog's paragraph, else its items joined; empty when it has neither. */
    static Optional<String> levelText(Criterion c, int level) {
        String t = c.levelTexts().get(level);
        if (t != null && !t.isBlank()) {
            return Optional.of(t);
        }
        List<Item> items = c.items(level);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", items.stream().map(Item::text).toList()));
    }

    /** "Đạt" / "Không đạt" for a level's status; empty when it is not known yet. */
    static Optional<String> metText(LevelStatus s) {
        return switch (s) {
            case MET -> Optional.of("Đạt");
            case NOT_MET, NOT_CONSIDERED -> Optional.of("Không đạt");
            case UNKNOWN -> Optional.empty();
        };
    }

    /** "Tiêu chí đạt Mức n" / "Tiêu chí không đạt Mức 1"; empty when missing judgements leave it open at 0. */
    static Optional<String> levelSentence(CriterionResult r) {
        if (r.level() == 0) {
            return r.determined() ? Optional.of("Tiêu chí không đạt Mức 1.") : Optional.empty();
        }
        return Optional.of("Tiêu chí đạt Mức " + r.level() + ".");
    }

    /** "Đạt Mức n" / "Không đạt Mức 1" (short, for tables); empty when open at 0. */
    static Optional<String> levelShort(CriterionResult r) {
        if (r.level() == 0) {
            return r.determined() ? Optional.of("Không đạt Mức 1") : Optional.empty();
        }
        return Optional.of("Đạt Mức " + r.level());
    }

    /** Upper case in Vietnamese. */
    static String upper(String s) {
        return s.toUpperCase(VI);
    }

    /** A percentage with one decimal and a decimal comma: "33,3". */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.1f", 100.0 * part / whole).replace('.', ',');
    }
}
