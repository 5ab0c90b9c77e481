package vn.kdclgd.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The memory side of the report benchmark: a 20,000-row evidence appendix (TT57 evidence list, {@code
 * DocumentKind.EVIDENCE_LIST}; the input is the {@code TT57-2026-PT} sample with 20,000 generated evidence items,
 * {@link Renderer#withEvidence}) rendered by each contender in a JVM of its own ({@link RenderOnce}) with
 * {@code -Xmx256m -XX:+ExitOnOutOfMemoryError} — the goal is that ours completes in 256 MiB. Running out of
 * memory is a result ("OOM"), not a failure of the harness. Then, for each contender, the smallest heap of a ladder
 * (64m, 128m, 256m, 512m, 1g) it completes in.
 *
 * <p>Options (defaults): {@code --rows=20000 --heap=256m --contenders=ours,poitl,xwpf --catalog=TT57-2026-PT
 * --kind=EVIDENCE_LIST --ladder=64m,128m,256m,512m,1g --timeout=300}; {@code --ladder=} (empty) skips the ladder.
 * Report: standard output and {@code examples/benchmarks/target/report-memory.md}.
 */
public final class EvidenceAppendixMemory {
    /** One child JVM's outcome. */
    record Run(Renderer.Contender contender, String heap, String outcome, double ms, double liveMiB, long rows, long bytes, int gcs,
               double wallMs, String detail) {
        boolean ok() {
            return outcome.equals("OK");
        }
    }

    private final int rows;
    private final String heap;
    private final List<Renderer.Contender> contenders;
    private final String catalog;
    private final String kind;
    private final List<String> ladder;
    private final long timeout;
    private final Path jar;
    private final Path out;
    private final List<Run> runs = new ArrayList<>();

    private EvidenceAppendixMemory(Map<String, String> o) throws URISyntaxException {
        rows = Integer.parseInt(o.getOrDefault("rows", "20000"));
        heap = o.getOrDefault("heap", "256m");
        contenders = Arrays.stream(o.getOrDefault("contenders", "ours,poitl,xwpf").split(","))
                .map(s -> Renderer.Contender.valueOf(s.strip().toUpperCase(Locale.ROOT))).toList();
        catalog = o.getOrDefault("catalog", "TT57-2026-PT");
        kind = o.getOrDefault("kind", "EVIDENCE_LIST");
        String l = o.getOrDefault("ladder", "64m,128m,256m,512m,1g");
        ladder = l.isBlank() ? List.of() : List.of(l.split(","));
        timeout = Long.parseLong(o.getOrDefault("timeout", "300"));
        jar = Path.of(EvidenceAppendixMemory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        out = Path.of(o.getOrDefault("out", jar.getParent().toString()));
    }

    /** Entry point; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                System.err.println("usage: EvidenceAppendixMemory [--rows=20000] [--heap=256m] [--contenders=ours,poitl,xwpf] "
                        + "[--catalog=TT57-2026-PT] [--kind=EVIDENCE_LIST] [--ladder=64m,128m,256m,512m,1g] [--timeout=300] [--out=DIR]");
                System.exit(2);
            }
            o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        new EvidenceAppendixMemory(o).run();
    }

    private void run() throws IOException, InterruptedException {
        String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();
        Map<Renderer.Contender, Run> atGoal = new LinkedHashMap<>();
        for (Renderer.Contender c : contenders) {
            atGoal.put(c, once(c, heap));
        }
        Map<Renderer.Contender, List<Run>> walked = new LinkedHashMap<>();
        for (Renderer.Contender c : contenders) {
            List<Run> w = new ArrayList<>();
            for (String h : ladder) {
                Run r = h.equals(heap) ? atGoal.get(c) : once(c, h);
                w.add(r);
                if (r.ok()) {
                    break;
                }
            }
            walked.put(c, w);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder sb = new StringBuilder();
        sb.append("## Evidence appendix memory results\n\n");
        sb.append(String.format(Locale.ROOT, "Started %s; took %.0f s. Load average before: %s; after: %s. %d CPUs; java %s.%n", started, seconds,
                loadBefore, loadAverage(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        sb.append(String.format(Locale.ROOT, "%s, %s, %,d evidence items; every render in its own JVM (`-XX:+ExitOnOutOfMemoryError`, "
                + "default G1), one render, cold (class loading and JIT included).%n%n", catalog, kind, rows));
        sb.append("### At -Xmx").append(heap).append(" (the goal)\n\n");
        sb.append("| contender | outcome | render time | live heap after GC (max) | GCs | table rows | DOCX bytes |\n|---|---|---|---|---|---|---|\n");
        for (Run r : atGoal.values()) {
            sb.append(r.ok()
                    ? String.format(Locale.ROOT, "| %s | **completes** | %.2f s | %.0f MiB | %d | %,d | %,d |%n", r.contender().id(), r.ms() / 1000,
                            r.liveMiB(), r.gcs(), r.rows(), r.bytes())
                    : String.format(Locale.ROOT, "| %s | **%s** (after %.1f s) | — | — | — | — | — |%n", r.contender().id(), r.outcome(),
                            r.wallMs() / 1000));
        }
        if (!ladder.isEmpty()) {
            sb.append("\n### Smallest heap of ").append(String.join(" / ", ladder)).append(" each completes in\n\n");
            sb.append("| contender | smallest heap | render time there | tried |\n|---|---|---|---|\n");
            for (Map.Entry<Renderer.Contender, List<Run>> e : walked.entrySet()) {
                Run ok = e.getValue().stream().filter(Run::ok).findFirst().orElse(null);
                String tried = String.join(", ", e.getValue().stream().map(r -> r.heap() + ": " + (r.ok() ? "OK" : r.outcome())).toList());
                sb.append(ok == null ? String.format("| %s | none | — | %s |%n", e.getKey().id(), tried)
                        : String.format(Locale.ROOT, "| %s | %s | %.2f s | %s |%n", e.getKey().id(), ok.heap(), ok.ms() / 1000, tried));
            }
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("report-memory.md"), sb.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(sb);
    }

    private Run once(Renderer.Contender c, String h) throws IOException, InterruptedException {
        Path file = Files.createTempFile("kdclgd-render-", ".docx");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + h,
                "-XX:+ExitOnOutOfMemoryError", "-cp", jar.toString(), RenderOnce.class.getName(), c.id(), catalog, kind,
                Integer.toString(rows), file.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<String> text = CompletableFuture.supplyAsync(() -> slurp(p.getInputStream()));
        boolean done = p.waitFor(timeout, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
            p.waitFor();
        }
        double wall = (System.nanoTime() - start) / 1e6;
        String output = text.join();
        Files.deleteIfExists(file);
        String result = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse("");
        Run r;
        if (!done) {
            r = new Run(c, h, "TIMEOUT", Double.NaN, Double.NaN, 0, 0, 0, wall, "killed after " + timeout + " s");
        } else if (p.exitValue() == 0 && !result.isEmpty()) {
            r = new Run(c, h, "OK", Double.parseDouble(field(result, "ms")), Double.parseDouble(field(result, "liveMiB")),
                    Long.parseLong(field(result, "rows")), Long.parseLong(field(result, "bytes")), Integer.parseInt(field(result, "gcs")), wall, "");
        } else if (output.contains("OutOfMemoryError")) {
            r = new Run(c, h, "OOM", Double.NaN, Double.NaN, 0, 0, 0, wall,
                    output.lines().filter(l -> l.contains("OutOfMemoryError")).findFirst().orElse("").strip());
        } else {
            List<String> lines = output.lines().toList();
            r = new Run(c, h, "CRASH", Double.NaN, Double.NaN, 0, 0, 0, wall,
                    "exit " + p.exitValue() + ": " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        }
        if (r.ok() && r.rows() < rows + 1L) {
            r = new Run(c, h, "MISMATCH", r.ms(), r.liveMiB(), r.rows(), r.bytes(), r.gcs(), wall, "only " + r.rows() + " table rows");
        }
        runs.add(r);
        System.out.printf(Locale.ROOT, "# %-5s -Xmx%-4s %-8s %s (JVM wall %.1f s) %s%n", c.id(), h, r.outcome(),
                r.ok() ? String.format(Locale.ROOT, "%.2f s, live %.0f MiB, %d GCs, %,d rows", r.ms() / 1000, r.liveMiB(), r.gcs(), r.rows()) : "",
                wall / 1000, r.detail());
        return r;
    }

    private static String field(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return "";
    }

    private static String slurp(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
