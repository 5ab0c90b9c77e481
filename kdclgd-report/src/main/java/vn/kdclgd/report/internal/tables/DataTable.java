package vn.kdclgd.report.internal.tables;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One data table of a report's Phần I (cơ sở dữ liệu / thông tin dữ liệu), neutral of the output format:
 * the DOCX and XLSX writers both render it. A value that is not known is an empty {@link Optional} and is
 * printed as missing, never as 0.
 *
 * @param id     stable id, e.g. {@code students}, {@code classes}
 * @param title  the heading as printed, e.g. "1. Số lớp học"
 * @param header header rows (cells may span columns and rows); the column count is the first row's span sum
 * @param rows   body rows
 * @param notes  notes printed under the table (sources of uncertainty, missing data explained)
 */
public record DataTable(String id, String title, List<List<HeaderCell>> header, List<Row> rows, List<String> notes) {
    /** Checks the components. */
    public DataTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        header = header.stream().map(List::copyOf).toList();
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** Number of columns. */
    public int columns() {
        return header.isEmpty() ? 0 : header.get(0).stream().mapToInt(HeaderCell::colSpan).sum();
    }

    /**
     * A header cell.
     *
     * @param text    its text
     * @param colSpan columns it spans (≥ 1)
     * @param rowSpan header rows it spans (≥ 1)
     */
    public record HeaderCell(String text, int colSpan, int rowSpan) {
        /** A cell spanning one column and one row. */
        public static HeaderCell of(String text) {
            return new HeaderCell(text, 1, 1);
        }
    }

    /**
     * A body row: every cell in column order, label cells included (e.g. "TT", "Số liệu", the year values,
     * "Ghi chú"). An empty cell value means "missing data" and is printed as such; a cell that is blank
     * on purpose (a label column without a number) is {@code Optional.of("")}.
     *
     * @param cells    one per column
     * @param emphasis a heading or total row (printed bold)
     */
    public record Row(List<Optional<String>> cells, boolean emphasis) {
        /** Checks the components. */
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
