package vn.kdclgd.smas.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * kdclgd's own xlsx reader, the default ({@link XlsxSource#open} chooses): each sheet part is inflated
 * once and parsed by {@link ByteXml} from the bytes as they come out of the zip, with {@link ZipGuard}'s
 * checks on the same stream ({@link ZipGuard#open}), one row at a time; the shared strings are on the
 * heap ({@link HeapStrings}) when they fit the heap budget, else {@linkplain SpilledStrings spilled to
 * temporary files}. fastexcel-reader, which cannot be handed a checked stream, needs the guard's separate
 * inflating pass first — the sheet unpacked twice — and builds objects per cell that this reader does
 * not; see docs/import.md ("Reading xlsx").
 *
 * <p>It gives the same rows, statistics and errors as {@link XlsxSource} (fastexcel-reader 0.20.2), whose
 * reading it follows rule by rule (every xlsx fixture of the tests is read both ways and compared):
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
 * refused as too long even when it is a number; a malformed styles part is reported naming the part;
 * bytes that are not UTF-8, characters XML does not allow in text and undeclared namespace prefixes are
 * read (as U+FFFD, as they are, as if declared) where fastexcel-reader's parser refuses the file; a sheet
 * part (or shared-strings part) fails {@link ZipGuard}'s checks when it is read, not when the file is
 * opened, and a sheet that is never read is never inflated.
 *
 * <p>Memory: one row's cells (bounded by the column and cell-length limits), the parser's buffers, per
 * cell style a few bytes and, unless spilled, the shared strings.
 */
final class XlsxStreamSource extends OpenedSource {
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final BooleanSupplier TRUE = () -> true;
    private static final BooleanSupplier FALSE = () -> false;
    private static final byte[] SHEET_DATA = {'s', 'h', 'e', 'e', 't', 'D', 'a', 't', 'a'};
    private static final byte[] ROW = {'r', 'o', 'w'};
    private static final byte[] C = {'c'};
    private static final byte[] V = {'v'};
    private static final byte[] F = {'f'};
    private static final byte[] IS = {'i', 's'};
    private static final byte[] R = {'r'};
    private static final byte[] T = {'t'};
    private static final byte[] S = {'s'};
    private static final byte[] REF = {'r', 'e', 'f'};
    private static final byte[] SI = {'s', 'i'};

    private final ZipFile zip;
    private final XlsxParts parts;
    private final ZipGuard guard;
    private final SharedStrings strings;
    private final List<String> relIds;
    private final boolean date1904;
    private final LegacyEncoding[] styleEncodings;
    private final boolean[] dateStyles;

    private XlsxStreamSource(Path file, ReadLimits limits, ZipFile zip, XlsxParts parts, ZipGuard guard,
                             Workbook workbook, SharedStrings strings) {
        super(file, FileKind.XLSX, limits);
        this.zip = zip;
        this.parts = parts;
        this.guard = guard;
        this.strings = strings;
        this.relIds = workbook.relIds;
        this.date1904 = workbook.date1904;
        sheets(workbook.sheets);
        this.styleEncodings = parts.styleEncodings();
        this.dateStyles = parts.dateStyles();
    }

    /**
     * Reads the workbook part and styles and the shared strings — on the heap, or spilled to
     * {@code tempDir} when {@code spill} — through {@code guard} (whose {@link ZipGuard#check} has run,
     * deferring the sheets and shared strings); deletes what it spilled when anything fails. The caller
     * closes {@code parts} (and so {@code zip}) on failure.
     *
     * @param segmentBytes the largest mapped segment of the spilled strings ({@link SpilledStrings#SEGMENT_BYTES})
     */
    static XlsxStreamSource open(Path file, ZipFile zip, ReadLimits limits, XlsxParts parts, ZipGuard guard,
                                 boolean spill, Path tempDir, long segmentBytes) {
        Workbook workbook = Workbook.read(file, zip, parts.workbookPart());
        String part = parts.sharedStringsPart();
        SharedStrings strings;
        if (part == null) {
            strings = HeapStrings.none();
        } else if (spill) {
            strings = SpilledStrings.spill(file, zip, part, e -> guard.open(zip, e), tempDir, limits.maxCellChars(),
                    segmentBytes);
        } else {
            strings = heapStrings(file, zip, part, guard, limits);
        }
        try {
            return new XlsxStreamSource(file, limits, zip, parts, guard, workbook, strings);
        } catch (RuntimeException e) {
            strings.close();
            throw e;
        }
    }

    private static SharedStrings heapStrings(Path file, ZipFile zip, String part, ZipGuard guard, ReadLimits limits) {
        ZipEntry entry = zip.getEntry(part);
        try (InputStream in = guard.open(zip, entry)) {
            return HeapStrings.read(in, limits.maxCellChars());
        } catch (IOException e) {
            throw ReadErrors.cannotRead(file, e);
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
        if (part == null) {
            throw ReadErrors.damaged(ReadErrors.where(file, name), null);
        }
        try (InputStream in = guard.open(zip, zip.getEntry(part))) {
            ByteXml x = toSheetData(in, name);
            if (x == null) {
                return ctx.stats(parts.hiddenColumns(part, limits.maxColumns()));
            }
            new SheetReader(x, ctx, name).readRows(handler);
        } catch (IOException e) {
            throw ReadErrors.damaged(ReadErrors.where(file, name), e);
        }
        // the part's start has passed the guard by now
        return ctx.stats(parts.hiddenColumns(part, limits.maxColumns()));
    }

    /** A parser of the sheet part at the start of its {@code <sheetData>}; null when the part has none. */
    private ByteXml toSheetData(InputStream in, String name) {
        try {
            ByteXml x = ByteXml.open(in);
            return x.toStart(SHEET_DATA) ? x : null;
        } catch (IOException | ByteXml.XmlFault | RuntimeException e) {
            if (e instanceof KdclException k) {
                throw k;
            }
            throw ReadErrors.damaged(ReadErrors.where(file, name), e);
        }
    }

    /**
     * The value of 1 to 9 ASCII digits {@code b[start..start+length)}, or -1 when they are anything else
     * (the caller then lets {@link Integer#parseInt(String)} decide).
     */
    static int digits(byte[] b, int start, int length) {
        if (length < 1 || length > 9) {
            return -1;
        }
        int v = 0;
        for (int i = start, end = start + length; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** The rows of one sheet part, parsed as fastexcel-reader's {@code RowSpliterator} parses them. */
    private final class SheetReader {
        private final ByteXml x;
        private final SheetContext ctx;
        private final String name;
        private final int maxColumns = limits.maxColumns();
        private final int cap = limits.maxCellChars() + 1;
        /** The most text bytes kept of one value: enough for {@link #cap} characters. */
        private final int maxBytes = 3 * cap + 4;
        /*
         * The row being read, by column below the limit (grown as columns are met): the value (null: no
         * cell), whether it is a number (then whether a date) or else text in an encoding. A column is in
         * touched[] once it has had a cell in this row (encodings[column] != null).
         */
        private String[] values = new String[0];
        private LegacyEncoding[] encodings = new LegacyEncoding[0];
        private boolean[] numbers = new boolean[0];
        private boolean[] dates = new boolean[0];
        /** Whether the text is known to be NFC (checked once per shared string, or from an inline string's bytes). */
        private boolean[] nfcs = new boolean[0];
        private int[] touched = new int[16];
        private int touchedCount;
        /** The first column at or beyond the limit with a non-empty cell in this row, or -1. */
        private int beyond = -1;
        private int trackedRow;
        private int previous;

        SheetReader(ByteXml x, SheetContext ctx, String name) {
            this.x = x;
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
                } catch (IOException | ByteXml.XmlFault | RuntimeException e) {
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
        private boolean nextRow() throws IOException, ByteXml.XmlFault {
            while (true) {
                int ev = x.next();
                if (ev == ByteXml.EOF) {
                    return false;
                }
                if (ev == ByteXml.START && x.is(ROW)) {
                    return true;
                }
                if (ev == ByteXml.END && x.is(SHEET_DATA)) {
                    return false;
                }
            }
        }

        /** Reads the cells of the current {@code <row>} into the row buffer; returns the row's number. */
        private int readRow() throws IOException, ByteXml.XmlFault {
            clearRow();
            int r = x.attribute(R);
            int index = r >= 0 ? intValue(r) : trackedRow;
            int column = 0;
            while (true) {
                int ev = x.next();
                if (ev == ByteXml.EOF || (ev == ByteXml.END && x.is(ROW))) {
                    break;
                }
                if (ev == ByteXml.START && x.is(C)) {
                    column = readCell(column) + 1;
                }
            }
            trackedRow++;
            int number = index > previous ? index : previous + 1;
            previous = number;
            return number;
        }

        /** Reads one {@code <c>} into the row buffer; returns its column. */
        private int readCell(int tracked) throws IOException, ByteXml.XmlFault {
            int ref = x.attribute(R);
            int column = ref < 0 ? tracked : column(ref);
            int t = x.attribute(T);
            char type = t < 0 ? 'n' : type(t);
            int s = x.attribute(S);
            int xf = -1;
            if (s >= 0) {
                xf = intValue(s);
                if (xf < 0) {
                    throw new IndexOutOfBoundsException("style " + xf);
                }
            }
            switch (type) {
                case 'i' -> readInline(column, xf);
                case 's' -> readShared(column, xf);
                default -> readOther(column, type, xf);
            }
            return column;
        }

        /**
         * The type of a cell from its {@code t} attribute: {@code i} (inlineStr), {@code s}, {@code b},
         * {@code e}, {@code n}, or {@code f} (str); another type fails as fastexcel-reader fails on it.
         */
        private char type(int attr) {
            byte[] v = x.values();
            int at = x.valueStart(attr);
            int n = x.valueLength(attr);
            if (n == 1 && (v[at] == 's' || v[at] == 'b' || v[at] == 'e' || v[at] == 'n')) {
                return (char) v[at];
            }
            String type = new String(v, at, n, StandardCharsets.UTF_8);
            return switch (type) {
                case "str" -> 'f';
                case "inlineStr" -> 'i';
                default -> throw new IllegalStateException("Unknown cell type : " + type);
            };
        }

        private void readInline(int column, int xf) throws IOException, ByteXml.XmlFault {
            String value = null;
            boolean nfc = false;
            while (true) {
                int ev = x.next();
                if (ev == ByteXml.EOF || (ev == ByteXml.END && x.is(C))) {
                    break;
                }
                if (ev == ByteXml.START) {
                    if (x.is(IS)) {
                        value = text();
                        nfc = SheetContext.surelyNfcUtf8(x.textBytes(), x.textLength());
                    } else if (x.is(F)) {
                        x.readText(maxBytes);
                    }
                }
            }
            put(column, value, encoding(xf), false, false);
            if (column < maxColumns) {
                nfcs[column] = nfc;
            }
        }

        private void readShared(int column, int xf) throws IOException, ByteXml.XmlFault {
            while (true) {
                int ev = x.next();
                if (ev == ByteXml.EOF || (ev == ByteXml.END && x.is(C))) {
                    put(column, null, null, false, false);
                    return;
                }
                if (ev == ByteXml.START && x.is(V)) {
                    x.readText(maxBytes);
                    if (x.textLength() == 0) {
                        put(column, null, encoding(xf), false, false);
                        return;
                    }
                    int index = textInt();
                    put(column, strings.get(index), encoding(xf), false, false);
                    if (column < maxColumns) {
                        nfcs[column] = strings.isNfc(index);
                    }
                    return;
                }
            }
        }

        /** Types {@code b}, {@code e}, {@code n} and {@code str}, as fastexcel-reader's {@code parseOther}. */
        private void readOther(int column, char kind, int xf) throws IOException, ByteXml.XmlFault {
            boolean error = false;
            boolean formula = false;
            String raw = null;
            Object value = null;
            boolean truncated = false;
            while (true) {
                int ev = x.next();
                if (ev == ByteXml.EOF || (ev == ByteXml.END && x.is(C))) {
                    break;
                }
                if (ev != ByteXml.START) {
                    continue;
                }
                if (x.is(V)) {
                    raw = text();
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
                } else if (x.is(F)) {
                    String t = x.attributeValue(T);
                    boolean hasRef = x.attribute(REF) >= 0;
                    int si = x.attribute(SI);
                    if (si >= 0) {
                        intValue(si);
                    }
                    x.readText(maxBytes);
                    // a shared formula's other cells carry only t="shared" and si: fastexcel-reader rebuilds
                    // their formula from the group's first cell
                    formula = x.textLength() > 0 || ("shared".equals(t) && !hasRef);
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
                    if (XlsxSource.wholeNumber(raw) >= 0) {
                        return BigDecimal.ONE; // plain digits always parse; only whether it parses matters here
                    }
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

        /** The text of the current element (consumed to its end), cut to {@code cap} characters. */
        private String text() throws IOException, ByteXml.XmlFault {
            x.readText(maxBytes);
            return x.text(cap);
        }

        /** The text just read as an {@code int}, as {@link Integer#parseInt(String)} reads it. */
        private int textInt() {
            byte[] b = x.textBytes();
            int n = x.textLength();
            int v = digits(b, 0, n);
            return v >= 0 ? v : Integer.parseInt(x.text(cap));
        }

        /** Attribute {@code attr}'s value as an {@code int}, as {@link Integer#parseInt(String)} reads it. */
        private int intValue(int attr) {
            int v = digits(x.values(), x.valueStart(attr), x.valueLength(attr));
            return v >= 0 ? v : Integer.parseInt(new String(x.values(), x.valueStart(attr), x.valueLength(attr),
                    StandardCharsets.UTF_8));
        }

        /**
         * The 0-based column of a cell reference, read as fastexcel-reader's {@code CellAddress} reads it
         * (an optional {@code $}, letters in either case, an optional {@code $}, an unsigned row number);
         * an empty reference is column A.
         */
        private int column(int attr) {
            byte[] b = x.values();
            int start = x.valueStart(attr);
            int length = x.valueLength(attr);
            if (length == 0) {
                return 0;
            }
            int end = start + length;
            int i = b[start] == '$' ? start + 1 : start;
            int col = 0;
            for (; i < end; i++) {
                int c = b[i] & 0xFF;
                if (c == '$') {
                    i++;
                    break;
                }
                if (c >= '0' && c <= '9') {
                    break;
                }
                if (c >= 'a' && c <= 'z') {
                    c = c - 'a' + 'A';
                } else if (c < 'A' || c > 'Z') {
                    throw new IllegalArgumentException("Unexpected char: "
                            + new String(b, i, Math.min(4, end - i), StandardCharsets.UTF_8).charAt(0));
                }
                col = col * 26 + c - 'A' + 1;
            }
            if (digits(b, i, end - i) < 0) {
                Integer.parseUnsignedInt(new String(b, i, end - i, StandardCharsets.UTF_8));
            }
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
                nfcs = Arrays.copyOf(nfcs, size);
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
            nfcs[column] = false;
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
                            : ctx.text(row, column, value, encodings[column], nfcs[column]);
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
                nfcs[column] = false;
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
