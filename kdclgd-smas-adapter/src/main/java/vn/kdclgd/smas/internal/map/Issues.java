package vn.kdclgd.smas.internal.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kdclgd.smas.ImportIssue;

/**
 * Collects warnings and errors, merging repeats: issues with the same code, file, sheet, column and key
 * (e.g. the unknown value) become one issue with the first row and a count. At most {@code max}
 * distinct issues are kept per code; the rest are summed in a closing issue.
 */
public final class Issues {
    private static final class Entry {
        final String code;
        final String file;
        final String sheet;
        final int row;
        final String column;
        final String message;
        int count = 1;

        Entry(String code, String file, String sheet, int row, String column, String message) {
            this.code = code;
            this.file = file;
            this.sheet = sheet;
            this.row = row;
            this.column = column;
            this.message = message;
        }

        ImportIssue issue() {
            return new ImportIssue(code, file, sheet, row, column, message, count);
        }
    }

    private final int max;
    private final Map<String, Entry> errors = new LinkedHashMap<>();
    private final Map<String, Entry> warnings = new LinkedHashMap<>();
    private final Map<String, Integer> perCode = new HashMap<>();
    private final Map<String, int[]> overflow = new LinkedHashMap<>();

    /** A collector keeping at most {@code max} distinct issues per code. */
    public Issues(int max) {
        this.max = max;
    }

    /** Records an error (the import cannot be committed). */
    public void error(String code, String file, String sheet, int row, String column, String key, String vi, String en) {
        add(errors, code, file, sheet, row, column, key, vi, en);
    }

    /** Records an error whose message is already bilingual (a reading-layer problem). */
    public void error(String code, String file, String sheet, int row, String column, String key, String message) {
        add(errors, code, file, sheet, row, column, key, message);
    }

    /** Records a warning. */
    public void warn(String code, String file, String sheet, int row, String column, String key, String vi, String en) {
        add(warnings, code, file, sheet, row, column, key, vi, en);
    }

    private void add(Map<String, Entry> into, String code, String file, String sheet, int row, String column, String key, String vi, String en) {
        add(into, code, file, sheet, row, column, key, vi + " / " + en);
    }

    private void add(Map<String, Entry> into, String code, String file, String sheet, int row, String column, String key, String message) {
        String k = code + '\u0000' + file + '\u0000' + sheet + '\u0000' + column + '\u0000' + key;
        Entry e = into.get(k);
        if (e != null) {
            e.count++;
            return;
        }
        String budget = (into == errors ? "E" : "W") + code;
        int n = perCode.merge(budget, 1, Integer::sum);
        if (n > max) {
            overflow.computeIfAbsent(budget, b -> new int[1])[0]++;
            return;
        }
        into.put(k, new Entry(code, file, sheet, row, column, message));
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors, in the order first met. */
    public List<ImportIssue> errors() {
        return list(errors, "E");
    }

    /** The warnings, in the order first met. */
    public List<ImportIssue> warnings() {
        return list(warnings, "W");
    }

    private List<ImportIssue> list(Map<String, Entry> from, String prefix) {
        List<ImportIssue> out = new ArrayList<>();
        from.values().forEach(e -> out.add(e.issue()));
        overflow.forEach((budget, n) -> {
            if (budget.startsWith(prefix)) {
                String code = budget.substring(1);
                out.add(new ImportIssue(code, "", "", 0, "", "còn " + n[0] + " vấn đề khác cùng mã " + code + " không liệt kê"
                        + " / " + n[0] + " more issues with code " + code + " not listed", n[0]));
            }
        });
        return List.copyOf(out);
    }
}
