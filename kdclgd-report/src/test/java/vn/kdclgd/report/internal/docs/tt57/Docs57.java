package vn.kdclgd.report.internal.docs.tt57;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportSamples;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/** Test helpers: make a TT57 document, save the sample, re-open it. */
final class Docs57 {
    static final CatalogRegistry REGISTRY = CatalogRegistry.bundled();

    private Docs57() {
    }

    static Catalog catalog() {
        return REGISTRY.get("TT57-2026-PT");
    }

    static ReportInput sample() {
        return ReportSamples.sample(catalog(), "2026-2027", 3);
    }

    /** The sample without texts and profiles. */
    static ReportInput sparse() {
        ReportInput s = sample();
        return new ReportInput(s.school(), s.catalogId(), s.schoolYear(), s.reportDate(), s.council(), s.plan(),
                s.evaluations(), s.evidence(), s.improvementActions(), new TreeMap<>(), Map.of());
    }

    static byte[] write(DocumentKind kind, ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportDocuments(REGISTRY).writeDocx(kind, input, Optional.empty(), out);
        return out.toByteArray();
    }

    static void save(String name, byte[] bytes) {
        try {
            Path dir = Path.of("target/samples");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts of the body paragraphs (not in tables) of {@code style}. */
    static List<String> paragraphs(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    /** All text of the document, tables included. */
    static String allText(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.getBodyElements().forEach(e -> {
            if (e instanceof XWPFParagraph p) {
                sb.append(p.getText()).append('\n');
            } else if (e instanceof org.apache.poi.xwpf.usermodel.XWPFTable t) {
                sb.append(t.getText()).append('\n');
            }
        });
        return sb.toString();
    }
}
