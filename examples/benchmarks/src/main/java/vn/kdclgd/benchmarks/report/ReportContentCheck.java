package vn.kdclgd.benchmarks.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportInput;

/**
 * Renders every contender once per input and prints what each output holds (body paragraphs, headings, tables,
 * table rows, characters of text, DOCX bytes), so that "equivalent content" can be checked before the times are
 * compared; the files go to {@code examples/benchmarks/target/report-samples/}.
 *
 * <p>{@code ReportContentCheck [KIND]}: KIND = {@code REPORT} or {@code EVIDENCE_LIST}; default the kind the
 * benchmark picks per regime.
 */
public final class ReportContentCheck {
    private ReportContentCheck() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        DocumentKind kind = args.length > 0 ? DocumentKind.valueOf(args[0]) : null;
        Path dir = Path.of(args.length > 1 ? args[1] : "examples/benchmarks/target/report-samples");
        Files.createDirectories(dir);
        System.out.println("| catalog | kind | contender | paragraphs | headings | tables | table rows | text chars | DOCX bytes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String catalog : List.of("TT18-2018", "TT57-2026-PT")) {
            ReportInput input = Renderer.sample(catalog);
            for (Renderer.Contender c : Renderer.Contender.values()) {
                Renderer r;
                try {
                    r = new Renderer(c, input, kind);
                } catch (IllegalStateException e) {
                    System.out.printf("| %s | %s | %s | %s ||||||%n", catalog, kind == null ? "auto" : kind.cliName(), c.id(), e.getMessage());
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                r.render(out);
                Files.write(dir.resolve(catalog + "-" + r.kind().cliName() + "-" + c.id() + ".docx"), out.toByteArray());
                System.out.println(stats(catalog, r.kind(), c, out.toByteArray()));
            }
        }
    }

    static String stats(String catalog, DocumentKind kind, Renderer.Contender c, byte[] docx) throws Exception {
        int paragraphs = 0;
        int headings = 0;
        int tables = 0;
        int rows = 0;
        long chars = 0;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraphs++;
                    chars += p.getText().length();
                    if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                        headings++;
                    }
                } else if (e instanceof XWPFTable t) {
                    tables++;
                    rows += t.getRows().size();
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            chars += cell.getText().length();
                        }
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %,d | %,d | %,d | %,d |", catalog, kind.cliName(), c.id(), paragraphs,
                headings, tables, rows, chars, docx.length);
    }
}
