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
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * An xlsx workbook streamed from the file with fastexcel-reader, after {@link ZipGuard} has checked the
 * package; and, in {@link #open}, the choice between it and kdclgd's own reader ({@link XlsxStreamSource},
 * the default). What fastexcel-reader does not expose comes from {@link XlsxParts}: hidden columns and,
 * when the workbook has a legacy font at all, each cell's style (read in step with the rows) to decide
 * per cell whether its text is TCVN3 or VNI.
 *
 * <p>fastexcel-reader keeps every shared string it has met in memory, and so does kdclgd's reader by
 * default. {@link #open} therefore reads a workbook whose shared-strings part would need more than three
 * quarters of the heap (estimated at {@link #SHARED_STRINGS_HEAP_FACTOR} times the part's unpacked size)
 * with kdclgd's reader and the strings in temporary files, which needs the same small memory at any
 * file size.
 */
final class XlsxSource extends OpenedSource {
    /** Measured: fastexcel-reader's shared strings take about twice the part's unpacked size on the heap. */
    static final int SHARED_STRINGS_HEAP_FACTOR = 2;
    private static final Logger LOG = LoggerFactory.getLogger(XlsxSource.class);

    /** Which reader {@link #open} uses. */
    enum Engine {
        /**
         * kdclgd's reader; the shared strings on the heap when they fit the heap budget ({@link #fitsHeap}),
         * else in temporary files. The default ({@code XlsxReader.KDCLGD}).
         */
        KDCLGD,
        /** kdclgd's reader with the shared strings in temporary files, whatever their size (tests). */
        KDCLGD_SPILL,
        /**
         * fastexcel-reader when the shared strings fit the heap budget, else kdclgd's reader with the strings
         * in temporary files ({@code XlsxReader.FASTEXCEL}).
         */
        FASTEXCEL,
        /** fastexcel-reader whatever the size of the shared strings (tests: the reference reader). */
        FASTEXCEL_ONLY
    }

    /**
     * How {@link #open} reads a workbook: the reader, and for temporary files a directory and the size of
     * their mapped segments (tests use their own directory and small segments).
     *
     * @param engine       which reader
     * @param tempDir      where the spilled strings go; null for {@code java.io.tmpdir}
     * @param segmentBytes the largest mapped segment of the spilled strings (a multiple of 8)
     */
    record Options(Engine engine, Path tempDir, long segmentBytes) {
        /** What production uses: kdclgd's reader, temporary files in {@code java.io.tmpdir}, 1 GiB segments. */
        static final Options DEFAULT = new Options(Engine.KDCLGD, null, SpilledStrings.SEGMENT_BYTES);
        /** fastexcel-reader where the shared strings fit the heap, as {@code XlsxReader.FASTEXCEL} asks. */
        static final Options FASTEXCEL = new Options(Engine.FASTEXCEL, null, SpilledStrings.SEGMENT_BYTES);

        /** {@link #tempDir}, or {@code java.io.tmpdir} as it is now. */
        Path tempDirOrDefault() {
            return tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
        }
    }

    private final XlsxParts parts;
    private final ReadableWorkbook workbook;
    private final LegacyEncoding[] styleEncodings;
    /** Number format id → whether it formats dates (a format's code is fixed within a workbook). */
    private final Map<Integer, Boolean> dateFormats = new java.util.HashMap<>();

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

    /**
     * Checks the package and opens it with the reader {@code options} say; closes what it opened (and
     * deletes what it spilled) when anything fails.
     */
    static OpenedSource open(Path file, ZipFile zip, ReadLimits limits, Options options) {
        XlsxParts parts = null;
        ReadableWorkbook workbook = null;
        try {
            ZipGuard guard = new ZipGuard(file, limits);
            Engine engine = options.engine();
            boolean ours = engine == Engine.KDCLGD || engine == Engine.KDCLGD_SPILL;
            // kdclgd's reader checks the big parts as it parses them: the guard's pass skips them
            ZipGuard.Measured measured = ours ? guard.check(zip, XlsxSource::checkedWhileRead) : guard.check(zip);
            parts = new XlsxParts(file, zip);
            boolean fits = fitsHeap(measured.sharedStringsBytes(), Runtime.getRuntime().maxMemory());
            boolean spill = engine == Engine.KDCLGD_SPILL || (!fits && engine != Engine.FASTEXCEL_ONLY);
            if (ours || spill) {
                if (spill && !fits) {
                    LOG.info("{}: shared strings of {} MiB exceed the heap budget; reading through temporary files in {}",
                            ReadErrors.where(file), measured.sharedStringsBytes() >> 20, options.tempDirOrDefault());
                }
                return XlsxStreamSource.open(file, zip, limits, parts, guard, spill, options.tempDirOrDefault(),
                        options.segmentBytes());
            }
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

    /** The parts kdclgd's reader reads only through {@link ZipGuard#open}: worksheets and shared strings. */
    static boolean checkedWhileRead(String part) {
        return part.startsWith("xl/worksheets/") || part.equals("xl/sharedStrings.xml");
    }

    /**
     * Whether fastexcel-reader may hold a shared-strings part of {@code sharedStringsBytes} (unpacked) in a
     * heap of at most {@code maxHeap}: {@link #SHARED_STRINGS_HEAP_FACTOR} times the part is at most three
     * quarters of the heap.
     */
    static boolean fitsHeap(long sharedStringsBytes, long maxHeap) {
        return SHARED_STRINGS_HEAP_FACTOR * sharedStringsBytes <= maxHeap / 4 * 3;
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

    private RawCell number(SheetContext ctx, int row, int column, Cell cell, boolean date1904) {
        return number(ctx, row, column, cell.getRawValue(), () -> {
            Integer format = cell.getDataFormatId();
            // one decision per number format of the workbook, not one per cell
            return format != null && dateFormats.computeIfAbsent(format, f -> DateUtil.isADateFormat(f, cell.getDataFormatString()));
        }, date1904);
    }

    /**
     * A numeric cell from its raw text ({@code <v>}): none when empty, text when it is not a number, a
     * date when its style has a date format ({@code dateFormat}, asked only for a number) and the value is
     * a valid Excel date (moved to the 1900 date system from {@code date1904}). Shared with
     * {@link XlsxStreamSource}.
     */
    static RawCell number(SheetContext ctx, int row, int column, String raw, BooleanSupplier dateFormat,
                          boolean date1904) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        double v;
        long whole = wholeNumber(raw);
        if (whole >= 0) {
            v = whole; // exact: at most 15 digits
        } else {
            try {
                v = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return ctx.text(row, column, raw, LegacyEncoding.NONE);
            }
        }
        boolean date = dateFormat.getAsBoolean() && DateUtil.isValidExcelDate(v);
        if (date && date1904) {
            v += 1462; // the RawCell contract is the 1900 date system
        }
        return ctx.number(row, column, v, date);
    }

    /** The value of 1 to 15 ASCII digits (what {@link Double#parseDouble} gives exactly), or -1 for anything else. */
    static long wholeNumber(String raw) {
        int n = raw.length();
        if (n < 1 || n > 15) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            int d = raw.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
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
