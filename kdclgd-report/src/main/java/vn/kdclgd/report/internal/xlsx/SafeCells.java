package vn.kdclgd.report.internal.xlsx;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes cells so that nothing a school typed is ever evaluated by a spreadsheet program: every text is a
 * string cell (never a formula), and a text that a spreadsheet would read as a formula when the cell is
 * edited or exported to CSV ({@code =}, {@code +}, {@code -}, {@code @}, a tab or carriage return, also
 * after leading spaces) gets a quote-prefixed copy of its style. Text is normalised to Unicode NFC, control
 * characters XML cannot hold are dropped, and text longer than a cell can hold is cut with a visible mark.
 *
 * <p>One instance per workbook: it caches the quote-prefixed copies of the styles it was given.
 */
public final class SafeCells {
    /** The text printed for a value that is not known. */
    public static final String MISSING = "chưa có dữ liệu";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String CUT_MARK = "… (đã cắt bớt)";
    private static final int MAX = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Workbook workbook;
    private final Map<Integer, CellStyle> quoted = new HashMap<>();
    private CellStyle plainQuoted;

    /** Cells of {@code workbook}. */
    public SafeCells(Workbook workbook) {
        this.workbook = Objects.requireNonNull(workbook, "workbook");
    }

    /**
     * Whether a spreadsheet could read {@code text} as a formula or a command: its first character after
     * leading spaces is {@code = + - @} (or their full-width forms), or a tab or carriage return.
     */
    public static boolean needsQuote(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\u3000')) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        return switch (text.charAt(i)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /**
     * {@code text} as it is written: NFC, without the control characters XML 1.0 cannot hold (tab, line
     * feed and carriage return are kept), cut to the cell limit with a visible mark.
     */
    public static String clean(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!bad && b != null) {
                b.append(c);
            }
        }
        if (b != null) {
            s = b.toString();
        }
        if (s.length() > MAX) {
            int end = MAX - CUT_MARK.length();
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            s = s.substring(0, end) + CUT_MARK;
        }
        return s;
    }

    /** A date as printed in the documents, {@code 07/07/2026}. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * Writes {@code text} as a string cell at {@code column} of {@code row} with {@code style} (null = the
     * default style), quote-prefixed when {@link #needsQuote} says so.
     *
     * @return the cell
     */
    public Cell text(Row row, int column, String text, CellStyle style) {
        String s = clean(text);
        Cell cell = row.createCell(column);
        cell.setCellValue(s);
        if (needsQuote(s)) {
            cell.setCellStyle(quotedOf(style));
        } else if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** Writes a number as a numeric cell with {@code style} (null = the default style). */
    public Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** Writes an empty cell with {@code style} (for borders of merged regions). */
    public Cell blank(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private CellStyle quotedOf(CellStyle style) {
        if (style == null) {
            if (plainQuoted == null) {
                plainQuoted = workbook.createCellStyle();
                plainQuoted.setQuotePrefixed(true);
            }
            return plainQuoted;
        }
        if (style.getQuotePrefixed()) {
            return style;
        }
        return quoted.computeIfAbsent(style.getIndex() & 0xFFFF, k -> {
            CellStyle q = workbook.createCellStyle();
            q.cloneStyleFrom(style);
            q.setQuotePrefixed(true);
            return q;
        });
    }
}
