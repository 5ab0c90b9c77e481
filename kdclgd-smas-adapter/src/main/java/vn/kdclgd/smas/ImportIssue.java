package vn.kdclgd.smas;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A warning or an error found while importing, with where it is. Issues of the same kind, value and
 * column are reported once with how many rows they concern ({@link #occurrences()}) and the first row.
 *
 * @param code        stable code ({@code KDCL-91xx} reading, {@code KDCL-92xx} mapping; docs/errors.md)
 * @param file        the file's name
 * @param sheet       the sheet (empty for the file as a whole)
 * @param row         1-based row as Excel shows it (0 when the issue concerns no single row)
 * @param column      column letter(s) such as {@code "C"} (empty when none)
 * @param message     Vietnamese " / " English: what is wrong and what to do
 * @param occurrences how many rows the issue concerns (≥ 1)
 */
public record ImportIssue(String code, String file, String sheet, int row, String column, String message, int occurrences) {

    /** The row, when the issue concerns one. */
    public OptionalInt rowNumber() {
        return row > 0 ? OptionalInt.of(row) : OptionalInt.empty();
    }

    /** The sheet, when the issue concerns one. */
    public Optional<String> sheetName() {
        return sheet.isEmpty() ? Optional.empty() : Optional.of(sheet);
    }

    /** A one-line form: {@code code file sheet "X" row 12 column C: message}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(code).append(' ').append(file);
        if (!sheet.isEmpty()) {
            sb.append(" sheet \"").append(sheet).append('"');
        }
        if (row > 0) {
            sb.append(" row ").append(row);
        }
        if (!column.isEmpty()) {
            sb.append(" column ").append(column);
        }
        sb.append(": ").append(message);
        if (occurrences > 1) {
            sb.append(" (").append(occurrences).append(" dòng / rows)");
        }
        return sb.toString();
    }
}
