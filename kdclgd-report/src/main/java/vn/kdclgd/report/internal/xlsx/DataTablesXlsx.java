package vn.kdclgd.report.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdclgd.report.internal.tables.DataTable;
import vn.kdclgd.report.internal.tables.DataTable.HeaderCell;

/**
 * The data tables of a report (cơ sở dữ liệu / thông tin dữ liệu) as one XLSX sheet: the document title,
 * then each table with its heading, its header rows (cells merged as their spans say), its body and its
 * notes. A value that is not known is printed "chưa có dữ liệu" in grey italic, never blank or 0; heading
 * and total rows are bold. A body value that is a plain whole number ({@code 962}, {@code -3}, no leading
 * zero, at most 15 digits) is written as a number so it can be summed; every other value is text.
 */
public final class DataTablesXlsx {
    /** The sheet's name. */
    public static final String SHEET = "Số liệu";

    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9]\\d{0,14})");
    private static final int MAX_WIDTH = 45;

    private DataTablesXlsx() {
    }

    /**
     * Writes {@code tables} under {@code title} to {@code out} (left open).
     *
     * @throws vn.kdclgd.report.ReportException {@code KDCL-9407} when the output cannot be written
     */
    public static void write(List<DataTable> tables, String title, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            SafeCells cells = new SafeCells(wb);
            Sheet sheet = wb.createSheet(SHEET);
            Sheets.a4(sheet, true);
            int maxCols = Math.max(1, tables.stream().mapToInt(DataTable::columns).max().orElse(1));
            int[] widths = new int[maxCols];
            java.util.Arrays.fill(widths, 8);

            List<Row> noteRows = new java.util.ArrayList<>();
            int r = 0;
            cells.text(sheet.createRow(r), 0, title, st.title);
            if (maxCols > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, maxCols - 1));
            }
            r += 2;
            for (DataTable t : tables) {
                int cols = Math.max(1, t.columns());
                cells.text(sheet.createRow(r++), 0, t.title(), st.leftBold);
                r = header(sheet, cells, st, t, r, cols, widths);
                for (DataTable.Row body : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cols; c++) {
                        Optional<String> v = c < body.cells().size() ? body.cells().get(c) : Optional.empty();
                        if (v.isEmpty()) {
                            cells.text(row, c, SafeCells.MISSING, st.missing);
                            widen(widths, c, SafeCells.MISSING.length());
                        } else if (WHOLE.matcher(v.get().strip()).matches()) {
                            cells.number(row, c, Long.parseLong(v.get().strip()), body.emphasis() ? st.numberBold : st.number);
                            widen(widths, c, v.get().strip().length());
                        } else {
                            CellStyle s = body.emphasis() ? st.bodyBold : st.body;
                            cells.text(row, c, v.get(), s);
                            widen(widths, c, longestLine(v.get()));
                        }
                    }
                }
                for (String note : t.notes()) {
                    Row row = sheet.createRow(r);
                    cells.text(row, 0, note, st.note);
                    noteRows.add(row);
                    if (cols > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, cols - 1));
                    }
                    r++;
                }
                r++;
            }
            int total = 0;
            for (int c = 0; c < maxCols; c++) {
                int w = Math.min(MAX_WIDTH, widths[c] + 2);
                sheet.setColumnWidth(c, w * 256);
                total += w;
            }
            // notes are merged cells, which spreadsheets do not grow: give them the lines they need
            for (Row row : noteRows) {
                int lines = Math.max(1, (int) Math.ceil(row.getCell(0).getStringCellValue().length() / (double) Math.max(10, total)));
                row.setHeightInPoints(15f * lines + 2);
            }
            Sheets.write(wb, out, "data-tables");
        } catch (IOException e) {
            throw Sheets.writeFailed("data-tables", e);
        }
    }

    /** Writes the header rows of {@code t} from row {@code r}; returns the next free row. */
    private static int header(Sheet sheet, SafeCells cells, Styles st, DataTable t, int r, int cols, int[] widths) {
        int rows = t.header().size();
        if (rows == 0) {
            return r;
        }
        boolean[][] taken = new boolean[rows][cols];
        Row[] out = new Row[rows];
        for (int h = 0; h < rows; h++) {
            out[h] = sheet.createRow(r + h);
        }
        for (int h = 0; h < rows; h++) {
            int c = 0;
            for (HeaderCell hc : t.header().get(h)) {
                while (c < cols && taken[h][c]) {
                    c++;
                }
                if (c >= cols) {
                    break;
                }
                int colSpan = Math.max(1, Math.min(hc.colSpan(), cols - c));
                int rowSpan = Math.max(1, Math.min(hc.rowSpan(), rows - h));
                for (int y = h; y < h + rowSpan; y++) {
                    for (int x = c; x < c + colSpan; x++) {
                        taken[y][x] = true;
                        if (y != h || x != c) {
                            cells.blank(out[y], x, st.header);
                        }
                    }
                }
                cells.text(out[h], c, hc.text(), st.header);
                if (colSpan == 1) {
                    widen(widths, c, Math.min(longestLine(hc.text()), 20));
                }
                if (colSpan > 1 || rowSpan > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r + h, r + h + rowSpan - 1, c, c + colSpan - 1));
                }
                c += colSpan;
            }
            for (int x = 0; x < cols; x++) {
                if (!taken[h][x]) {
                    cells.blank(out[h], x, st.header);
                }
            }
        }
        return r + rows;
    }

    private static void widen(int[] widths, int c, int length) {
        if (c < widths.length) {
            widths[c] = Math.max(widths[c], length);
        }
    }

    private static int longestLine(String s) {
        int max = 0;
        for (String line : s.split("\n", -1)) {
            max = Math.max(max, line.length());
        }
        return max;
    }
}
