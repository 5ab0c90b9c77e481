package vn.kdclgd.smas.internal.read;

import java.util.List;

/**
 * One row of a sheet that has at least one non-empty cell.
 *
 * @param number 1-based row number as Excel shows it (for CSV: the 1-based line record number)
 * @param cells  the non-empty cells in column order
 */
public record RawRow(int number, List<RawCell> cells) {
    /** The cell in 0-based {@code column}, or {@code null} when that cell is empty. */
    public RawCell cell(int column) {
        for (RawCell c : cells) {
            if (c.column() == column) {
                return c;
            }
            if (c.column() > column) {
                return null;
            }
        }
        return null;
    }
}
