package vn.kdclgd.report.internal.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import vn.kdclgd.report.internal.tables.DataTable;

/**
 * Streams WordprocessingML body content (paragraphs, tables, breaks) straight into {@code word/document.xml}
 * where a template has a block placeholder. Why not XWPF objects: a 20,000-row evidence appendix would be
 * hundreds of MiB of XmlBeans objects; streamed it takes none, and it is several times faster. The styles
 * used ({@link Styles}) are defined by the template (kdclgd's default templates, or a vendor's restyled
 * copy; missing ones are added from the defaults).
 *
 * <p>Text is escaped for XML, normalised to NFC, characters XML 1.0 forbids are dropped, and a line break
 * in text becomes {@code <w:br/>}.
 */
public final class Wml {
    /** What a missing value prints: visibly missing, never blank or zero. */
    public static final String MISSING = "chưa có dữ liệu";

    private final Writer w;

    /** Writes to {@code w}. */
    public Wml(Writer w) {
        this.w = w;
    }

    // ---------------------------------------------------------------- runs

    /**
     * A run of text with its formatting.
     *
     * @param text      the text (line breaks allowed)
     * @param bold      bold
     * @param italic    italic
     * @param grey      grey colour (used for missing data)
     * @param link      a URL: the run becomes a HYPERLINK field to it
     * @param underline underline
     */
    public record Run(String text, boolean bold, boolean italic, boolean grey, String link, boolean underline) {
        /** This run in bold. */
        public Run bolded() {
            return new Run(text, true, italic, grey, link, underline);
        }

        /** This run in italics. */
        public Run italicised() {
            return new Run(text, bold, true, grey, link, underline);
        }

        /** This run underlined. */
        public Run underlined() {
            return new Run(text, bold, italic, grey, link, true);
        }
    }

    /** Plain text. */
    public static Run text(String text) {
        return new Run(text, false, false, false, null, false);
    }

    /** Bold text. */
    public static Run bold(String text) {
        return new Run(text, true, false, false, null, false);
    }

    /** Italic text. */
    public static Run italic(String text) {
        return new Run(text, false, true, false, null, false);
    }

    /** "chưa có dữ liệu" in grey italics. */
    public static Run missing() {
        return new Run(MISSING, false, true, true, null, false);
    }

    /** The value, or {@link #missing()} when it is empty. */
    public static Run value(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).map(Wml::text).orElseGet(Wml::missing);
    }

    /** Text that links to {@code url} (a HYPERLINK field: works in Word and LibreOffice without relationships). */
    public static Run link(String text, String url) {
        return new Run(text, false, false, false, url, true);
    }

    // ---------------------------------------------------------------- paragraphs

    /** A paragraph of {@code style} with {@code text}. */
    public Wml p(String style, String text) {
        return p(style, text(text));
    }

    /** A paragraph of {@code style} made of {@code runs}. */
    public Wml p(String style, Run... runs) {
        return p(style, List.of(runs));
    }

    /** A paragraph of {@code style} made of {@code runs}. */
    public Wml p(String style, List<Run> runs) {
        raw("<w:p>");
        pPr(style, null, false);
        runs(runs);
        raw("</w:p>");
        return this;
    }

    /** A paragraph kept on the same page as the next one (a label above a table), made of {@code runs}. */
    public Wml pKeepNext(String style, Run... runs) {
        raw("<w:p>");
        pPr(style, null, true);
        runs(List.of(runs));
        raw("</w:p>");
        return this;
    }

    /** A paragraph with a value, or "chưa có dữ liệu" when it is empty. */
    public Wml p(String style, Optional<String> value) {
        return p(style, value(value));
    }

    /** "label" in bold followed by the value (or missing), in one paragraph. */
    public Wml labelled(String style, String label, Optional<String> value) {
        return p(style, bold(label), text(" "), value(value));
    }

    /** A page break (a paragraph holding it). */
    public Wml pageBreak() {
        return raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    /** An empty paragraph. */
    public Wml blank() {
        return raw("<w:p/>");
    }

    /**
     * A table of contents field (Word fills it when the document is opened — the templates ask it to update
     * fields — and LibreOffice on Tools ▸ Update); until then it shows {@code placeholder}.
     */
    public Wml toc(String placeholder) {
        raw("<w:p><w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>");
        raw("<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>");
        raw("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
        runs(List.of(italic(placeholder)));
        raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
        return this;
    }

    // ---------------------------------------------------------------- tables

    /**
     * A table cell.
     *
     * @param paragraphs its paragraphs, each a list of runs
     * @param span       columns it spans
     * @param vMerge     0 = none, 1 = starts a vertical merge, 2 = continues one
     * @param align      {@code left}, {@code center}, {@code right}, {@code both}
     * @param bold       every run bold
     */
    public record Cell(List<List<Run>> paragraphs, int span, int vMerge, String align, boolean bold) {
        /** This cell spanning {@code n} columns. */
        public Cell span(int n) {
            return new Cell(paragraphs, n, vMerge, align, bold);
        }

        /** This cell starting a vertical merge. */
        public Cell mergeDown() {
            return new Cell(paragraphs, span, 1, align, bold);
        }

        /** This cell centred. */
        public Cell center() {
            return new Cell(paragraphs, span, vMerge, "center", bold);
        }

        /** This cell's text bold. */
        public Cell bolded() {
            return new Cell(paragraphs, span, vMerge, align, true);
        }
    }

    /** A cell with text. */
    public static Cell cell(String text) {
        return new Cell(List.of(List.of(text(text))), 1, 0, "left", false);
    }

    /** A cell with runs. */
    public static Cell cell(Run... runs) {
        return new Cell(List.of(List.of(runs)), 1, 0, "left", false);
    }

    /** A cell with a value or "chưa có dữ liệu". */
    public static Cell cell(Optional<String> value) {
        return cell(value(value));
    }

    /** A cell with several paragraphs. */
    public static Cell cellOf(List<List<Run>> paragraphs) {
        return new Cell(paragraphs, 1, 0, "left", false);
    }

    /** The continuation of a vertical merge (an empty cell under the one that started it). */
    public static Cell merged() {
        return new Cell(List.of(List.of()), 1, 2, "left", false);
    }

    /**
     * Opens a table.
     *
     * @param widths column widths in twentieths of a point (1 cm = 567)
     * @param borders single borders around every cell, or none (layout tables such as the motto block)
     */
    public Wml tableStart(int[] widths, boolean borders) {
        int total = 0;
        for (int x : widths) {
            total += x;
        }
        raw("<w:tbl><w:tblPr><w:tblW w:w=\"").raw(Integer.toString(total)).raw("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>");
        if (borders) {
            raw("<w:tblBorders>");
            for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
                raw("<w:").raw(side).raw(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
            }
            raw("</w:tblBorders>");
        }
        raw("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>");
        raw("</w:tblPr><w:tblGrid>");
        for (int x : widths) {
            raw("<w:gridCol w:w=\"").raw(Integer.toString(x)).raw("\"/>");
        }
        raw("</w:tblGrid>");
        current = widths;
        return this;
    }

    private int[] current;

    /** A header row: repeated at the top of every page the table runs over, text bold and centred. */
    public Wml headerRow(List<Cell> cells) {
        return row(cells, true);
    }

    /** A body row. */
    public Wml row(List<Cell> cells) {
        return row(cells, false);
    }

    /** A body row. */
    public Wml row(Cell... cells) {
        return row(List.of(cells), false);
    }

    private Wml row(List<Cell> cells, boolean header) {
        raw("<w:tr>");
        raw(header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>");
        int col = 0;
        for (Cell c : cells) {
            int width = 0;
            for (int i = col; i < Math.min(col + c.span(), current.length); i++) {
                width += current[i];
            }
            col += c.span();
            raw("<w:tc><w:tcPr><w:tcW w:w=\"").raw(Integer.toString(width)).raw("\" w:type=\"dxa\"/>");
            if (c.span() > 1) {
                raw("<w:gridSpan w:val=\"").raw(Integer.toString(c.span())).raw("\"/>");
            }
            if (c.vMerge() == 1) {
                raw("<w:vMerge w:val=\"restart\"/>");
            } else if (c.vMerge() == 2) {
                raw("<w:vMerge/>");
            }
            raw("<w:vAlign w:val=\"center\"/></w:tcPr>");
            boolean any = false;
            for (List<Run> para : c.paragraphs()) {
                any = true;
                raw("<w:p>");
                pPr(header ? Styles.TABLE_HEADER : Styles.TABLE_TEXT, header ? "center" : c.align(), false);
                runs(c.bold() ? para.stream().map(Run::bolded).toList() : para);
                raw("</w:p>");
            }
            if (!any) {
                raw("<w:p/>");
            }
            raw("</w:tc>");
        }
        raw("</w:tr>");
        return this;
    }

    /** Closes the table (and adds the empty paragraph Word needs between two tables). */
    public Wml tableEnd() {
        raw("</w:tbl>");
        current = null;
        return blank();
    }

    /**
     * Renders a {@link DataTable}: its title as a Heading 3, the header rows (repeated across pages), the rows
     * (missing values as "chưa có dữ liệu"), then its notes.
     *
     * @param totalWidth the table's width in twips; the first columns (labels) get more room
     */
    public Wml dataTable(DataTable t, int totalWidth) {
        p(Styles.HEADING3, t.title());
        int n = t.columns();
        if (n == 0) {
            return this;
        }
        int[] widths = widths(t, totalWidth);
        tableStart(widths, true);
        // header rows with spans; a cell spanning rows starts a vertical merge continued in the rows below
        int rowsCount = t.header().size();
        boolean[][] continued = new boolean[rowsCount][n];
        for (int r = 0; r < rowsCount; r++) {
            List<Cell> cells = new java.util.ArrayList<>();
            int col = 0;
            var it = t.header().get(r).iterator();
            while (col < n) {
                if (continued[r][col]) {
                    cells.add(merged());
                    col++;
                    continue;
                }
                if (!it.hasNext()) {
                    break;
                }
                DataTable.HeaderCell h = it.next();
                Cell c = cell(h.text()).span(h.colSpan());
                if (h.rowSpan() > 1) {
                    c = c.mergeDown();
                    for (int rr = r + 1; rr < Math.min(rowsCount, r + h.rowSpan()); rr++) {
                        continued[rr][col] = true;
                    }
                }
                cells.add(c);
                col += h.colSpan();
            }
            headerRow(cells);
        }
        for (DataTable.Row row : t.rows()) {
            List<Cell> cells = new java.util.ArrayList<>(row.cells().size());
            for (int i = 0; i < row.cells().size(); i++) {
                Cell c = cell(row.cells().get(i));
                if (i > 0 && row.cells().get(i).map(v -> !v.isEmpty() && isNumeric(v)).orElse(false)) {
                    c = c.center();
                }
                cells.add(row.emphasis() ? c.bolded() : c);
            }
            row(cells);
        }
        raw("</w:tbl>");
        current = null;
        for (String note : t.notes()) {
            p(Styles.NOTE, italic(note));
        }
        if (t.notes().isEmpty()) {
            blank();
        }
        return this;
    }

    private static boolean isNumeric(String v) {
        char c = v.charAt(0);
        return Character.isDigit(c) || c == '-' && v.length() == 1;
    }

    private static int[] widths(DataTable t, int total) {
        int n = t.columns();
        int[] w = new int[n];
        // a label column is the widest; "TT"-like first columns narrow
        int label = -1;
        for (DataTable.Row r : t.rows()) {
            int best = 0;
            for (int i = 0; i < Math.min(n, r.cells().size()); i++) {
                int len = r.cells().get(i).map(String::length).orElse(0);
                if (len > best) {
                    best = len;
                    label = i;
                }
            }
            if (label >= 0) {
                break;
            }
        }
        if (label < 0) {
            label = 0;
        }
        int labelWidth = n == 1 ? total : Math.max(total / 3, total - (n - 1) * 1300);
        int rest = (total - labelWidth) / Math.max(1, n - 1);
        for (int i = 0; i < n; i++) {
            w[i] = i == label ? labelWidth : rest;
        }
        return w;
    }

    // ---------------------------------------------------------------- internals

    private void pPr(String style, String align, boolean keepNext) {
        raw("<w:pPr><w:pStyle w:val=\"").raw(style).raw("\"/>");
        if (keepNext) {
            raw("<w:keepNext/>");
        }
        if (align != null && !"left".equals(align)) {
            raw("<w:jc w:val=\"").raw(align).raw("\"/>");
        }
        raw("</w:pPr>");
    }

    private void runs(List<Run> runs) {
        for (Run r : runs) {
            if (r.link() != null) {
                raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"");
                escaped(r.link().replace("\"", "%22"));
                raw("\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
                run(r);
                raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            } else {
                run(r);
            }
        }
    }

    private void run(Run r) {
        String text = r.text() == null ? "" : r.text();
        raw("<w:r>");
        if (r.bold() || r.italic() || r.grey() || r.underline() || r.link() != null) {
            raw("<w:rPr>");
            if (r.bold()) {
                raw("<w:b/>");
            }
            if (r.italic()) {
                raw("<w:i/>");
            }
            if (r.grey()) {
                raw("<w:color w:val=\"808080\"/>");
            } else if (r.link() != null) {
                raw("<w:color w:val=\"0563C1\"/>");
            }
            if (r.underline() || r.link() != null) {
                raw("<w:u w:val=\"single\"/>");
            }
            raw("</w:rPr>");
        }
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            String part = nl < 0 ? text.substring(start) : text.substring(start, nl);
            if (part.endsWith("\r")) {
                part = part.substring(0, part.length() - 1);
            }
            if (!part.isEmpty()) {
                raw("<w:t xml:space=\"preserve\">");
                escaped(part);
                raw("</w:t>");
            }
            if (nl < 0) {
                break;
            }
            raw("<w:br/>");
            start = nl + 1;
        }
        raw("</w:r>");
    }

    /** Writes markup as it is (for the few structures above). */
    Wml raw(String markup) {
        try {
            w.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void escaped(String s) {
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        try {
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String rep = switch (c) {
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '&' -> "&amp;";
                    case '"' -> "&quot;";
                    default -> c < 0x20 && c != '\t' || c == 0xFFFE || c == 0xFFFF ? "" : null;
                };
                if (rep != null) {
                    w.write(s, from, i - from);
                    w.write(rep);
                    from = i + 1;
                }
            }
            w.write(s, from, s.length() - from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
