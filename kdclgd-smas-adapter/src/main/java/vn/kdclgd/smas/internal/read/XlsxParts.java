package vn.kdclgd.smas.internal.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * The few things of an xlsx package that fastexcel-reader does not expose, read with a small StAX pass
 * each (JDK parser, DTDs and external entities off): where each sheet's part is, the hidden columns of a
 * sheet ({@code <cols>}), whether a styles part exists, and the font of each cell style
 * ({@code fonts} + {@code cellXfs} of {@code xl/styles.xml}) for deciding legacy text per cell.
 */
final class XlsxParts implements Closeable {
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";
    /**
     * The number formats whose code a file may leave out (ECMA-376 §18.8.30), as fastexcel-reader 0.20.2
     * fills them in for the styles it reads.
     */
    private static final Map<String, String> IMPLICIT_FORMATS = Map.ofEntries(
            Map.entry("1", "0"), Map.entry("2", "0.00"), Map.entry("3", "#,##0"), Map.entry("4", "#,##0.00"),
            Map.entry("9", "0%"), Map.entry("10", "0.00%"), Map.entry("11", "0.00E+00"), Map.entry("12", "# ?/?"),
            Map.entry("13", "# ??/??"), Map.entry("14", "mm-dd-yy"), Map.entry("15", "d-mmm-yy"),
            Map.entry("16", "d-mmm"), Map.entry("17", "mmm-yy"), Map.entry("18", "h:mm AM/PM"),
            Map.entry("19", "h:mm:ss AM/PM"), Map.entry("20", "h:mm"), Map.entry("21", "h:mm:ss"),
            Map.entry("22", "m/d/yy h:mm"), Map.entry("37", "#,##0 ;(#,##0)"), Map.entry("38", "#,##0 ;[Red](#,##0)"),
            Map.entry("39", "#,##0.00;(#,##0.00)"), Map.entry("40", "#,##0.00;[Red](#,##0.00)"),
            Map.entry("45", "mm:ss"), Map.entry("46", "[h]:mm:ss"), Map.entry("47", "mmss.0"),
            Map.entry("48", "##0.0E+0"), Map.entry("49", "@"));
    private static final XMLInputFactory FACTORY = safeFactory();

    private final Path file;
    private final ZipFile zip;
    private final Map<String, String> targetsById = new HashMap<>();
    private String stylesPart;
    private String sharedStringsPart;
    private String workbookPart;

    XlsxParts(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
        readWorkbookRels();
        readContentTypes();
    }

    /** A StAX factory (the JDK's) that neither reads DTDs nor resolves external entities. */
    static XMLInputFactory safeFactory() {
        return Xml.secure(XMLInputFactory.newDefaultFactory());
    }

    /** Whether the package has a styles part fastexcel-reader can read number formats from. */
    boolean hasStyles() {
        return stylesPart != null && zip.getEntry(stylesPart) != null;
    }

    /**
     * The shared-strings part as [Content_Types].xml declares it (where fastexcel-reader looks for it),
     * or null when none is declared or the package lacks it.
     */
    String sharedStringsPart() {
        return sharedStringsPart != null && zip.getEntry(sharedStringsPart) != null ? sharedStringsPart : null;
    }

    /** The workbook part as [Content_Types].xml declares it, else {@code xl/workbook.xml}. */
    String workbookPart() {
        return workbookPart == null ? DEFAULT_WORKBOOK : workbookPart;
    }

    /** The zip entry name of the sheet with relationship id {@code relId}, or null when unknown. */
    String sheetPart(String relId) {
        String part = relId == null ? null : targetsById.get(relId);
        return part != null && zip.getEntry(part) != null ? part : null;
    }

    /** 0-based indexes of the columns a sheet part marks hidden, below {@code maxColumns}. */
    TreeSet<Integer> hiddenColumns(String sheetPart, int maxColumns) {
        TreeSet<Integer> hidden = new TreeSet<>();
        if (sheetPart == null) {
            return hidden;
        }
        parse(sheetPart, r -> {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("sheetData")) {
                        return null;
                    }
                    if (name.equals("col") && truthy(r.getAttributeValue(null, "hidden"))) {
                        int min = Integer.parseInt(r.getAttributeValue(null, "min"));
                        int max = Integer.parseInt(r.getAttributeValue(null, "max"));
                        for (int c = Math.max(min, 1); c <= Math.min(max, maxColumns); c++) {
                            hidden.add(c - 1);
                        }
                    }
                }
            }
            return null;
        });
        return hidden;
    }

    /**
     * The legacy encoding of each cell style ({@code cellXfs} index → encoding of its font), or null when
     * no font of the workbook is a legacy one (then no cell needs its style looked up).
     */
    LegacyEncoding[] styleEncodings() {
        if (!hasStyles()) {
            return null;
        }
        return parse(stylesPart, r -> {
            List<LegacyEncoding> fonts = new ArrayList<>();
            List<Integer> xfFonts = new ArrayList<>();
            String section = "";
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "fonts", "cellXfs", "cellStyleXfs", "dxfs" -> section = name;
                        case "font" -> {
                            if (section.equals("fonts")) {
                                fonts.add(LegacyEncoding.NONE);
                            }
                        }
                        case "name" -> {
                            if (section.equals("fonts") && !fonts.isEmpty()) {
                                fonts.set(fonts.size() - 1, LegacyEncoding.ofFont(r.getAttributeValue(null, "val")));
                            }
                        }
                        case "xf" -> {
                            if (section.equals("cellXfs")) {
                                String id = r.getAttributeValue(null, "fontId");
                                xfFonts.add(id == null ? 0 : Integer.parseInt(id));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(section)) {
                    section = "";
                }
            }
            if (fonts.stream().allMatch(f -> f == LegacyEncoding.NONE)) {
                return null;
            }
            LegacyEncoding[] byXf = new LegacyEncoding[xfFonts.size()];
            for (int i = 0; i < byXf.length; i++) {
                int font = xfFonts.get(i);
                byXf[i] = font >= 0 && font < fonts.size() ? fonts.get(font) : LegacyEncoding.NONE;
            }
            return byXf;
        });
    }

    /**
     * For each cell style ({@code cellXfs} index), whether its number format is a date format, decided
     * as fastexcel-reader 0.20.2 and {@link XlsxSource} decide it: the style's {@code numFmtId}, the code
     * of that id ({@code <numFmt>} anywhere in the styles, or the implicit code of a built-in id), then
     * POI's {@code DateUtil.isADateFormat}. Empty when the package has no styles part (fastexcel-reader
     * then reads no formats either). A style without a number format, or with one that is not a number,
     * is not a date.
     */
    boolean[] dateStyles() {
        if (!hasStyles()) {
            return new boolean[0];
        }
        return parse(stylesPart, r -> {
            Map<String, String> codes = new HashMap<>();
            List<String> xfFormats = new ArrayList<>();
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "cellXfs" -> inCellXfs = true;
                        case "numFmt" -> {
                            String id = r.getAttributeValue(null, "numFmtId");
                            String code = r.getAttributeValue(null, "formatCode");
                            if (id == null || code == null) {
                                throw new XMLStreamException("numFmt without numFmtId or formatCode", r.getLocation());
                            }
                            codes.put(id, code);
                        }
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = r.getAttributeValue(null, "numFmtId");
                                xfFormats.add(id);
                                if (id != null && IMPLICIT_FORMATS.containsKey(id)) {
                                    codes.put(id, IMPLICIT_FORMATS.get(id));
                                }
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            boolean[] dates = new boolean[xfFormats.size()];
            for (int i = 0; i < dates.length; i++) {
                String id = xfFormats.get(i);
                dates[i] = id != null && isDateFormat(id, codes.get(id));
            }
            return dates;
        });
    }

    private static boolean isDateFormat(String id, String code) {
        int index;
        try {
            index = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return false;
        }
        return DateUtil.isADateFormat(index, code);
    }

    /**
     * A cursor over a sheet part that yields, for each {@code <row>} element in document order, the style
     * index of each of its cells — the same {@code <row>} elements fastexcel-reader turns into rows, so the
     * two advance in step.
     */
    StyleCursor styleCursor(String sheetPart) {
        try {
            return new StyleCursor(zip.getInputStream(zip.getEntry(sheetPart)), sheetPart);
        } catch (IOException | XMLStreamException e) {
            throw ReadErrors.damaged(ReadErrors.wherePart(file, sheetPart), e);
        }
    }

    /** See {@link #styleCursor(String)}. */
    final class StyleCursor implements Closeable {
        private final InputStream in;
        private final XMLStreamReader r;
        private final String part;

        private StyleCursor(InputStream in, String part) throws XMLStreamException {
            this.in = in;
            this.part = part;
            this.r = FACTORY.createXMLStreamReader(in);
        }

        /** Column → style index of the cells of the next {@code <row>}; empty at the end of the sheet data. */
        Map<Integer, Integer> nextRow() {
            Map<Integer, Integer> styles = new HashMap<>();
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
                        readCells(styles);
                        return styles;
                    }
                    if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sheetData")) {
                        return styles;
                    }
                }
                return styles;
            } catch (XMLStreamException | RuntimeException e) {
                throw ReadErrors.damaged(ReadErrors.wherePart(file, part), e);
            }
        }

        private void readCells(Map<Integer, Integer> styles) throws XMLStreamException {
            int next = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                    return;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
                    String ref = r.getAttributeValue(null, "r");
                    int column = ref == null ? next : columnOf(ref);
                    next = column + 1;
                    String s = r.getAttributeValue(null, "s");
                    if (s != null) {
                        styles.put(column, Integer.parseInt(s));
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                r.close();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            } finally {
                in.close();
            }
        }
    }

    /** 0-based column of a cell reference such as {@code AB12} or {@code $AB$12}. */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = ref.startsWith("$") ? 1 : 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = col * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        return col - 1;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void readWorkbookRels() {
        if (zip.getEntry(WORKBOOK_RELS) == null) {
            return;
        }
        parse(WORKBOOK_RELS, r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String id = r.getAttributeValue(null, "Id");
                    String target = r.getAttributeValue(null, "Target");
                    if (id == null || target == null) {
                        continue;
                    }
                    targetsById.put(id, resolve(target));
                }
            }
            return null;
        });
    }

    /**
     * The styles, shared-strings and workbook parts as [Content_Types].xml declares them — where
     * fastexcel-reader looks for them.
     */
    private void readContentTypes() {
        if (zip.getEntry(CONTENT_TYPES) == null) {
            return;
        }
        parse(CONTENT_TYPES, r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Override")) {
                    String type = r.getAttributeValue(null, "ContentType");
                    String name = r.getAttributeValue(null, "PartName");
                    if (name == null || type == null) {
                        continue;
                    }
                    String part = name.startsWith("/") ? name.substring(1) : name;
                    switch (type) {
                        case STYLES_TYPE -> stylesPart = part;
                        case SHARED_STRINGS_TYPE -> sharedStringsPart = part;
                        case WORKBOOK_TYPE, MACRO_WORKBOOK_TYPE -> workbookPart = part;
                        default -> {
                        }
                    }
                }
            }
            return null;
        });
    }

    private static String resolve(String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        return URI.create("xl/").resolve(URI.create(target.replace(" ", "%20"))).normalize().getPath();
    }

    private static boolean truthy(String v) {
        return "1".equals(v) || "true".equals(v);
    }

    @FunctionalInterface
    private interface Parse<T> {
        T apply(XMLStreamReader r) throws XMLStreamException;
    }

    private <T> T parse(String part, Parse<T> body) {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw ReadErrors.damaged(ReadErrors.wherePart(file, part), null);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                return body.apply(r);
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof vn.kdclgd.rules.KdclException k) {
                throw k;
            }
            throw ReadErrors.damaged(ReadErrors.wherePart(file, part), e);
        }
    }
}
