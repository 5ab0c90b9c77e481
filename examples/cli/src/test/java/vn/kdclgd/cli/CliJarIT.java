package vn.kdclgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the shaded {@code target/kdclgd.jar} in its own JVM, as the README does. */
class CliJarIT {
    record Result(int code, String out, String err) {
    }

    static Result java(String... args) throws Exception {
        Path jar = Path.of("target", "kdclgd.jar");
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("kdclgd", ".out");
        Path err = Files.createTempFile("kdclgd", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarListsCatalogsAndRatesTheSample() throws Exception {
        Result catalogs = java("catalogs");
        assertThat(catalogs.code()).as(catalogs.err()).isZero();
        assertThat(catalogs.out()).contains("\"TT57-2026-PT\"").contains("Thông tư số 57/2026/TT-BGDĐT");
        assertThat(catalogs.err()).doesNotContain("SLF4J");

        Result rate = java("rate", "samples/thcs-tt57.json");
        assertThat(rate.code()).as(rate.err()).isZero();
        assertThat(rate.out()).contains("\"schoolLevel\" : 1").contains("Kết luận: nhà trường đạt Mức 1.");

        Path db = Files.createTempDirectory("kdclgd-demo");
        Result demo = java("demo", "--db", db.toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("\"schoolLevel\" : 1");
        assertThat(demo.err()).isEmpty();
        Path zip = db.resolve("demo.zip");
        Result export = java("dossier", "export", "--db", db.toString(), "--school", "DEMO-THCS-01", "--out", zip.toString());
        assertThat(export.code()).as(export.err()).isZero();
        Result imported = java("dossier", "import", "--db", db.resolve("copy").toString(), zip.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"schoolCode\" : \"DEMO-THCS-01\"");

        Result bad = java("rate", "samples/bad-input.json");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("KDCL-2001").doesNotContain("Exception");
    }
}
