package vn.kdclgd.benchmarks.imports;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Rewrites the two things in which a fastexcel-written package differs from one Excel writes, and that
 * matter to a reader's speed and memory:
 * <ul>
 *   <li>{@code xl/sharedStrings.xml}: fastexcel writes every character above U+007E as a numeric character
 *       reference ({@code &#x1ecd;}) and {@code xml:space="preserve"} on every string; Excel writes UTF-8
 *       and the attribute only on a string with leading or trailing white space. For Vietnamese text the
 *       fastexcel form is about twice as large and every reader must resolve the references. Rewritten in
 *       Excel's form (same strings, same order, same {@code count}/{@code uniqueCount});</li>
 *   <li>the first sheet's {@code <dimension ref="A1"/>} (fastexcel streams rows and cannot know the
 *       range): set to the real used range, as Excel does.</li>
 * </ul>
 * Every other part is copied unchanged, in the same order; parts are deflated at the default level.
 */
final class ExcelForm {
    private static final String SST = "xl/sharedStrings.xml";
    private static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";

    private ExcelForm() {
    }

    static void rewrite(Path from, Path to, String firstSheetRange) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(to), 1 << 16))) {
            for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream part = new BufferedInputStream(in.getInputStream(e), 1 << 16)) {
                    switch (e.getName()) {
                        case SST -> sharedStrings(part, out);
                        case FIRST_SHEET -> dimension(part, out, firstSheetRange);
                        default -> part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private static void dimension(InputStream part, OutputStream out, String range) throws IOException {
        byte[] head = part.readNBytes(4096);
        String text = new String(head, StandardCharsets.ISO_8859_1); // ASCII up to <sheetData>
        String fixed = text.replace("<dimension ref=\"A1\"/>", "<dimension ref=\"" + range + "\"/>");
        if (fixed.equals(text)) {
            throw new IOException("no <dimension ref=\"A1\"/> in the first 4 KiB of " + FIRST_SHEET);
        }
        out.write(fixed.getBytes(StandardCharsets.ISO_8859_1));
        part.transferTo(out);
    }

    private static void sharedStrings(InputStream part, OutputStream out) throws IOException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        // flushed at the end and never closed, so the zip stream underneath stays open
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader r = f.createXMLStreamReader(part, "UTF-8");
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
            while (r.hasNext()) {
                int ev = r.next();
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "sst" -> w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                            + r.getAttributeValue(null, "count") + "\" uniqueCount=\"" + r.getAttributeValue(null, "uniqueCount") + "\">");
                    case "si" -> text.setLength(0);
                    case "t" -> {
                        text.append(r.getElementText());
                        String s = text.toString();
                        boolean preserve = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                                || Character.isWhitespace(s.charAt(s.length() - 1)));
                        w.write(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                        escape(w, s);
                        w.write("</t></si>");
                    }
                    case "r", "rPh" -> throw new IOException("rich text in the shared strings: not expected here");
                    default -> {
                    }
                }
            }
            w.write("</sst>");
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void escape(Writer w, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> w.write("&amp;");
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                default -> w.write(c);
            }
        }
    }
}
