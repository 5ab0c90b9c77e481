package vn.kdclgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdclgd.report.DocumentKind;

/** {@code kdclgd report}: every document of the demo school and of an exported dossier; templates; refusals. */
class ReportCliTest {
    @TempDir
    Path dir;

    @Test
    void everyDocxDocumentOfTheDemoSchool() throws Exception {
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind == DocumentKind.RESULTS_SUMMARY) {
                continue;
            }
            Path out = dir.resolve(kind.cliName() + ".docx");
            CliTest.Run r = CliTest.run("report", "--demo", "--document", kind.cliName(), "--out", out.toString());
            assertThat(r.code()).as(kind + ": " + r.err()).isZero();
            assertThat(r.json().get("catalog").asText()).isEqualTo("TT57-2026-PT");
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
                assertThat(doc.getBodyElements()).as(kind.cliName()).isNotEmpty();
                assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).anyMatch(t -> t.contains("{{")))
                        .as("placeholders left in " + kind.cliName()).isFalse();
            }
        }
    }

    @Test
    void xlsxDocumentsFromAnExportedDossier() throws Exception {
        Path db = dir.resolve("db");
        assertThat(CliTest.run("demo", "--db", db.toString()).code()).isZero();
        Path zip = dir.resolve("d.zip");
        assertThat(CliTest.run("dossier", "export", "--db", db.toString(), "--school", DemoCommand.SCHOOL_CODE, "--out", zip.toString())
                .code()).isZero();
        for (String doc : new String[] {"evidence-list", "data-tables", "results-summary"}) {
            Path out = dir.resolve(doc + ".xlsx");
            CliTest.Run r = CliTest.run("report", "--dossier", zip.toString(), "--document", doc, "--out", out.toString());
            assertThat(r.code()).as(doc + ": " + r.err()).isZero();
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
                assertThat(wb.getNumberOfSheets()).isPositive();
            }
        }
        Path ev = dir.resolve("evidence-list.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ev))) {
            String all = wb.getSheetAt(0).toString();
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(15);
            assertThat(all).isNotNull();
        }
    }

    @Test
    void aVendorTemplateRoundTripsAndAnUnknownPlaceholderIsRefusedWithNothingWritten() throws Exception {
        Path template = dir.resolve("mau.docx");
        CliTest.Run t = CliTest.run("report", "--demo", "--document", "evidence-list", "--template-out", template.toString());
        assertThat(t.code()).as(t.err()).isZero();
        Path out = dir.resolve("with-template.docx");
        CliTest.Run r = CliTest.run("report", "--demo", "--document", "evidence-list", "--template", template.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();

        byte[] bad;
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(template))) {
            doc.createParagraph().createRun().setText("Logo Sở {{so.logo}} và {{school.motto}}");
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            doc.write(b);
            bad = b.toByteArray();
        }
        Path badTemplate = dir.resolve("bad.docx");
        Files.write(badTemplate, bad);
        Path refused = dir.resolve("refused.docx");
        CliTest.Run x = CliTest.run("report", "--demo", "--document", "evidence-list", "--template", badTemplate.toString(), "--out", refused.toString());
        assertThat(x.code()).isEqualTo(2);
        assertThat(x.err()).contains("KDCL-9401").contains("{{so.logo}}").contains("{{school.motto}}");
        assertThat(refused).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void badInputIsExitTwoWithThePlace() throws Exception {
        CliTest.Run unknown = CliTest.run("report", "--demo", "--document", "nope", "--out", dir.resolve("x.docx").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--document nope");
        CliTest.Run missing = CliTest.run("report", "--dossier", dir.resolve("none.zip").toString(), "--document", "report", "--out",
                dir.resolve("x.docx").toString());
        assertThat(missing.code()).isEqualTo(2);
        Path content = dir.resolve("c.json");
        Files.writeString(content, "{\"texts\": {\"school.principal\": 5, \"nope\": \"x\"}, \"extra\": 1}");
        CliTest.Run badContent = CliTest.run("report", "--demo", "--document", "evidence-list", "--content", content.toString(), "--out",
                dir.resolve("x.docx").toString());
        assertThat(badContent.code()).isEqualTo(2);
        assertThat(badContent.err()).contains("KDCL-9406").contains("$.texts['school.principal']").contains("$.texts['nope']").contains("$.extra");
        assertThat(dir.resolve("x.docx")).doesNotExist();
        assertThat(new ByteArrayInputStream(new byte[0])).isNotNull();
    }
}
