package vn.kdclgd.smas.internal.read;

/**
 * One non-empty cell as read from a sheet.
 *
 * @param column 0-based column index (A = 0)
 * @param text   the cell's text, Unicode NFC, with legacy encodings (TCVN3, VNI) already converted; for a
 *               numeric cell its plain decimal form without exponent and without a trailing ".0"
 *               ({@code 1.0} → {@code "1"}, {@code 12345678.0} → {@code "12345678"})
 * @param number the numeric value when the cell is numeric (a number, or a date stored as an Excel serial
 *               number), else {@code null}
 * @param date   {@code true} when the cell is numeric and formatted as a date (its number is an Excel
 *               serial date, 1900 date system)
 * @param legacy the legacy encoding this cell's text was converted from ({@code "TCVN3"}, {@code "VNI"}),
 *               or {@code null} when it was Unicode already
 */
public record RawCell(int column, String text, Double number, boolean date, String legacy) {
}
