package vn.kdclgd.smas.internal.read;

import java.nio.file.Path;
import java.util.List;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * The {@code KDCL-91xx} errors of reading an import file, documented in {@code docs/errors.md}
 * ("KDCL-91xx — reading import files"). Each names the place ({@link #where}) and says what to do.
 */
final class ReadErrors {
    static final String CANNOT_READ = "KDCL-9101";
    static final String TOO_LARGE = "KDCL-9102";
    static final String EMPTY = "KDCL-9103";
    static final String NOT_A_TABLE = "KDCL-9104";
    static final String WEB_PAGE = "KDCL-9105";
    static final String UNZIPS_TOO_LARGE = "KDCL-9106";
    static final String COMPRESSION_RATIO = "KDCL-9107";
    static final String DAMAGED = "KDCL-9108";
    static final String DTD = "KDCL-9109";
    static final String ENCRYPTED = "KDCL-9110";
    static final String OLD_FORMAT = "KDCL-9111";
    static final String NO_SUCH_SHEET = "KDCL-9112";
    static final String TOO_MANY_ROWS = "KDCL-9113";
    static final String TOO_MANY_COLUMNS = "KDCL-9114";
    static final String CELL_TOO_LONG = "KDCL-9115";
    static final String UNCLOSED_QUOTE = "KDCL-9116";
    static final String TEMP_FILES = "KDCL-9118";

    private ReadErrors() {
    }

    /** An exception with one problem and, when known, the low-level cause (never shown to the user). */
    static KdclException error(String code, String where, String vietnamese, String english, Throwable cause) {
        return new KdclException(List.of(Problem.of(code, where, vietnamese, english)), cause);
    }

    /** An exception with one problem and no low-level cause. */
    static KdclException error(String code, String where, String vietnamese, String english) {
        return error(code, where, vietnamese, english, null);
    }

    /** The file's name, as used at the start of every {@code where}. */
    static String where(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** {@code file.xlsx part xl/sharedStrings.xml}. */
    static String wherePart(Path file, String part) {
        return where(file) + " part " + part;
    }

    /** {@code file.xlsx sheet "HocSinh"}, or the file alone when {@code sheet} is null (CSV). */
    static String where(Path file, String sheet) {
        return sheet == null ? where(file) : where(file) + " sheet \"" + sheet + "\"";
    }

    /** {@code file.xlsx sheet "HocSinh" row 12}. */
    static String where(Path file, String sheet, int row) {
        return where(file, sheet) + " row " + row;
    }

    /** {@code file.xlsx sheet "HocSinh" row 12 column C}. */
    static String where(Path file, String sheet, int row, int column) {
        return where(file, sheet, row) + " column " + columnName(column);
    }

    /** Spreadsheet column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.reverse().toString();
    }

    /** The file cannot be opened or read (missing, no permission, I/O error). */
    static KdclException cannotRead(Path file, Throwable cause) {
        return error(CANNOT_READ, where(file),
                "Không đọc được tệp; kiểm tra đường dẫn và quyền đọc rồi thử lại",
                "The file cannot be read; check the path and read permission, then try again", cause);
    }

    /** A workbook whose structure is broken or inconsistent. */
    static KdclException damaged(String where, Throwable cause) {
        return error(DAMAGED, where,
                "Tệp bị hỏng hoặc không đúng cấu trúc bảng tính; mở bằng Excel, lưu lại thành .xlsx rồi nhập lại",
                "The file is damaged or not a well-formed workbook; open it in Excel, save it again as .xlsx and "
                        + "import that", cause);
    }
}
