package vn.kdclgd.smas.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * An xlsx workbook whose shared strings do not fit the heap, read by kdclgd's own streaming reader in
 * memory that does not grow with the file: the shared strings are {@linkplain SpilledStrings spilled to
 * temporary files} and each sheet part is parsed with StAX ({@link Xml#FACTORY}), one row at a time.
 * {@link XlsxSource#open} chooses it; see there for when.
 *
 * <p>It gives the same rows, statistics and errors as {@link XlsxSource} (fastexcel-reader 0.20.2), whose
 * reading it follows rule by rule:
 * <ul>
 *   <li>sheets, their names and visibility, and the 1904 date system from the workbook part;</li>
 *   <li>a {@code <row>} without {@code r} takes its 0-based position, then rows are numbered upward as
 *       {@link XlsxSource} numbers them; a {@code <c>} without {@code r} takes the column after the
 *       previous cell's; of two cells in one column the later wins; cells come out in column order;</li>
 *   <li>cell types: {@code s} (shared string), {@code inlineStr} (all text of {@code <is>}), {@code str},
 *       {@code b}, {@code e}, {@code n} or none; a formula cell gives its cached value; a value that does
 *       not parse as its type reads as text (an error cell); any other type — {@code d} included, which
 *       fastexcel-reader 0.20.2 does not know — is a damaged file ({@code KDCL-9108});</li>
 *   <li>a number is a date when its cell's style ({@code s}) has a date format
 *       ({@link XlsxParts#dateStyles()}); legacy text (TCVN3, VNI) is decided by the font of the cell's
 *       style, style 0 when it has none ({@link XlsxParts#styleEncodings()});</li>
 *   <li>hidden columns, limits and the text of every error come from {@link XlsxParts} and
 *       {@link SheetContext}, as for the other readers.</li>
 * </ul>
 * Known differences, all in files no spreadsheet program writes: the cells of an array formula other
 * than its first count as plain values (only an empty or unparsable cached value reads differently); a
 * shared formula whose group is unknown is not an error; a cell in a column far beyond any sheet's fails
 * the column limit where fastexcel-reader would first build a row that wide; of two cells in one column
 * beyond the column limit the first non-empty one counts; a value longer than {@code maxCellChars} is
 * refused as too long even when it is a number; a malformed styles part is reported naming the part.
 *
 * <p>Memory: one row's cells (bounded by the column and cell-length limits), the parser's buffers and
 * per cell style a few bytes — nothing per row read or per shared string.
 */
final class XlsxSpillSource extends OpenedSource {
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final BooleanSupplier TRUE = () -> true;
    private static final BooleanSupplier FALSE = () -> false;

    private final ZipFile zip;
    private final XlsxParts parts;
    private final SpilledStrings strings;
    private final List<String> relIds;
    private final boolean date1904;
    private final LegacyEncoding[] styleEncodings;
    private final boolean[] dateStyles;

    private XlsxSpillSource(Path file, ReadLimits limits, ZipFile zip, XlsxParts parts, Workbook workbook,
                            SpilledStrings strings) {
        super(file, FileKind.XLSX, limits);
        this.zip = zip;
        this.parts = parts;
        this.strings = strings;
        this.relIds = workbook.relIds;
        this.date1904 = workbook.date1904;
        sheets(workbook.sheets);
        this.styleEncodings = parts.styleEncodings();
        this.dateStyles = parts.dateStyles();
    }

    /**
     * Reads the workbook part and styles and spills the shared strings to {@code tempDir}; deletes what
     * it spilled when anything fails. The caller closes {@code parts} (and so {@code zip}) on failure.
     *
     * @param segmentBytes the largest mapped segment of the spilled strings ({@link SpilledStrings#SEGMENT_BYTES})
     */
    static XlsxSpillSource open(Path file, ZipFile zip, ReadLimits limits, XlsxParts parts, Path tempDir,
                                long segmentBytes) {
        Workbook workbook = Workbook.read(file, zip, parts.workbookPart());
        String part = parts.sharedStringsPart();
        SpilledStrings strings = part == null ? SpilledStrings.none()
                : SpilledStrings.spill(file, zip, part, tempDir, limits.maxCellChars(), segmentBytes);
        try {
            return new XlsxSpillSource(file, limits, zip, parts, workbook, strings);
        } catch (RuntimeException e) {
            strings.close();
            throw e;
        }
    }

    /** What the spill reader needs of the workbook part. */
    private record Workbook(List<SheetInfo> sheets, List<String> relIds, boolean date1904) {
        /** Reads it as fastexcel-reader does; a malformed part is a damaged file (where: the file). */
        static Workbook read(Path file, ZipFile zip, String part) {
            ZipEntry entry = zip.getEntry(part);
            if (entry == null) {
                throw ReadErrors.damaged(ReadErrors.where(file), null);
            }
            List<SheetInfo> sheets = new ArrayList<>();
            List<String> relIds = new ArrayList<>();
            boolean date1904 = false;
            InputStream in = null;
            XMLStreamReader r = null;
            try {
                in = zip.getInputStream(entry);
                r = Xml.FACTORY.createXMLStreamReader(in);
                while (r.hasNext()) {
                    int ev = Xml.next(r);
                    if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("workbook")) {
                        break;
                    }
                    if (ev != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (r.getLocalName()) {
                        case "workbookPr" -> {
                            String v = r.getAttributeValue(null, "date1904");
                            if (v != null) {
                                date1904 = "true".equalsIgnoreCase(v) || "1".equals(v);
                            }
                        }
                        case "workbookView" -> {
                            String tab = r.getAttributeValue(null, "activeTab");
                            if (tab != null) {
                                Integer.parseInt(tab); // unused, but fastexcel-reader fails on a broken one
                            }
                        }
                        case "sheets" -> readSheets(r, sheets, relIds);
                        default -> {
                        }
                    }
                }
            } catch (IOException | XMLStreamException | RuntimeException e) {
                throw ReadErrors.damaged(ReadErrors.where(file), e);
            } finally {
                Xml.closeQuietly(r, in);
            }
            return new Workbook(sheets, relIds, date1904);
        }

        private static void readSheets(XMLStreamReader r, List<SheetInfo> sheets, List<String> relIds)
                throws XMLStreamException {
            while (r.hasNext()) {
                int ev = Xml.next(r);
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sheets")) {
                    return;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    String state = r.getAttributeValue(null, "state");
                    boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
                    sheets.add(new SheetInfo(sheets.size(), SheetContext.nfc(r.getAttributeValue(null, "name")), hidden));
                    relIds.add(r.getAttributeValue(REL_NS, "id"));
                }
            }
        }
    }

    @Override
    public ReadStats read(int sheetIndex, RowHandler handler) {
        String name = sheet(sheetIndex).name();
        SheetContext ctx = new SheetContext(file, name, limits);
        String part = parts.sheetPart(relIds.get(sheetIndex));
        Set<Integer> hidden = parts.hiddenColumns(part, limits.maxColumns());
        if (part == null) {
            throw ReadErrors.damaged(ReadErrors.where(file, name), null);
        }
        InputStream in = null;
        XMLStreamReader r = null;
        try {
            try {
                in = zip.getInputStream(zip.getEntry(part));
                r = Xml.FACTORY.createXMLStreamReader(in);
                if (!Xml.toStart(r, "sheetData")) {
                    return ctx.stats(hidden);
                }
            } catch (IOException | XMLStreamException | RuntimeException e) {
                throw ReadErrors.damaged(ReadErrors.where(file, name), e);
            }
            new SheetReader(r, ctx, name).readRows(handler);
            return ctx.stats(hidden);
        } finally {
            Xml.closeQuietly(r, in);
        }
    }

    /** The rows of one sheet part, parsed as fastexcel-reader's {@code RowSpliterator} parses them. */
    private final class SheetReader {
        private final XMLStreamReader r;
        private final SheetContext ctx;
        private final String name;
        private final int maxColumns = limits.maxColumns();
        private final int cap = limits.maxCellChars() + 1;
        private final StringBuilder sb = new StringBuilder();
        /*
         * The row being read, by column below the limit (grown as columns are met): the value (null: no
         * cell), whether it is a number (then whether a date) or else text in an encoding. A column is in
         * touched[] once it has had a cell in this row (encodings[column] != null).
         */
        private String[] values = new String[0];
        private LegacyEncoding[] encodings = new LegacyEncoding[0];
        private boolean[] numbers = new boolean[0];
        private boolean[] dates = new boolean[0];
        private int[] touched = new int[16];
        private int touchedCount;
        /** The first column at or beyond the limit with a non-empty cell in this row, or -1. */
        private int beyond = -1;
        private int trackedRow;
        private int previous;

        SheetReader(XMLStreamReader r, SheetContext ctx, String name) {
            this.r = r;
            this.ctx = ctx;
            this.name = name;
        }

        void readRows(RowHandler handler) {
            while (true) {
                int number;
                try {
                    if (!nextRow()) {
                        return;
                    }
                    number = readRow();
                } catch (XMLStreamException | RuntimeException e) {
                    if (e instanceof KdclException k) {
                        throw k;
                    }
                    throw ReadErrors.damaged(ReadErrors.where(file, name, previous + 1), e);
                }
                RawRow out = ctx.row(number, cells(number));
                if (out != null && !handler.row(out)) {
                    return;
                }
            }
        }

        /** Moves to the next {@code <row>}; false at the end of the sheet data. */
        private boolean nextRow() throws XMLStreamException {
            while (r.hasNext()) {
                int ev = Xml.next(r);
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
                    return true;
                }
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sheetData")) {
                    return false;
                }
            }
            return false;
        }

        /** Reads the cells of the current {@code <row>} into the row buffer; returns the row's number. */
        private int readRow() throws XMLStreamException {
            clearRow();
            String ref = r.getAttributeValue(null, "r");
            int index = ref != null ? Integer.valueOf(ref) : trackedRow;
            int column = 0;
            while (r.hasNext()) {
                int ev = Xml.next(r);
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                    break;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
                    column = readCell(column) + 1;
                }
            }
            trackedRow++;
            int number = index > previous ? index : previous + 1;
            previous = number;
            return number;
        }

        /** Reads one {@code <c>} into the row buffer; returns its column. */
        private int readCell(int tracked) throws XMLStreamException {
            String ref = r.getAttributeValue(null, "r");
            int column = ref == null ? tracked : column(ref);
            String type = r.getAttributeValue(null, "t");
            String style = r.getAttributeValue(null, "s");
            int xf = -1;
            if (style != null) {
                xf = Integer.parseInt(style);
                if (xf < 0) {
                    throw new IndexOutOfBoundsException("style " + xf);
                }
            }
            if (type == null) {
                type = "n";
            }
            switch (type) {
                case "inlineStr" -> readInline(column, xf);
                case "s" -> readShared(column, xf);
                case "b", "e", "n", "str" -> readOther(column, type, xf);
                default -> throw new IllegalStateException("Unknown cell type : " + type);
            }
            return column;
        }

        private void readInline(int column, int xf) throws XMLStreamException {
            String value = null;
            while (r.hasNext()) {
                int ev = Xml.next(r);
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                    break;
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("is")) {
                        value = text("is");
                    } else if (name.equals("f")) {
                        text("f");
                    }
                }
            }
            put(column, value, encoding(xf), false, false);
        }

        private void readShared(int column, int xf) throws XMLStreamException {
            while (r.hasNext()) {
                int ev = Xml.next(r);
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                    put(column, null, null, false, false);
                    return;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("v")) {
                    String v = text("v");
                    String value = v.isEmpty() ? null : strings.get(Integer.parseInt(v));
                    put(column, value, encoding(xf), false, false);
                    return;
                }
            }
        }

        /** Types {@code b}, {@code e}, {@code n} and {@code str}, as fastexcel-reader's {@code parseOther}. */
        private void readOther(int column, String type, int xf) throws XMLStreamException {
            char kind = type.equals("str") ? 'f' : type.charAt(0); // b, e, n, or f: text (str)
            boolean error = false;
            boolean formula = false;
            String raw = null;
            Object value = null;
            boolean truncated = false;
            while (r.hasNext()) {
                int ev = Xml.next(r);
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                    break;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (name.equals("v")) {
                    raw = text("v");
                    truncated = raw.length() >= cap;
                    if (raw.isEmpty()) {
                        value = null;
                    } else {
                        Object parsed = parse(kind, raw);
                        if (parsed == null) {
                            error = true;
                        } else {
                            value = parsed;
                        }
                    }
                } else if (name.equals("f")) {
                    String t = r.getAttributeValue(null, "t");
                    String ref = r.getAttributeValue(null, "ref");
                    String si = r.getAttributeValue(null, "si");
                    if (si != null) {
                        Integer.parseInt(si);
                    }
                    String f = text("f");
                    // a shared formula's other cells carry only t="shared" and si: fastexcel-reader rebuilds
                    // their formula from the group's first cell
                    formula = !f.isEmpty() || ("shared".equals(t) && ref == null);
                }
            }
            if (truncated && (value != null || error)) {
                put(column, raw, LegacyEncoding.NONE, false, false); // too long for a cell, whatever its type
                return;
            }
            if (!formula && value == null && kind == 'n' && !error) {
                put(column, null, null, false, false);
                return;
            }
            if (formula) {
                if (value instanceof BigDecimal) {
                    put(column, raw, null, true, isDate(xf));
                } else if (value instanceof Boolean b) {
                    put(column, b ? "TRUE" : "FALSE", LegacyEncoding.NONE, false, false);
                } else {
                    put(column, (String) value, encoding(xf), false, false);
                }
                return;
            }
            if (error) {
                put(column, raw, LegacyEncoding.NONE, false, false);
                return;
            }
            switch (kind) {
                case 'n' -> put(column, raw, null, true, isDate(xf));
                case 'b' -> put(column, Boolean.TRUE.equals(value) ? "TRUE" : "FALSE", LegacyEncoding.NONE, false, false);
                case 'e' -> put(column, raw, LegacyEncoding.NONE, false, false);
                default -> put(column, (String) value, encoding(xf), false, false); // str: always a formula
            }
        }

        /**
         * A {@code <v>} of a cell of {@code kind}, as fastexcel-reader parses it: a {@link BigDecimal}
         * (n), a {@link Boolean} from {@code 0}/{@code 1} (b), the text itself (e, str); null when it does
         * not parse.
         */
        private Object parse(char kind, String raw) {
            switch (kind) {
                case 'n':
                    try {
                        return new BigDecimal(raw);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                case 'b':
                    return "0".equals(raw) ? Boolean.FALSE : "1".equals(raw) ? Boolean.TRUE : null;
                default:
                    return raw;
            }
        }

        /** The text of the current element, cut to {@code cap} characters. */
        private String text(String element) throws XMLStreamException {
            sb.setLength(0);
            Xml.appendText(r, element, sb, cap);
            return sb.toString();
        }

        /**
         * The 0-based column of a cell reference, read as fastexcel-reader's {@code CellAddress} reads it
         * (an optional {@code $}, letters in either case, an optional {@code $}, an unsigned row number);
         * an empty reference is column A.
         */
        private int column(String ref) {
            int length = ref.length();
            if (length == 0) {
                return 0;
            }
            int i = ref.charAt(0) == '$' ? 1 : 0;
            int col = 0;
            for (; i < length; i++) {
                char c = ref.charAt(i);
                if (c == '$') {
                    i++;
                    break;
                }
                if (c >= '0' && c <= '9') {
                    break;
                }
                if (c >= 'a' && c <= 'z') {
                    c = (char) (c - 'a' + 'A');
                } else if (c < 'A' || c > 'Z') {
                    throw new IllegalArgumentException("Unexpected char: " + c);
                }
                col = col * 26 + c - 'A' + 1;
            }
            Integer.parseUnsignedInt(ref, i, length, 10);
            col -= 1;
            if (col < 0) {
                throw new IndexOutOfBoundsException("column " + col);
            }
            return col;
        }

        private LegacyEncoding encoding(int xf) {
            if (styleEncodings == null) {
                return LegacyEncoding.NONE;
            }
            int index = xf < 0 ? 0 : xf;
            return index < styleEncodings.length ? styleEncodings[index] : LegacyEncoding.NONE;
        }

        private boolean isDate(int xf) {
            return xf >= 0 && xf < dateStyles.length && dateStyles[xf];
        }

        /**
         * Puts a cell into the row buffer, replacing an earlier one in the same column: {@code value} null
         * for none; a number ({@code number}, with {@code date} when its style has a date format) or text
         * in {@code encoding}.
         */
        private void put(int column, String value, LegacyEncoding encoding, boolean number, boolean date) {
            if (column >= maxColumns) {
                // only the first such cell that gives a value matters: it fails the column limit
                if (value != null && !value.isEmpty() && (beyond < 0 || column < beyond)) {
                    beyond = column;
                }
                return;
            }
            if (column >= values.length) {
                int size = (int) Math.min(maxColumns, Math.max(column + 1L, Math.max(64L, 2L * values.length)));
                values = Arrays.copyOf(values, size);
                encodings = Arrays.copyOf(encodings, size);
                numbers = Arrays.copyOf(numbers, size);
                dates = Arrays.copyOf(dates, size);
            }
            if (encodings[column] == null) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = column;
            }
            values[column] = value;
            encodings[column] = encoding == null ? LegacyEncoding.NONE : encoding;
            numbers[column] = number;
            dates[column] = date;
        }

        /** The row buffer as {@link RawCell}s in column order (limits checked as {@link XlsxSource} does); clears it. */
        private List<RawCell> cells(int row) {
            try {
                Arrays.sort(touched, 0, touchedCount);
                List<RawCell> cells = new ArrayList<>(touchedCount);
                for (int i = 0; i < touchedCount; i++) {
                    int column = touched[i];
                    String value = values[column];
                    if (value == null) {
                        continue;
                    }
                    RawCell cell = numbers[column]
                            ? XlsxSource.number(ctx, row, column, value, dates[column] ? TRUE : FALSE, date1904)
                            : ctx.text(row, column, value, encodings[column]);
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
                if (beyond >= 0) {
                    throw ctx.columnBeyondLimit(row, beyond);
                }
                return cells;
            } finally {
                clearRow();
            }
        }

        private void clearRow() {
            for (int i = 0; i < touchedCount; i++) {
                int column = touched[i];
                values[column] = null;
                encodings[column] = null;
                numbers[column] = false;
                dates[column] = false;
            }
            touchedCount = 0;
            beyond = -1;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            strings.close();
        } finally {
            parts.close();
        }
    }
}
