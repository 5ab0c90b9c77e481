package vn.kdclgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code kdclgd demo} and {@code kdclgd dossier export|import}, in process. */
class DemoDossierCliTest {
    @TempDir
    Path dir;

    @Test
    void demoRatesASampleSchoolAndRatesItAgainOnTheSameFolder() throws Exception {
        Path db = dir.resolve("demo");
        CliTest.Run r = CliTest.run("demo", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode rating = r.json();
        assertThat(rating.get("catalog").asText()).isEqualTo("TT57-2026-PT");
        assertThat(rating.get("complete").asBoolean()).isTrue();
        assertThat(rating.get("schoolLevel").asInt()).isEqualTo(1);
        assertThat(rating.get("criteria")).hasSize(15);
        assertThat(r.out()).contains("\"schoolLevel\"");
        assertThat(db.resolve("kdclgd.mv.db")).exists();
        assertThat(Files.list(db.resolve("evidence")).count()).isPositive();

        CliTest.Run again = CliTest.run("demo", "--db", db.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(r.out());
    }

    @Test
    void dossierExportThenImportIntoAnotherFolderGivesTheSameDossier() throws Exception {
        Path db = dir.resolve("a");
        assertThat(CliTest.run("demo", "--db", db.toString()).code()).isZero();
        Path zip = dir.resolve("out").resolve("demo.zip");
        CliTest.Run export = CliTest.run("dossier", "export", "--db", db.toString(), "--school", DemoCommand.SCHOOL_CODE, "--out", zip.toString());
        assertThat(export.code()).as(export.err()).isZero();
        JsonNode exported = export.json();
        assertThat(exported.get("schoolCode").asText()).isEqualTo(DemoCommand.SCHOOL_CODE);
        assertThat(exported.get("counts").get("evaluations").asInt()).isEqualTo(15);
        assertThat(exported.get("counts").get("councilMembers").asInt()).isEqualTo(5);
        assertThat(exported.get("counts").get("publishedVersions").asInt()).isEqualTo(1);
        assertThat(exported.get("counts").get("files").asInt()).isEqualTo(15);
        assertThat(exported.get("createdBy").asText()).isEqualTo(LocalDatabase.ACTOR_ID);
        assertThat(zip).exists();
        try (var s = Files.list(zip.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("demo.zip");
        }

        Path other = dir.resolve("b");
        CliTest.Run imported = CliTest.run("dossier", "import", "--db", other.toString(), zip.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.json().get("dossierSha256").asText()).isEqualTo(exported.get("dossierSha256").asText());
        assertThat(imported.json().get("schoolId").asText()).isEqualTo(exported.get("schoolId").asText());

        Path zip2 = dir.resolve("again.zip");
        CliTest.Run again = CliTest.run("dossier", "export", "--db", other.toString(), "--school", DemoCommand.SCHOOL_CODE, "--out", zip2.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(entries(Files.readAllBytes(zip2)).get("dossier.json")).isEqualTo(entries(Files.readAllBytes(zip)).get("dossier.json"));
        assertThat(entries(Files.readAllBytes(zip2)).keySet()).isEqualTo(entries(Files.readAllBytes(zip)).keySet());

        // The imported school is there: the demo on that folder rates it without creating anything.
        CliTest.Run rated = CliTest.run("demo", "--db", other.toString());
        assertThat(rated.code()).as(rated.err()).isZero();
        assertThat(rated.json().get("schoolLevel").asInt()).isEqualTo(1);

        CliTest.Run twice = CliTest.run("dossier", "import", "--db", other.toString(), zip.toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).startsWith("KDCL-8020").doesNotContain("Exception");
    }

    @Test
    void aTamperedDossierIsRefusedWithExitCode2() throws Exception {
        Path db = dir.resolve("a");
        assertThat(CliTest.run("demo", "--db", db.toString()).code()).isZero();
        Path zip = dir.resolve("demo.zip");
        assertThat(CliTest.run("dossier", "export", "--db", db.toString(), "--school", DemoCommand.SCHOOL_CODE, "--out", zip.toString()).code())
                .isZero();
        Map<String, byte[]> e = entries(Files.readAllBytes(zip));
        String file = e.keySet().stream().filter(n -> n.startsWith("files/")).findFirst().orElseThrow();
        byte[] changed = e.get(file).clone();
        changed[0] ^= 1;
        e.put(file, changed);
        Path bad = dir.resolve("tampered.zip");
        Files.write(bad, zip(e));

        Path target = dir.resolve("target");
        CliTest.Run r = CliTest.run("dossier", "import", "--db", target.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("KDCL-8006 " + file).doesNotContain("Exception");
        assertThat(r.out()).isEmpty();

        CliTest.Run truncated = CliTest.run("dossier", "import", "--db", target.toString(), truncate(zip).toString());
        assertThat(truncated.code()).isEqualTo(2);
        assertThat(truncated.err()).startsWith("KDCL-8001");

        CliTest.Run missing = CliTest.run("dossier", "export", "--db", dir.resolve("nowhere").toString(), "--school", "X", "--out",
                dir.resolve("x.zip").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("KDCL-8050");
        assertThat(dir.resolve("nowhere")).doesNotExist();

        CliTest.Run unknown = CliTest.run("dossier", "export", "--db", db.toString(), "--school", "NOPE", "--out", dir.resolve("x.zip").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("KDCL-8030");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }

    private Path truncate(Path zip) throws IOException {
        byte[] all = Files.readAllBytes(zip);
        Path t = dir.resolve("truncated.zip");
        Files.write(t, java.util.Arrays.copyOf(all, all.length / 2));
        return t;
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
