package vn.kdclgd.smas.internal.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * An xlsx workbook streamed from the file with fastexcel-reader, after {@link ZipGuard} has checked the
 * package. What fastexcel-reader does not expose comes from {@link XlsxParts}: hidden columns and, when
 * the workbook has a legacy font at all, each cell's style (read in step with the rows) to decide per cell
 * whether its text is TCVN3 or VNI.
 *
 * <p>fastexcel-reader keeps every shared string it has met in memory; {@link #open} therefore refuses
 * (KDCL-9117) a workbook whose shared-strings part would need more than three quarters of the heap
 * (estimated at twice the part's unpacked size) instead of running out of memory halfway.
 */
final class XlsxSource extends OpenedSource {
    /** Measured: fastexcel-reader's shared strings take about twice the part's unpacked size on the heap. */
    static final int SHARED_STRINGS_HEAP_FACTOR = 2;

    private final XlsxParts parts;
    private final ReadableWorkbook workbook;
    private final LegacyEncoding[] styleEncodings;

    private XlsxSource(Path file, ReadLimits limits, XlsxParts parts, ReadableWorkbook workbook) {
        super(file, FileKind.XLSX, limits);
        this.parts = parts;
        this.workbook = workbook;
        sheets(workbook.getSheets()
                .map(s -> new SheetInfo(s.getIndex(), SheetContext.nfc(s.getName()),
                        s.getVisibility() != SheetVisibility.VISIBLE))
                .toList());
        this.styleEncodings = parts.styleEncodings();
    }

    /** Checks the package and opens it; closes what it opened when anything fails. */
    static XlsxSource open(Path file, ZipFile zip, ReadLimits limits) {
        XlsxParts parts = null;
        ReadableWorkbook workbook = null;
        try {
            ZipGuard.Measured measured = new ZipGuard(file, limits).check(zip);
            checkMemory(file, measured.sharedStringsBytes());
            parts = new XlsxParts(file, zip);
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(parts.hasStyles(), true));
            return new XlsxSource(file, limits, parts, workbook);
        } catch (KdclException e) {
            closeQuietly(workbook, parts, zip);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook, parts, zip);
            throw ReadErrors.damaged(ReadErrors.where(file), e);
        }
    }

    private static void checkMemory(Path file, long sharedStringsBytes) {
        long need = SHARED_STRINGS_HEAP_FACTOR * sharedStringsBytes;
        long allowed = Runtime.getRuntime().maxMemory() / 4 * 3;
        if (need > allowed) {
            throw ReadErrors.error(ReadErrors.NOT_ENOUGH_MEMORY, ReadErrors.wherePart(file, "xl/sharedStrings.xml"),
                    "Bảng chuỗi dùng chung của tệp cần khoảng " + (need >> 20) + " MiB bộ nhớ, nhiều hơn mức cho "
                            + "phép (" + (allowed >> 20) + " MiB); chia tệp thành nhiều tệp nhỏ hơn, lưu thành .csv, "
                            + "hoặc tăng bộ nhớ Java (-Xmx)",
                    "The file's shared-strings table needs about " + (need >> 20) + " MiB of memory, more than "
                            + "allowed (" + (allowed >> 20) + " MiB); split the file into smaller ones, save it as "
                            + ".csv, or give Java more memory (-Xmx)");
        }
    }

    @Override
    public ReadStats read(int sheetIndex, RowHandler handler) {
        String name = sheet(sheetIndex).name();
        Sheet sheet = workbook.getSheet(sheetIndex).orElseThrow();
        SheetContext ctx = new SheetContext(file, name, limits);
        String part = parts.sheetPart(sheet.getId());
        Set<Integer> hidden = parts.hiddenColumns(part, limits.maxColumns());
        boolean date1904 = workbook.isDate1904();
        try (XlsxParts.StyleCursor cursor = styleEncodings != null && part != null ? parts.styleCursor(part) : null;
             Rows stream = Rows.open(sheet, file)) {
            Iterator<Row> rows = stream.rows.iterator();
            int previous = 0;
            while (true) {
                Row row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (RuntimeException e) {
                    throw ReadErrors.damaged(ReadErrors.where(file, name, previous + 1), e);
                }
                // fastexcel-reader numbers a <row> without r="…" by its 0-based position: keep numbers increasing.
                int number = row.getRowNum() > previous ? row.getRowNum() : previous + 1;
                previous = number;
                Map<Integer, Integer> rowStyles = cursor == null ? Collections.emptyMap() : cursor.nextRow();
                List<RawCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    RawCell raw = cell == null ? null : cell(ctx, number, cell, rowStyles, date1904);
                    if (raw != null) {
                        cells.add(raw);
                    }
                }
                RawRow out = ctx.row(number, cells);
                if (out != null && !handler.row(out)) {
                    break;
                }
            }
        } catch (IOException e) {
            throw ReadErrors.damaged(ReadErrors.where(file, name), e);
        }
        return ctx.stats(hidden);
    }

    /**
     * fastexcel-reader's row stream, whose failures to open or close become KDCL errors (a handler's own
     * exception passes through untouched, with a close failure suppressed behind it).
     */
    private static final class Rows implements AutoCloseable {
        private final Stream<Row> rows;

        private Rows(Stream<Row> rows) {
            this.rows = rows;
        }

        static Rows open(Sheet sheet, Path file) {
            try {
                return new Rows(sheet.openStream());
            } catch (IOException | RuntimeException e) {
                throw ReadErrors.damaged(ReadErrors.where(file, sheet.getName()), e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                rows.close();
            } catch (RuntimeException e) {
                throw new IOException(e);
            }
        }
    }

    private RawCell cell(SheetContext ctx, int row, Cell cell, Map<Integer, Integer> rowStyles, boolean date1904) {
        int column = cell.getColumnIndex();
        Object value = cell.getValue();
        switch (cell.getType()) {
            case EMPTY:
                return null;
            case NUMBER:
                return number(ctx, row, column, cell, date1904);
            case BOOLEAN:
                return ctx.text(row, column, Boolean.TRUE.equals(value) ? "TRUE" : "FALSE", LegacyEncoding.NONE);
            case ERROR:
                return ctx.text(row, column, cell.getRawValue(), LegacyEncoding.NONE);
            case FORMULA:
                // The cached result: a number, a boolean, or text (a string or an error such as #N/A).
                if (value instanceof BigDecimal) {
                    return number(ctx, row, column, cell, date1904);
                }
                if (value instanceof Boolean b) {
                    return ctx.text(row, column, b ? "TRUE" : "FALSE", LegacyEncoding.NONE);
                }
                return value == null ? null : ctx.text(row, column, value.toString(), encoding(rowStyles, column));
            case STRING:
            default:
                return value == null ? null : ctx.text(row, column, value.toString(), encoding(rowStyles, column));
        }
    }

    private static RawCell number(SheetContext ctx, int row, int column, Cell cell, boolean date1904) {
        String raw = cell.getRawValue();
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return ctx.text(row, column, raw, LegacyEncoding.NONE);
        }
        Integer format = cell.getDataFormatId();
        boolean date = format != null && DateUtil.isADateFormat(format, cell.getDataFormatString())
                && DateUtil.isValidExcelDate(v);
        if (date && date1904) {
            v += 1462; // the RawCell contract is the 1900 date system
        }
        return ctx.number(row, column, v, date);
    }

    private LegacyEncoding encoding(Map<Integer, Integer> rowStyles, int column) {
        if (styleEncodings == null) {
            return LegacyEncoding.NONE;
        }
        Integer xf = rowStyles.get(column);
        int index = xf == null ? 0 : xf;
        return index < styleEncodings.length ? styleEncodings[index] : LegacyEncoding.NONE;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            parts.close();
        }
    }

    private static void closeQuietly(ReadableWorkbook workbook, XlsxParts parts, ZipFile zip) {
        for (AutoCloseable c : new AutoCloseable[] {workbook, parts, zip}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // already failing; the original error is what the caller needs
                }
            }
        }
    }
}
