package vn.kdclgd.smas.internal.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.kdclgd.smas.internal.read.RawCell;
import vn.kdclgd.smas.internal.read.RawRow;

/**
 * Where a template's header is in a sheet: the header row (or two rows, for a group header over
 * sub-headers) and the column of each field found.
 *
 * @param template   the template
 * @param headerRow  1-based number of the (last) header row
 * @param columns    field → 0-based column
 * @param headerText 0-based column → folded header text, to recognise repeated headers
 * @param hiddenUsed fields read from a hidden column
 */
public record HeaderMatch(TemplateSpec template, int headerRow, Map<Field, Integer> columns, Map<Integer, String> headerText,
                          List<Field> hiddenUsed) {

    /** How many fields were found. */
    public int score() {
        return columns.size();
    }

    /**
     * The best header of {@code t} among the first rows of a sheet: every required field found, then the
     * most fields, then the earliest row. Null when no row has every required field.
     */
    public static HeaderMatch find(TemplateSpec t, List<RawRow> first, Set<Integer> hidden) {
        HeaderMatch best = null;
        int limit = Math.min(first.size(), t.headerSearchRows());
        for (int i = 0; i < limit; i++) {
            RawRow row = first.get(i);
            HeaderMatch single = match(t, texts(row, null), row.number(), hidden);
            best = better(best, single);
            if (i + 1 < first.size() && first.get(i + 1).number() == row.number() + 1) {
                RawRow below = first.get(i + 1);
                best = better(best, match(t, texts(below, row), below.number(), hidden));
            }
        }
        return best;
    }

    private static HeaderMatch better(HeaderMatch a, HeaderMatch b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.score() > a.score()) {
            return b;
        }
        return a;
    }

    /** Column → folded text of {@code row}; where {@code above} is given, its text fills the blank cells and prefixes the others. */
    private static Map<Integer, String> texts(RawRow row, RawRow above) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        for (RawCell c : row.cells()) {
            out.put(c.column(), Fold.header(c.text()));
        }
        if (above != null) {
            String group = null;
            int last = row.cells().isEmpty() ? 0 : row.cells().get(row.cells().size() - 1).column();
            for (int col = 0; col <= last; col++) {
                RawCell a = above.cell(col);
                if (a != null) {
                    group = Fold.header(a.text());
                }
                String own = out.get(col);
                if (own == null && a != null) {
                    out.put(col, group);
                }
            }
            for (RawCell a : above.cells()) {
                out.putIfAbsent(a.column(), Fold.header(a.text()));
            }
        }
        return out;
    }

    private static HeaderMatch match(TemplateSpec t, Map<Integer, String> texts, int rowNumber, Set<Integer> hidden) {
        Map<Field, Integer> cols = new EnumMap<>(Field.class);
        List<Field> hiddenUsed = new ArrayList<>();
        for (Map.Entry<Field, TemplateSpec.Column> e : t.columns().entrySet()) {
            Integer visible = null;
            Integer hid = null;
            for (Map.Entry<Integer, String> cell : texts.entrySet()) {
                if (e.getValue().foldedAliases().contains(cell.getValue())) {
                    if (hidden.contains(cell.getKey())) {
                        hid = hid == null ? cell.getKey() : hid;
                    } else {
                        visible = cell.getKey();
                        break;
                    }
                }
            }
            if (visible != null) {
                cols.put(e.getKey(), visible);
            } else if (hid != null) {
                cols.put(e.getKey(), hid);
                hiddenUsed.add(e.getKey());
            }
        }
        for (Field f : t.required()) {
            if (!cols.containsKey(f)) {
                return null;
            }
        }
        return new HeaderMatch(t, rowNumber, cols, texts, hiddenUsed);
    }

    /** Whether {@code row} repeats the header (at least half of the mapped columns carry their header text). */
    public boolean repeats(RawRow row) {
        int same = 0;
        int missed = 0;
        int n = columns.size();
        for (int col : columns.values()) {
            RawCell c = row.cell(col);
            String header = headerText.get(col);
            // folding never lengthens a text: a cell shorter than the folded header cannot repeat it
            if (c != null && c.text().length() >= header.length() && Fold.mayFoldTo(c.text(), header)
                    && Fold.header(c.text()).equals(header)) {
                same++;
            } else if (++missed * 2 > n) {
                return false; // half can no longer match: stop folding the cells of a data row
            }
        }
        return same * 2 >= n && same > 0;
    }
}
