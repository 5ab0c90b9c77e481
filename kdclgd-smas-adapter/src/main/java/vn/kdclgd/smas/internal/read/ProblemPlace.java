package vn.kdclgd.smas.internal.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place a reading-layer problem names, taken apart again: {@link ReadErrors} writes places as
 * {@code <file>[ sheet "<name>"][ row <n>[ column <letters>]]} or {@code <file> part <zip entry>}, and the
 * import report wants the sheet, row and column as separate fields.
 *
 * @param sheet  the sheet, or "" when the place names none (CSV, a whole file, a package part)
 * @param row    the 1-based row, or 0
 * @param column the column letters, or ""
 * @param part   the package part (e.g. {@code xl/sharedStrings.xml}), or ""
 */
public record ProblemPlace(String sheet, int row, String column, String part) {
    private static final Pattern REST = Pattern.compile(
            "(?: sheet \"(?<sheet>.*)\")?(?: row (?<row>\\d+))?(?: column (?<column>[A-Z]+))?(?: part (?<part>.+))?");

    /**
     * The place in {@code where} after the file name {@code file}; a {@code where} that is not about that
     * file, or not in the form above, gives an empty place (the text stays in the problem's message).
     */
    public static ProblemPlace of(String where, String file) {
        if (where == null || file == null || !where.startsWith(file)) {
            return new ProblemPlace("", 0, "", "");
        }
        Matcher m = REST.matcher(where.substring(file.length()));
        if (!m.matches()) {
            return new ProblemPlace("", 0, "", "");
        }
        String row = m.group("row");
        return new ProblemPlace(orEmpty(m.group("sheet")), row == null ? 0 : Integer.parseInt(row), orEmpty(m.group("column")),
                orEmpty(m.group("part")));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
