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
        int size = cells.size();
        // cells are in column order: with no gap before it, the cell of a column is at its index
        if (column < size) {
            RawCell c = cells.get(column);
            if (c.column() == column) {
                return c;
            }
        }
        int lo = 0;
        int hi = Math.min(size, column + 1) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            RawCell c = cells.get(mid);
            if (c.column() < column) {
                lo = mid + 1;
            } else if (c.column() > column) {
                hi = mid - 1;
            } else {
                return c;
            }
        }
        return null;
    }
}
