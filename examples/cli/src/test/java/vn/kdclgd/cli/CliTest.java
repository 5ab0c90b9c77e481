package vn.kdclgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine;

/** The CLI contract of the README: every command, its JSON and its exit codes. */
class CliTest {
    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return Io.JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void catalogsListsEveryCatalogWithTheContractFields() throws Exception {
        Run r = run("catalogs");
        assertThat(r.code()).isZero();
        JsonNode a = r.json();
        assertThat(a).hasSize(8);
        JsonNode pt = null;
        for (JsonNode n : a) {
            if (n.get("id").asText().equals("TT57-2026-PT")) {
                pt = n;
            }
            assertThat(n.has("title") && n.has("schoolTypes") && n.has("criteriaCount") && n.has("mandatoryCount") && n.has("levels")).isTrue();
        }
        assertThat(pt).isNotNull();
        assertThat(pt.get("criteriaCount").intValue()).isEqualTo(15);
        assertThat(pt.get("mandatoryCount").intValue()).isEqualTo(8);
        assertThat(pt.get("levels").intValue()).isEqualTo(2);
    }

    @Test
    void catalogShowPrintsJsonOrText() throws Exception {
        Run json = run("catalog", "show", "TT19-2018");
        assertThat(json.code()).isZero();
        assertThat(json.json().get("format").asText()).isEqualTo("kdclgd-catalog/1");
        assertThat(json.json().get("standards")).hasSize(5);
        Run text = run("catalog", "show", "TT57-2026-MN", "--format", "text");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Tiêu chuẩn 1: ").contains("Tiêu chí 1.3 (bắt buộc)").contains("Mức 2:");
        Run unknown = run("catalog", "show", "NOPE");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("KDCL-1301").contains("TT57-2026-PT").doesNotContain("Exception");
        assertThat(run("catalog", "show", "TT19-2018", "--format", "xml").code()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"THCS, 2026-07-06, TT18-2018", "THCS, 2026-07-07, TT57-2026-PT", "MAM_NON, 2026-09-05, TT57-2026-MN"})
    void catalogForPicksTheCatalogInForce(String type, String date, String id) throws Exception {
        Run r = run("catalog", "for", "--school-type", type, "--date", date);
        assertThat(r.code()).isZero();
        assertThat(r.json().get("id").asText()).isEqualTo(id);
    }

    @Test
    void catalogForWithoutACatalogIsBadInput() {
        Run r = run("catalog", "for", "--school-type", "TRUNG_TAM_GDTX", "--date", "2025-01-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("TRUNG_TAM_GDTX");
        assertThat(run("catalog", "for", "--school-type", "THCS", "--date", "7/7/2026").err()).startsWith("KDCL-1106");
    }

    @Test
    void rateTheSamples() throws Exception {
        Run r = run("rate", sample("thcs-tt57.json"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = r.json();
        assertThat(o.get("complete").booleanValue()).isTrue();
        assertThat(o.get("missing")).isEmpty();
        assertThat(o.get("schoolLevel").intValue()).isEqualTo(1);
        assertThat(o.get("nationalStandardDegree").intValue()).isEqualTo(1);
        assertThat(o.get("accreditationLevel").isNull()).isTrue();
        assertThat(o.get("criteria").get("1.1").get("level").intValue()).isEqualTo(1);
        assertThat(o.get("criteria").get("3.2").get("level").intValue()).isEqualTo(2);
        assertThat(o.get("gaps").get(0).get("targetLevel").intValue()).isEqualTo(2);
        assertThat(o.get("explanation").get(1).asText()).contains("khoản 3 Điều 5");

        JsonNode old = run("rate", sample("thpt-tt18-2024.json")).json();
        assertThat(old.get("schoolLevel").intValue()).isEqualTo(2);
        assertThat(old.get("accreditationLevel").intValue()).isEqualTo(2);
        assertThat(old.get("nationalStandardDegree").intValue()).isEqualTo(1);
    }

    @Test
    void rateReadsStandardInput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(Files.newInputStream(Path.of(sample("thcs-tt57.json"))));
            Run r = run("rate", "-");
            assertThat(r.code()).isZero();
            assertThat(r.json().get("schoolLevel").intValue()).isEqualTo(1);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void badRatingInputIsExitTwoWithEveryProblemAndNoStackTrace() {
        Run r = run("rate", sample("bad-input.json"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(3)
                .anySatisfy(l -> assertThat(l).startsWith("KDCL-2001").contains("$.judgements['9.1']"))
                .anySatisfy(l -> assertThat(l).startsWith("KDCL-2002").contains("$.judgements['1.1']['3']"))
                .anySatisfy(l -> assertThat(l).startsWith("KDCL-1103").contains("$.judgements['1.2']['1']"));
        assertThat(r.err()).doesNotContain("at vn.").doesNotContain("Exception");
        Run missing = run("rate", "no-such-file.json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("KDCL-1002 no-such-file.json");
    }

    @Test
    void rateReportsJsonSyntaxErrorsWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"catalog\": \"TT57-2026-PT\",\n \"judgements\": {\"1.1\": {\"1\": tru}}}");
        Run r = run("rate", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("KDCL-1001").contains("line 2");
    }

    @Test
    void evidenceCodeParseAndFormat() throws Exception {
        JsonNode h = run("evidence-code", "parse", " [ H1 - 1.10 - 03 ] ").json();
        assertThat(h.get("scheme").asText()).isEqualTo("H");
        assertThat(h.get("box").intValue()).isEqualTo(1);
        assertThat(h.get("standard").intValue()).isEqualTo(1);
        assertThat(h.get("criterion").intValue()).isEqualTo(10);
        assertThat(h.get("sequence").intValue()).isEqualTo(3);
        JsonNode mc = run("evidence-code", "parse", "MC.1.3.02", "--catalog", "TT57-2026-PT").json();
        assertThat(mc.get("scheme").asText()).isEqualTo("MC");
        assertThat(mc.get("box").isNull()).isTrue();
        assertThat(mc.get("criterion").intValue()).isEqualTo(3);

        Run wrongScheme = run("evidence-code", "parse", "[H1-1.1-01]", "--catalog", "TT57-2026-PT");
        assertThat(wrongScheme.code()).isEqualTo(2);
        assertThat(wrongScheme.err()).startsWith("KDCL-3020");
        Run noCriterion = run("evidence-code", "parse", "MC.1.9.01", "--catalog", "TT57-2026-PT");
        assertThat(noCriterion.err()).startsWith("KDCL-3021");
        Run bad = run("evidence-code", "parse", "[H1-1.1-1]");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("KDCL-3006");

        assertThat(run("evidence-code", "format", "--scheme", "H", "--box", "1", "--standard", "1", "--criterion", "10",
                "--sequence", "3").out().strip()).isEqualTo("[H1-1.10-03]");
        assertThat(run("evidence-code", "format", "--scheme", "MC", "--standard", "1", "--criterion", "3",
                "--sequence", "2").out().strip()).isEqualTo("MC.1.3.02");
        assertThat(run("evidence-code", "format", "--scheme", "MC", "--standard", "1", "--criterion", "3",
                "--sequence", "100").code()).isEqualTo(2);
    }

    @Test
    void validateCatalog(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, run("catalog", "show", "TT57-2026-GDTX").out());
        Run ok = run("validate-catalog", good.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).startsWith("OK");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replace("\"levels\" : 2,", "\"levels\" : 0,").replace("\"issued\" : \"2026-07-07\"", "\"issued\" : \"7/7/2026\""));
        Run r = run("validate-catalog", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("KDCL-1105").contains("$.levels").contains("KDCL-1106").contains("$.issued").contains("2 lỗi");
        assertThat(run("validate-catalog", dir.resolve("none.json").toString()).code()).isEqualTo(2);
    }

    @Test
    void vendorCatalogsViaCatalogPath(@TempDir Path dir) throws Exception {
        String gdtx = run("catalog", "show", "TT57-2026-GDTX").out().replace("\"id\" : \"TT57-2026-GDTX\"", "\"id\" : \"VENDOR-X\"");
        Files.writeString(dir.resolve("x.json"), gdtx);
        Run r = run("--catalog-path", dir.toString(), "catalogs");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("VENDOR-X");
        Files.writeString(dir.resolve("y.json"), gdtx);
        Run dup = run("--catalog-path", dir.toString(), "catalogs");
        assertThat(dup.code()).isEqualTo(2);
        assertThat(dup.err()).startsWith("KDCL-1302");
    }

    @Test
    void crosswalkSuggestsTt57Criteria() throws Exception {
        JsonNode o = run("crosswalk", "--from", "TT18-2018", "--criterion", "1.1").json();
        assertThat(o.get("to").asText()).isEqualTo("TT57-2026-PT");
        assertThat(o.get("status").asText()).contains("SUGGESTION");
        assertThat(o.get("entries")).hasSize(1);
        assertThat(run("crosswalk", "--from", "TT57-2026-PT").code()).isEqualTo(2);
    }

    @Test
    void usageErrorsAreExitTwoAndInternalErrorsExitOne() {
        Run r = run("no-such-command");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("KDCL-0002");
        assertThat(run("rate").code()).isEqualTo(2);

        CommandLine cl = new CommandLine(new KdclgdCommand());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cl.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = new ErrorHandler().handleExecutionException(new IllegalStateException("boom"), cl, null);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("KDCL-0001").contains("boom").doesNotContain("at vn.");
    }

    static String sample(String name) {
        Path p = Path.of("samples", name);
        return p.toString();
    }
}
