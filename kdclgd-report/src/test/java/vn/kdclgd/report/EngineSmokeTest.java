package vn.kdclgd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.rules.catalog.CatalogRegistry;

class EngineSmokeTest {
    @Test
    void evidenceListTt57RoundTrips() throws Exception {
        var registry = CatalogRegistry.bundled();
        ReportInput input = ReportSamples.sample(registry.get("TT57-2026-PT"), "2026-2027", 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportDocuments(registry).writeDocx(DocumentKind.EVIDENCE_LIST, input, Optional.empty(), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var table = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("TT")).findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(1 + input.evidence().size());
            assertThat(table.getRow(1).getCell(1).getText()).contains("MC.1.1.01");
            assertThat(doc.getParagraphs().stream().map(p -> p.getText())).contains("DANH MỤC MINH CHỨNG", "Năm học 2026-2027");
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/evidence-list-tt57.docx"), out.toByteArray());
    }

    @Test
    void unknownPlaceholdersAreListed() {
        byte[] t = TemplateBuilder.portrait().p(Styles.BODY, "{{school.name}} {{nope}} {{alsoNope}}").block("x").build();
        assertThatThrownBy(() -> DocxRenderer.render(t, "t.docx", Map.of("school.name", Optional.of("A")),
                Map.of("x", (Wml w) -> w.p(Styles.BODY, "B")), new ByteArrayOutputStream()))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("{{nope}}").hasMessageContaining("{{alsoNope}}").hasMessageContaining("KDCL-9401");
    }
}
