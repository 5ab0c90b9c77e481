package vn.kdclgd.report.internal.docs.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportSamples;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/** Renders the documents of this package and reads them back. */
final class FormsTestSupport {
    static final CatalogRegistry REGISTRY = CatalogRegistry.bundled();
    static final ReportDocuments DOCS = new ReportDocuments(REGISTRY);

    private FormsTestSupport() {
    }

    static Catalog catalog(String id) {
        return REGISTRY.get(id);
    }

    static ReportInput sample(String catalogId) {
        return ReportSamples.sample(catalog(catalogId), "2026-2027", 2);
    }

    /** An input with nothing but the school: no council, no plan, no evaluations, no texts. */
    static ReportInput sparse(String catalogId) {
        ReportInput full = sample(catalogId);
        return new ReportInput(full.school(), catalogId, "2026-2027", Optional.empty(),
                new ReportInput.Council(Optional.empty(), Optional.empty(), List.of(), List.of()),
                new ReportInput.Plan(Optional.empty(), List.of(), List.of()), List.of(), List.of(), List.of(),
                new TreeMap<>(), Map.of());
    }

    /** Renders, writes target/samples/{@code fileName} when given, and re-opens the DOCX. */
    static XWPFDocument render(DocumentKind kind, ReportInput input, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DOCS.writeDocx(kind, input, Optional.empty(), out);
        try {
            if (fileName != null) {
                Path dir = Path.of("target", "samples");
                Files.createDirectories(dir);
                Files.write(dir.resolve(fileName), out.toByteArray());
            }
            return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Body paragraphs' texts (not inside tables), in order. */
    static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** Every paragraph's text, in tables too, in document order. */
    static List<String> allText(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p.getText());
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> out.add(p.getText()))));
            }
        }
        return out;
    }

    /** Texts of paragraphs with the style id {@code style}. */
    static List<String> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    /** Tables whose first row's cells start with {@code header}. */
    static List<XWPFTable> tables(XWPFDocument doc, String... header) {
        return doc.getTables().stream().filter(t -> {
            var cells = t.getRow(0).getTableCells();
            if (cells.size() < header.length) {
                return false;
            }
            for (int i = 0; i < header.length; i++) {
                if (!cells.get(i).getText().equals(header[i])) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    static String cell(XWPFTable t, int row, int col) {
        return t.getRow(row).getTableCells().get(col).getText();
    }
}
