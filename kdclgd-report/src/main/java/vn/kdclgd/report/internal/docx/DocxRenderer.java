package vn.kdclgd.report.internal.docx;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import vn.kdclgd.report.ReportException;
import vn.kdclgd.rules.Problem;

/**
 * Fills a DOCX template: {@code {{name}}} placeholders anywhere (body, tables, headers, footers; Word may
 * have split one over several runs) are replaced by values, and each paragraph holding only
 * {@code {{>name}}} is replaced by the content a {@link Block} streams. Every placeholder of the template is
 * checked first: unknown ones are one error listing them all with where they are, before anything is
 * written.
 */
public final class DocxRenderer {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(>?)\\s*([A-Za-z0-9_.\\-]+)\\s*}}");
    private static final String MARK = "KDCLGD_BLOCK_9c41_";

    /** Streams a block's content. */
    @FunctionalInterface
    public interface Block {
        /** Writes the content with {@code w}. */
        void write(Wml w);
    }

    private DocxRenderer() {
    }

    /**
     * Renders {@code template} (DOCX bytes) to {@code out}.
     *
     * @param templateName the template's name for messages (a file name, or "mẫu mặc định report")
     * @param values       value placeholders; an empty value prints "chưa có dữ liệu"
     * @param blocks       block placeholders
     * @throws ReportException unknown placeholders ({@link ReportException#UNKNOWN_PLACEHOLDER}), a misplaced or
     *                         unknown block ({@link ReportException#BAD_BLOCK}), a template that is not a DOCX
     */
    public static void render(byte[] template, String templateName, Map<String, Optional<String>> values,
                              Map<String, Block> blocks, OutputStream out) {
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(template));
        } catch (IOException | RuntimeException e) {
            throw new ReportException(List.of(Problem.of(ReportException.BAD_TEMPLATE, templateName,
                    "không đọc được mẫu như một tệp DOCX (" + e.getMessage() + "); lưu lại mẫu bằng Word ở định dạng .docx",
                    "the template cannot be read as a DOCX (" + e.getMessage() + "); save it again from Word as .docx")), e);
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> markers = new LinkedHashMap<>();
        Pass pass = new Pass(templateName, values, blocks, problems, markers);
        int n = 0;
        for (IBodyElement e : doc.getBodyElements()) {
            n++;
            pass.element(e, "đoạn/bảng thứ " + n + " của thân văn bản", true);
        }
        for (XWPFHeader h : doc.getHeaderList()) {
            h.getBodyElements().forEach(e -> pass.element(e, "đầu trang", false));
        }
        for (XWPFFooter f : doc.getFooterList()) {
            f.getBodyElements().forEach(e -> pass.element(e, "chân trang", false));
        }
        if (!problems.isEmpty()) {
            throw new ReportException(problems);
        }
        addMissingStyles(doc);
        doc.enforceUpdateFields();
        String mainPart = doc.getPackagePart().getPartName().getName().substring(1);
        byte[] filled;
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(template.length + 4096)) {
            doc.write(bytes);
            doc.close();
            filled = bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream(filled, mainPart, markers, blocks, out);
    }

    /** The placeholders a template uses: {@code name} for values, {@code >name} for blocks, in order. */
    public static List<String> placeholders(byte[] template) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template))) {
            List<String> found = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                text(e, all);
            }
            doc.getHeaderList().forEach(h -> h.getBodyElements().forEach(e -> text(e, all)));
            doc.getFooterList().forEach(f -> f.getBodyElements().forEach(e -> text(e, all)));
            Matcher m = PLACEHOLDER.matcher(all);
            while (m.find()) {
                found.add(m.group(1) + m.group(2));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(IBodyElement e, StringBuilder sb) {
        if (e instanceof XWPFParagraph p) {
            sb.append(p.getText()).append('\n');
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow r : t.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    c.getBodyElements().forEach(x -> text(x, sb));
                }
            }
        }
    }

    /** One pass over the template: checks and replaces placeholders, marks block paragraphs. */
    private static final class Pass {
        private final String templateName;
        private final Map<String, Optional<String>> values;
        private final Map<String, Block> blocks;
        private final List<Problem> problems;
        private final Map<String, String> markers;
        private final TreeSet<String> unknownSeen = new TreeSet<>();

        Pass(String templateName, Map<String, Optional<String>> values, Map<String, Block> blocks, List<Problem> problems,
             Map<String, String> markers) {
            this.templateName = templateName;
            this.values = values;
            this.blocks = blocks;
            this.problems = problems;
            this.markers = markers;
        }

        void element(IBodyElement e, String where, boolean topLevel) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p, where, topLevel);
            } else if (e instanceof XWPFTable t) {
                int r = 0;
                for (XWPFTableRow row : t.getRows()) {
                    r++;
                    int c = 0;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        c++;
                        String w = where + ", hàng " + r + " ô " + c;
                        for (IBodyElement x : cell.getBodyElements()) {
                            element(x, w, false);
                        }
                    }
                }
            }
        }

        private void paragraph(XWPFParagraph p, String where, boolean topLevel) {
            String text = p.getText();
            if (text.indexOf("{{") < 0) {
                return;
            }
            List<XWPFRun> runs = p.getRuns();
            Matcher m = PLACEHOLDER.matcher(text);
            List<int[]> spans = new ArrayList<>();
            List<String> replacements = new ArrayList<>();
            while (m.find()) {
                String name = m.group(2);
                if (!m.group(1).isEmpty()) {
                    if (!blocks.containsKey(name)) {
                        problem(ReportException.BAD_BLOCK, where, "{{>" + name + "}}", "khối không có trong tài liệu này (có: "
                                + String.join(", ", blocks.keySet()) + ")", "no such block in this document (known: "
                                + String.join(", ", blocks.keySet()) + ")");
                    } else if (!topLevel || !text.strip().equals(m.group())) {
                        problem(ReportException.BAD_BLOCK, where, m.group(), "khối phải đứng một mình trong một đoạn của thân văn bản "
                                + "(không trong bảng, đầu/chân trang hay cùng chữ khác)",
                                "a block must stand alone in a paragraph of the body (not in a table, header/footer or with other text)");
                    } else {
                        String marker = MARK + markers.size() + "_";
                        markers.put(marker, name);
                        spans.add(new int[] {m.start(), m.end()});
                        replacements.add(marker);
                    }
                    continue;
                }
                if (!values.containsKey(name)) {
                    if (unknownSeen.add(name + "@" + where)) {
                        problem(ReportException.UNKNOWN_PLACEHOLDER, where, m.group(),
                                "chỗ điền không có trong tài liệu này; sửa lại theo danh sách trong docs/report.md",
                                "unknown placeholder for this document; use one listed in docs/report.md");
                    }
                    continue;
                }
                spans.add(new int[] {m.start(), m.end()});
                replacements.add(values.get(name).filter(v -> !v.isBlank()).orElse(Wml.MISSING));
            }
            if (!problems.isEmpty() || spans.isEmpty()) {
                return;
            }
            replace(runs, spans, replacements);
        }

        private void problem(String code, String where, String placeholder, String vi, String en) {
            problems.add(Problem.of(code, templateName + ": " + where, placeholder + " — " + vi, en));
        }
    }

    /** Replaces text spans (indexes into the paragraph's run text) by their replacements, last first. */
    private static void replace(List<XWPFRun> runs, List<int[]> spans, List<String> replacements) {
        int[] starts = new int[runs.size()];
        String[] texts = new String[runs.size()];
        int pos = 0;
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = pos;
            String t = runs.get(i).text();
            texts[i] = t == null ? "" : t;
            pos += texts[i].length();
        }
        for (int s = spans.size() - 1; s >= 0; s--) {
            int from = spans.get(s)[0];
            int to = spans.get(s)[1];
            int first = runAt(starts, texts, from);
            int last = runAt(starts, texts, to - 1);
            String head = texts[first].substring(0, from - starts[first]);
            String tail = texts[last].substring(to - starts[last]);
            for (int i = first + 1; i <= last; i++) {
                texts[i] = "";
            }
            if (first == last) {
                texts[first] = head + replacements.get(s) + tail;
            } else {
                texts[first] = head + replacements.get(s);
                texts[last] = tail;
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            setText(runs.get(i), texts[i]);
        }
    }

    private static int runAt(int[] starts, String[] texts, int index) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] <= index && index < starts[i] + Math.max(1, texts[i].length()) && !texts[i].isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    /** Sets a run's whole text (its breaks and tabs are dropped); line breaks in the text become breaks. */
    private static void setText(XWPFRun run, String text) {
        var ctr = run.getCTR();
        String current = run.text();
        if (text.equals(current == null ? "" : current)) {
            return;
        }
        while (ctr.sizeOfTArray() > 0) {
            ctr.removeT(0);
        }
        while (ctr.sizeOfBrArray() > 0) {
            ctr.removeBr(0);
        }
        while (ctr.sizeOfTabArray() > 0) {
            ctr.removeTab(0);
        }
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(parts[i], i);
        }
    }

    private static void addMissingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.getStyles();
        if (styles == null) {
            styles = doc.createStyles();
        }
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles defaults = null;
        for (String id : Styles.ALL) {
            if (!styles.styleExist(id)) {
                if (defaults == null) {
                    defaults = StylesXml.parse();
                }
                for (CTStyle s : defaults.getStyleArray()) {
                    if (id.equals(s.getStyleId())) {
                        styles.addStyle(new XWPFStyle((CTStyle) s.copy(), styles));
                    }
                }
            }
        }
    }

    /** Copies the filled package to {@code out}, streaming the blocks into the main part at their markers. */
    private static void stream(byte[] filled, String mainPart, Map<String, String> markers, Map<String, Block> blocks,
                               OutputStream out) {
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(filled))) {
            ZipOutputStream zout = new ZipOutputStream(new NonClosing(out));
            zout.setLevel(java.util.zip.Deflater.BEST_SPEED);
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(mainPart) && !markers.isEmpty()) {
                    String xml = new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new NonClosing(zout), StandardCharsets.UTF_8), 1 << 16);
                    Wml wml = new Wml(w);
                    int from = 0;
                    for (Map.Entry<String, String> m : markers.entrySet()) {
                        int at = xml.indexOf(m.getKey(), from);
                        if (at < 0) {
                            throw new IllegalStateException("block marker lost: " + m.getValue());
                        }
                        int pStart = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
                        int pEnd = xml.indexOf("</w:p>", at) + "</w:p>".length();
                        w.write(xml, from, pStart - from);
                        blocks.get(m.getValue()).write(wml);
                        from = pEnd;
                    }
                    w.write(xml, from, xml.length() - from);
                    w.flush();
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
            }
            zout.finish();
            zout.flush();
        } catch (IOException e) {
            throw new ReportException(List.of(Problem.of(ReportException.WRITE_FAILED, "",
                    "không ghi được tài liệu: " + e.getMessage(), "cannot write the document: " + e.getMessage())), e);
        }
    }

    /** Lets a writer or zip stream be flushed and finished without closing the stream under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
