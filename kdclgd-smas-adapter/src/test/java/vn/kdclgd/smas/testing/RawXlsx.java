package vn.kdclgd.smas.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an xlsx package part by part, for fixtures that POI will not produce: hostile files (entity
 * tricks, zip bombs, lying dimensions) and very large files written in a stream (the memory probe).
 *
 * <p>Start from {@link #minimal(List, String)} or {@link #workbook(List, List, String)} and replace or
 * add parts with {@link #part(String, String)} / {@link #part(String, PartWriter)} before
 * {@link #write(Path)}.
 */
public final class RawXlsx {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Writes the content of one part. */
    @FunctionalInterface
    public interface PartWriter {
        /** Writes the part's text to {@code out}. */
        void write(Writer out) throws IOException;
    }

    private final Map<String, PartWriter> parts = new LinkedHashMap<>();
    private final Map<String, java.nio.charset.Charset> charsets = new java.util.HashMap<>();
    private int level = java.util.zip.Deflater.DEFAULT_COMPRESSION;

    private RawXlsx() {
    }

    /**
     * A workbook with one visible sheet per name, a styles part with {@code cellXfs} {@code 0} = general
     * and {@code 1} = date format 14, a shared-strings part holding {@code sharedStrings}, and sheet
     * parts {@code xl/worksheets/sheet1.xml} … left for the caller to add.
     */
    public static RawXlsx workbook(List<String> sheetNames, List<Boolean> hidden, String fontName) {
        RawXlsx x = new RawXlsx();
        StringBuilder types = new StringBuilder(HEAD)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                .append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        StringBuilder wb = new StringBuilder(HEAD).append("<workbook xmlns=\"").append(MAIN_NS)
                .append("\" xmlns:r=\"").append(REL_NS).append("\"><sheets>");
        StringBuilder rels = new StringBuilder(HEAD)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheetNames.size(); i++) {
            int n = i + 1;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            wb.append("<sheet name=\"").append(sheetNames.get(i)).append("\" sheetId=\"").append(n)
                    .append(hidden.get(i) ? "\" state=\"hidden" : "").append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(n).append(".xml\"/>");
        }
        int base = sheetNames.size();
        rels.append("<Relationship Id=\"rId").append(base + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
                .append("<Relationship Id=\"rId").append(base + 2)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                .append("</Relationships>");
        x.part("[Content_Types].xml", types.append("</Types>").toString());
        x.part("_rels/.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        x.part("xl/workbook.xml", wb.append("</sheets></workbook>").toString());
        x.part("xl/_rels/workbook.xml.rels", rels.toString());
        x.part("xl/styles.xml", HEAD + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"" + fontName + "\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>");
        x.part("xl/sharedStrings.xml", HEAD + "<sst xmlns=\"" + MAIN_NS + "\" count=\"0\" uniqueCount=\"0\"/>");
        return x;
    }

    /** {@link #workbook(List, List, String)} with one visible sheet and the sheet part holding {@code sheetData}. */
    public static RawXlsx minimal(List<String> sheetNames, String sheetData) {
        RawXlsx x = workbook(sheetNames, sheetNames.stream().map(n -> false).toList(), "Calibri");
        for (int i = 1; i <= sheetNames.size(); i++) {
            x.part("xl/worksheets/sheet" + i + ".xml", sheet("", sheetData));
        }
        return x;
    }

    /** A worksheet part: {@code beforeData} (e.g. {@code <dimension>}, {@code <cols>}) then {@code <sheetData>}. */
    public static String sheet(String beforeData, String sheetData) {
        return HEAD + "<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">" + beforeData
                + "<sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    /** A shared-strings part holding {@code strings} in order (escaped). */
    public static String sharedStrings(List<String> strings) {
        StringBuilder sb = new StringBuilder(HEAD).append("<sst xmlns=\"").append(MAIN_NS).append("\" count=\"")
                .append(strings.size()).append("\" uniqueCount=\"").append(strings.size()).append("\">");
        for (String s : strings) {
            sb.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
        }
        return sb.append("</sst>").toString();
    }

    /** XML-escapes text content. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Sets (or replaces) a part with fixed text. */
    public RawXlsx part(String name, String text) {
        return part(name, out -> out.write(text));
    }

    /** Sets (or replaces) a part with fixed text written in {@code charset} (with a byte-order mark for UTF-16). */
    public RawXlsx part(String name, java.nio.charset.Charset charset, String text) {
        charsets.put(name, charset);
        return part(name, out -> out.write(text));
    }

    /** Sets (or replaces) a part written in a stream. */
    public RawXlsx part(String name, PartWriter writer) {
        parts.put(name, writer);
        return this;
    }

    /** Deflate level for the parts written after this call ({@code 9} for the densest bomb). */
    public RawXlsx level(int level) {
        this.level = level;
        return this;
    }

    /** Writes the package to {@code file}. */
    public Path write(Path file) {
        try (OutputStream os = Files.newOutputStream(file);
             ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(level);
            for (Map.Entry<String, PartWriter> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                // flushed, never closed: closing it would close the zip stream
                Writer w = new BufferedWriter(new OutputStreamWriter(zip,
                        charsets.getOrDefault(e.getKey(), StandardCharsets.UTF_8)), 1 << 16);
                e.getValue().write(w);
                w.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
