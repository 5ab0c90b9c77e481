package vn.kdclgd.smas.internal.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * The rules every reader applies to the cells of one sheet, so that xlsx, xls and csv give the same
 * {@link RawCell}s: legacy conversion, NFC, the numeric text form and the limits, with errors naming
 * file, sheet, row and column. Counts what {@link ReadStats} reports.
 */
final class SheetContext {
    /** Excel shows at most 15 significant digits; the numeric text uses the same precision. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private final Path file;
    private final String sheet;
    private final ReadLimits limits;
    private final Map<String, Integer> legacy = new TreeMap<>();
    private int rows;

    /**
     * @param sheet the sheet's name, or null for a CSV (whose errors name the file only)
     */
    SheetContext(Path file, String sheet, ReadLimits limits) {
        this.file = file;
        this.sheet = sheet;
        this.limits = limits;
    }

    /** Fails when {@code column} (0-based) is beyond {@link ReadLimits#maxColumns()}. */
    void checkColumn(int row, int column) {
        if (column >= limits.maxColumns()) {
            throw columnBeyondLimit(row, column);
        }
    }

    /** The error for a cell in a column beyond {@link ReadLimits#maxColumns()}. */
    KdclException columnBeyondLimit(int row, int column) {
        return ReadErrors.error(ReadErrors.TOO_MANY_COLUMNS, ReadErrors.where(file, sheet, row, column),
                "Dòng có ô ở cột vượt quá giới hạn " + limits.maxColumns() + " cột; xoá các cột thừa ở bên phải "
                        + "rồi nhập lại",
                "The row has a cell beyond the limit of " + limits.maxColumns() + " columns; delete the surplus "
                        + "columns on the right and import again");
    }

    /** Fails when {@code length} characters exceed {@link ReadLimits#maxCellChars()}. */
    void checkLength(int row, int column, int length) {
        if (length > limits.maxCellChars()) {
            throw cellTooLong(row, column);
        }
    }

    /** The error for a cell longer than {@link ReadLimits#maxCellChars()}. */
    KdclException cellTooLong(int row, int column) {
        return ReadErrors.error(ReadErrors.CELL_TOO_LONG, ReadErrors.where(file, sheet, row, column),
                "Ô dài hơn " + limits.maxCellChars() + " ký tự; kiểm tra nội dung ô này (có thể dán nhầm cả "
                        + "một văn bản) rồi nhập lại",
                "The cell is longer than " + limits.maxCellChars() + " characters; check its content (a whole "
                        + "document may have been pasted into it) and import again");
    }

    /**
     * A text cell: {@code raw} converted from {@code encoding} when it is in it, then NFC; null when the
     * text is empty. Checks the column and length limits.
     */
    RawCell text(int row, int column, String raw, LegacyEncoding encoding) {
        return text(row, column, raw, encoding, false);
    }

    /**
     * {@link #text(int, int, String, LegacyEncoding)} where the caller may know that {@code raw} is NFC
     * ({@code rawIsNfc}: a shared string checked once with {@link #surelyNfcUtf8} for all the cells that
     * show it), which spares the check when the text needs no conversion.
     */
    RawCell text(int row, int column, String raw, LegacyEncoding encoding, boolean rawIsNfc) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        checkColumn(row, column);
        checkLength(row, column, raw.length());
        String converted = encoding.convert(raw);
        String label = null;
        if (converted != raw) {
            label = encoding.label();
            legacy.merge(label, 1, Integer::sum);
        }
        return new RawCell(column, rawIsNfc && converted == raw ? raw : nfc(converted), null, false, label);
    }

    /** Unicode NFC of {@code text} (the same instance when it is NFC already). */
    static String nfc(String text) {
        return surelyNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether {@code text} is NFC without asking the normaliser (every cell passes here): true when each
     * character is below U+0300 (Latin letters, incl. Vietnamese ơ ư đ; no combining marks) or a
     * precomposed Latin letter of U+1E00–U+1EFF (ạ ả ấ … ỹ). Such characters are NFC on their own and none
     * composes with another of them, since composition needs a combining mark (U+0300 and above).
     */
    static boolean surelyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #surelyNfc} of the text whose UTF-8 is {@code utf8[0..length)}, from the bytes: true when every
     * lead byte is below 0xCC (characters below U+0300) or starts E1 B8–BB (U+1E00–U+1EFF). False for
     * anything else, malformed UTF-8 included (the caller then checks the decoded text).
     */
    static boolean surelyNfcUtf8(byte[] utf8, int length) {
        for (int i = 0; i < length; i++) {
            int b = utf8[i] & 0xFF;
            if (b >= 0xCC) {
                if (b != 0xE1 || i + 1 >= length) {
                    return false;
                }
                int next = utf8[i + 1] & 0xFF;
                if (next < 0xB8 || next > 0xBB) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** A numeric cell ({@code date} when formatted as a date; its value is then a 1900-system serial). */
    RawCell number(int row, int column, double value, boolean date) {
        checkColumn(row, column);
        return new RawCell(column, plain(value), value, date, null);
    }

    /**
     * The row as handed to the handler, or null when it has no cell. Counts it and fails when it is one
     * more than {@link ReadLimits#maxRowsPerSheet()}.
     */
    RawRow row(int number, List<RawCell> cells) {
        if (cells.isEmpty()) {
            return null;
        }
        if (rows >= limits.maxRowsPerSheet()) {
            throw ReadErrors.error(ReadErrors.TOO_MANY_ROWS, ReadErrors.where(file, sheet, number),
                    "Trang tính có hơn " + limits.maxRowsPerSheet() + " dòng dữ liệu, vượt giới hạn; chia tệp "
                            + "thành nhiều tệp nhỏ hơn (hoặc xoá các dòng thừa ở cuối) rồi nhập lại",
                    "The sheet has more than " + limits.maxRowsPerSheet() + " data rows, over the limit; split "
                            + "the file into smaller ones (or delete surplus rows at the end) and import again");
        }
        rows++;
        return new RawRow(number, List.copyOf(cells));
    }

    /** What was read, with {@code hiddenColumns} as found by the reader. */
    ReadStats stats(Set<Integer> hiddenColumns) {
        return new ReadStats(rows, Map.copyOf(legacy), Set.copyOf(hiddenColumns));
    }

    /**
     * The plain decimal text of a number as Excel shows it in a General cell (15 significant digits), with
     * neither exponent nor trailing zeros: {@code 1234567.0} → {@code "1234567"}, {@code 0.1 + 0.2} →
     * {@code "0.3"}, {@code 1e20} → {@code "100000000000000000000"}.
     */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            // a whole number of at most 15 digits (row numbers, codes, date serials): what the rounding below
            // gives, without a BigDecimal per cell
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }
}
