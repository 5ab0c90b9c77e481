package vn.kdclgd.smas.internal.read;

/**
 * A sheet of a workbook (a CSV file has exactly one, named after the file).
 *
 * @param index  0-based position in the workbook
 * @param name   the sheet's name
 * @param hidden whether the sheet is hidden or very hidden
 */
public record SheetInfo(int index, String name, boolean hidden) {
}
