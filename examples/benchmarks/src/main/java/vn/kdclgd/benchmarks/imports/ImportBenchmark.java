package vn.kdclgd.benchmarks.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import vn.kdclgd.benchmarks.imports.ReadOnce.Reader;
import vn.kdclgd.smas.ImportLimits;

/**
 * The import benchmark: kdclgd's importer ({@code SchoolDataImporter.read}, end to end) against raw
 * fastexcel-reader, EasyExcel 4 (in-memory cache) and POI {@code XSSFWorkbook}, on generated CSDL-style
 * student exports ({@link CsdlStudentExport}; 200,000 and 1,000,000 rows × 20 columns by default).
 *
 * <p>Every read is one {@link ReadOnce} in a JVM of its own, started with a fixed {@code -Xmx} and
 * {@code -XX:+ExitOnOutOfMemoryError}, so that heaps are comparable and a reader that runs out of memory
 * is an entry of the report ("OOM at 256m"), never a failure of the harness. Two phases:
 * <ol>
 *   <li><b>time</b>: every reader, {@code --forks} JVMs each (interleaved: fork 1 of every reader, then
 *       fork 2 …) at {@code --heap} (default 4g); the time of the read inside the JVM;</li>
 *   <li><b>memory</b>: for every reader and file, the heaps of {@code --ladder} (64m, 256m, 1g, 2g, 4g) from the
 *       smallest up, one JVM each, until one completes. 64m (the goal) is always tried; for a larger file the
 *       rungs below the one a smaller file needed are skipped (a larger file of the same shape needs at least
 *       as much); the rung equal to {@code --heap} reuses the time phase's outcome.</li>
 * </ol>
 * Results: a Markdown report and a CSV of every run in {@code examples/benchmarks/target/}
 * ({@code import-bench.md}, {@code import-bench.csv}), and the report on standard output.
 *
 * <p>Why not JMH: the unit of measurement is one multi-second read in a fresh JVM whose heap is the variable
 * under test, and whose failure (out of memory, or the importer's refusal) is itself a result. JMH's forks
 * would give {@code SingleShotTime} the same numbers, but a fork dying of {@code OutOfMemoryError} is an
 * error of the JMH run, not a data point, and nothing in JMH walks a ladder of heaps.
 */
public final class ImportBenchmark {
    private static final List<String> DEFAULT_LADDER = List.of("64m", "256m", "1g", "2g", "4g");

    /** One run's outcome. */
    record Run(String phase, Path file, int rows, Reader reader, String heap, int fork, Outcome outcome, double ms, double wallMs,
               String detail) {
        boolean ok() {
            return outcome == Outcome.OK;
        }
    }

    enum Outcome { OK, ERROR, OOM, TIMEOUT, MISMATCH, CRASH }

    private final List<Integer> sizes;
    private final List<Reader> readers;
    private final String heap;
    private final int forks;
    private final List<String> ladder;
    private final long timeoutSeconds;
    private final boolean time;
    private final boolean memory;
    private final Path jar;
    private final Path dataDir;
    private final Path outDir;
    private final Path fromCsv;
    private final List<Run> runs = new ArrayList<>();
    /** The ladder walked for each file and reader ("rows/reader"), in order. */
    private final Map<String, List<Run>> ladders = new LinkedHashMap<>();

    private ImportBenchmark(Map<String, String> o) throws URISyntaxException {
        sizes = Arrays.stream(o.getOrDefault("rows", "200000,1000000").split(",")).map(String::strip).map(Integer::parseInt).sorted()
                .toList();
        readers = Arrays.stream(o.getOrDefault("readers", "ours,ours_fastexcel,fastexcel,easyexcel,poi").split(","))
                .map(s -> Reader.valueOf(s.strip().toUpperCase(Locale.ROOT))).toList();
        heap = o.getOrDefault("heap", "4g");
        forks = Integer.parseInt(o.getOrDefault("forks", "3"));
        ladder = o.containsKey("ladder") ? List.of(o.get("ladder").split(",")) : DEFAULT_LADDER;
        timeoutSeconds = Long.parseLong(o.getOrDefault("timeout", "600"));
        String phases = o.getOrDefault("phases", "time,memory");
        time = phases.contains("time");
        memory = phases.contains("memory");
        jar = Path.of(ImportBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = jar.getParent();
        dataDir = Path.of(o.getOrDefault("data", target.resolve("import-data").toString()));
        outDir = Path.of(o.getOrDefault("out", target.toString()));
        fromCsv = o.containsKey("from-csv") ? Path.of(o.get("from-csv")) : null;
    }

    /**
     * {@code ImportBenchmark [--rows=200000,1000000] [--readers=ours,ours_fastexcel,fastexcel,easyexcel,poi] [--heap=4g] [--forks=3]
     * [--ladder=64m,256m,1g,2g,4g] [--timeout=600] [--phases=time,memory] [--data=DIR] [--out=DIR] [--from-csv=FILE]}.
     * {@code --from-csv} runs nothing: it writes the report again from the CSV of an earlier run (give the same
     * options as that run).
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                System.err.println("usage: ImportBenchmark [--rows=200000,1000000] [--readers=ours,ours_fastexcel,fastexcel,easyexcel,poi] "
                        + "[--heap=4g] [--forks=3] [--ladder=64m,256m,1g,2g,4g] [--timeout=600] [--phases=time,memory] "
                        + "[--data=DIR] [--out=DIR] [--from-csv=FILE]");
                System.exit(2);
            }
            o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        new ImportBenchmark(o).run();
    }

    private void run() throws IOException, InterruptedException {
        if (fromCsv != null) {
            Map<String, String> meta = readCsv(fromCsv);
            String report = report(meta.getOrDefault("started", "?"), meta.getOrDefault("load_before", "?"),
                    meta.getOrDefault("load_after", "?"), Double.parseDouble(meta.getOrDefault("seconds", "NaN")));
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve("import-bench.md"), report, StandardCharsets.UTF_8);
            System.out.println(report);
            return;
        }
        String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();
        Map<Integer, Path> files = new LinkedHashMap<>();
        for (int rows : sizes) {
            files.put(rows, generate(rows));
        }
        if (time) {
            for (Map.Entry<Integer, Path> f : files.entrySet()) {
                List<Reader> alive = new ArrayList<>(readers);
                for (int fork = 1; fork <= forks; fork++) {
                    for (Reader r : List.copyOf(alive)) {
                        Run run = runOnce("time", f.getValue(), f.getKey(), r, heap, fork);
                        if (!run.ok()) {
                            alive.remove(r); // a failure at this heap is the result; no need to repeat it
                        }
                    }
                }
            }
        }
        if (memory) {
            Map<Reader, Integer> lowestRung = new LinkedHashMap<>();
            for (Map.Entry<Integer, Path> f : files.entrySet()) {
                for (Reader r : readers) {
                    int from = lowestRung.getOrDefault(r, 0);
                    List<Run> walked = new ArrayList<>();
                    ladders.put(key(f.getKey(), r), walked);
                    for (int i = 0; i < ladder.size(); i++) {
                        String h = ladder.get(i);
                        if (i > 0 && i < from) {
                            continue; // a smaller file needed more; only the 64 MiB goal is always tried
                        }
                        Run run = time && h.equals(heap) ? timeRun(f.getKey(), r) : null;
                        if (run == null) {
                            run = runOnce("memory", f.getValue(), f.getKey(), r, h, 1);
                        }
                        walked.add(run);
                        if (run.ok()) {
                            lowestRung.put(r, i);
                            break;
                        }
                    }
                    if (walked.stream().noneMatch(Run::ok)) {
                        lowestRung.put(r, ladder.size());
                    }
                }
            }
        }
        String loadAfter = loadAverage();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.createDirectories(outDir);
        writeCsv(outDir.resolve("import-bench.csv"), String.format(Locale.ROOT, "# started=%s;load_before=%s;load_after=%s;seconds=%.0f",
                started, loadBefore, loadAfter, seconds));
        String report = report(started, loadBefore, loadAfter, seconds);
        Files.writeString(outDir.resolve("import-bench.md"), report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
    }

    /** The first time-phase run of a reader on a file, if it completed or failed conclusively. */
    private Run timeRun(int rows, Reader r) {
        return runs.stream().filter(x -> x.phase().equals("time") && x.rows() == rows && x.reader() == r).findFirst().orElse(null);
    }

    private Path generate(int rows) throws IOException, InterruptedException {
        Path xlsx = dataDir.resolve(CsdlStudentExport.fileName(rows));
        if (Files.isRegularFile(xlsx) && Files.isRegularFile(CsdlStudentExport.expectedFile(xlsx))) {
            System.out.printf("# %s (cached)%n", xlsx);
            return xlsx;
        }
        // fastexcel's writer keeps its shared-strings table in memory: 3.3 GB resident for a million rows
        System.out.printf("# generating %s …%n", xlsx);
        Child c = launch(List.of("-Xmx4g"), CsdlStudentExport.class.getName(), List.of(dataDir.toString(), Integer.toString(rows)), 3600);
        if (c.exit != 0) {
            throw new IOException("generating " + xlsx + " failed (exit " + c.exit + "):\n" + c.output);
        }
        System.out.print(c.output);
        return xlsx;
    }

    private Run runOnce(String phase, Path file, int rows, Reader r, String h, int fork) throws IOException, InterruptedException {
        Child c = launch(List.of("-Xmx" + h, "-XX:+ExitOnOutOfMemoryError"), ReadOnce.class.getName(),
                List.of(r.id(), file.toString()), timeoutSeconds);
        String result = c.output.lines().filter(l -> l.startsWith("RESULT ") || l.startsWith("ERROR ") || l.startsWith("MISMATCH "))
                .reduce((a, b) -> b).orElse("");
        Outcome outcome;
        double ms = Double.NaN;
        String detail;
        if (c.timedOut) {
            outcome = Outcome.TIMEOUT;
            detail = "no result in " + timeoutSeconds + " s (killed)";
        } else if (c.exit == 0 && result.startsWith("RESULT ")) {
            outcome = Outcome.OK;
            ms = Double.parseDouble(field(result, "ms"));
            detail = "rows=" + field(result, "rows") + " cells=" + field(result, "cells");
        } else if (c.output.contains("OutOfMemoryError")) {
            outcome = Outcome.OOM;
            detail = c.output.lines().filter(l -> l.contains("OutOfMemoryError")).findFirst().orElse("").strip();
        } else if (result.startsWith("ERROR ")) {
            outcome = Outcome.ERROR;
            detail = result.substring("ERROR ".length());
        } else if (result.startsWith("MISMATCH ")) {
            outcome = Outcome.MISMATCH;
            detail = result;
        } else {
            outcome = Outcome.CRASH;
            List<String> lines = c.output.lines().toList();
            detail = "exit " + c.exit + ": " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        }
        Run run = new Run(phase, file, rows, r, h, fork, outcome, ms, c.wallMs, detail);
        runs.add(run);
        System.out.printf(Locale.ROOT, "# %-6s %,9d rows  %-9s -Xmx%-4s fork %d: %-8s %s  (JVM wall %.1f s) %s%n", phase, rows, r.id(), h, fork,
                outcome, run.ok() ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : "", c.wallMs / 1000, run.ok() ? "" : shortDetail(detail));
        return run;
    }

    private static String shortDetail(String d) {
        return d.length() > 160 ? d.substring(0, 160) + "…" : d;
    }

    private static String field(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return "";
    }

    /** A finished (or killed) child JVM. */
    private record Child(int exit, boolean timedOut, String output, double wallMs) {
    }

    private Child launch(List<String> jvmArgs, String mainClass, List<String> args, long timeout) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(mainClass);
        cmd.addAll(args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> slurp(p.getInputStream()));
        boolean done = p.waitFor(timeout, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
            p.waitFor();
        }
        double wall = (System.nanoTime() - start) / 1e6;
        String output = out.join();
        return new Child(done ? p.exitValue() : -1, !done, output, wall);
    }

    private static String slurp(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- report

    private String report(String started, String loadBefore, String loadAfter, double seconds) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("## Import benchmark results\n\n");
        sb.append(String.format(Locale.ROOT, "Started %s; took %.0f s. Load average before: %s; after: %s.%n", started, seconds, loadBefore,
                loadAfter));
        sb.append(String.format(Locale.ROOT, "Machine: %d CPUs (%s), %s; java %s (%s).%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), memTotal(), System.getProperty("java.version"), System.getProperty("java.vm.name")));
        sb.append("Command: `java -cp examples/benchmarks/target/benchmarks.jar ").append(ImportBenchmark.class.getName())
                .append(" --rows=").append(sizes.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .append(" --readers=").append(readers.stream().map(Reader::id).collect(Collectors.joining(",")))
                .append(" --heap=").append(heap).append(" --forks=").append(forks)
                .append(" --ladder=").append(String.join(",", ladder)).append("`\n\n");
        ImportLimits limits = ReadOnce.benchmarkLimits();
        sb.append(String.format(Locale.ROOT, "kdclgd's limits (raised for the benchmark): maxRowsPerSheet %,d (default 100,000), "
                + "maxFileBytes %,d MiB (default 200); the others at their defaults (maxUncompressedBytes %,d MiB, "
                + "maxCompressionRatio %.0f).%n%n", limits.maxRowsPerSheet(), limits.maxFileBytes() >> 20, limits.maxUncompressedBytes() >> 20,
                limits.maxCompressionRatio()));
        for (int rows : sizes) {
            Path f = dataDir.resolve(CsdlStudentExport.fileName(rows));
            CsdlStudentExport.Expected e = CsdlStudentExport.Expected.load(f);
            sb.append(String.format(Locale.ROOT, "- `%s`: %,d bytes; %,d students, %,d sheet rows, %,d non-empty cells%s%n", f.getFileName(),
                    Files.size(f), e.students, e.sheetRows, e.sheetCells, partSizes(f)));
        }
        if (time) {
            sb.append("\n### Time (-Xmx").append(heap).append(", ").append(forks)
                    .append(" JVMs per reader and file; the read inside the JVM, JVM start excluded)\n\n");
            sb.append("Median of the JVMs (robust to one disturbed run on a shared machine); mean and range beside it.\n\n");
            sb.append("| file | reader | runs | median | mean | min – max | rows/s (median) | median / fastexcel-reader's |\n"
                    + "|---|---|---|---|---|---|---|---|\n");
            for (int rows : sizes) {
                Optional<Double> base = median(rows, Reader.FASTEXCEL);
                for (Reader r : readers) {
                    List<Run> rs = timeRuns(rows, r);
                    List<Run> ok = rs.stream().filter(Run::ok).toList();
                    if (ok.isEmpty()) {
                        Run bad = rs.isEmpty() ? null : rs.get(rs.size() - 1);
                        sb.append(String.format(Locale.ROOT, "| %,d | %s | %d | — | — | **%s** | — | — |%n", rows, r.id(), rs.size(),
                                bad == null ? "not run" : describe(bad)));
                        continue;
                    }
                    double med = median(rows, r).orElseThrow();
                    double m = ok.stream().mapToDouble(Run::ms).average().orElseThrow();
                    double min = ok.stream().mapToDouble(Run::ms).min().orElseThrow();
                    double max = ok.stream().mapToDouble(Run::ms).max().orElseThrow();
                    sb.append(String.format(Locale.ROOT, "| %,d | %s | %d%s | %.2f s | %.2f s | %.2f – %.2f s | %,.0f | %s |%n", rows, r.id(),
                            ok.size(), ok.size() < rs.size() ? " (+" + (rs.size() - ok.size()) + " failed)" : "", med / 1000, m / 1000,
                            min / 1000, max / 1000, rows / (med / 1000), base.map(b -> String.format(Locale.ROOT, "%.2f×", med / b)).orElse("—")));
                }
            }
            sb.append("\nGoals, on the medians (in brackets: on the fastest run of each, the least disturbed):\n\n");
            sb.append("| file | our overhead over raw fastexcel-reader (goal ≤ 30 %) | our throughput / EasyExcel's (goal ≥ 1.5×) |\n|---|---|---|\n");
            for (int rows : sizes) {
                Optional<Double> ours = median(rows, Reader.OURS);
                Optional<Double> fx = median(rows, Reader.FASTEXCEL);
                Optional<Double> ee = median(rows, Reader.EASYEXCEL);
                String overhead = ours.isPresent() && fx.isPresent()
                        ? goal(String.format(Locale.ROOT, "%+.0f %% (%+.0f %%)", (ours.get() / fx.get() - 1) * 100,
                                (min(rows, Reader.OURS) / min(rows, Reader.FASTEXCEL) - 1) * 100), ours.get() / fx.get() - 1 <= 0.30)
                        : "— (" + missing(rows, Reader.OURS, Reader.FASTEXCEL) + ")";
                String vsEasy = ours.isPresent() && ee.isPresent()
                        ? goal(String.format(Locale.ROOT, "%.2f× (%.2f×)", ee.get() / ours.get(), min(rows, Reader.EASYEXCEL) / min(rows, Reader.OURS)),
                                ee.get() / ours.get() >= 1.5)
                        : "— (" + missing(rows, Reader.OURS, Reader.EASYEXCEL) + ")";
                sb.append(String.format(Locale.ROOT, "| %,d | %s | %s |%n", rows, overhead, vsEasy));
            }
        }
        if (memory) {
            sb.append("\n### Memory: smallest of ").append(String.join(" / ", ladder))
                    .append(" each reader completes in (one JVM per heap, from the smallest up)\n\n");
            sb.append("| reader |");
            sizes.forEach(s -> sb.append(String.format(Locale.ROOT, " %,d rows |", s)));
            sb.append(" completes at -Xmx").append(ladder.get(0)).append(" at every size? |\n|---|");
            sizes.forEach(s -> sb.append("---|"));
            sb.append("---|\n");
            for (Reader r : readers) {
                sb.append("| ").append(r.id()).append(" |");
                boolean all64 = true;
                for (int rows : sizes) {
                    List<Run> rs = memoryRuns(rows, r);
                    all64 &= rs.stream().anyMatch(x -> x.ok() && x.heap().equals(ladder.get(0)));
                    sb.append(' ').append(ladderCell(rs)).append(" |");
                }
                sb.append(all64 ? " yes |" : " **no** |").append('\n');
            }
            sb.append("\nFailures in detail:\n\n");
            runs.stream().filter(x -> !x.ok()).map(x -> x.rows() + " rows, " + x.reader().id() + ", -Xmx" + x.heap() + ": "
                    + x.outcome() + " — " + x.detail()).distinct().forEach(l -> sb.append("- ").append(l).append('\n'));
        }
        return sb.toString();
    }

    private String missing(int rows, Reader a, Reader b) {
        return (median(rows, a).isEmpty() ? a.id() : b.id()) + " did not complete at -Xmx" + heap;
    }

    private static String goal(String value, boolean met) {
        return value + (met ? " — met" : " — **not met**");
    }

    private String ladderCell(List<Run> rs) {
        Optional<Run> ok = rs.stream().filter(Run::ok).findFirst();
        List<String> failed = rs.stream().filter(x -> !x.ok()).map(x -> x.heap() + ": " + describe(x)).toList();
        String fails = failed.isEmpty() ? "" : " (" + String.join("; ", failed) + ")";
        if (ok.isPresent()) {
            return String.format(Locale.ROOT, "**%s** (%.1f s)%s", ok.get().heap(), ok.get().ms() / 1000, fails);
        }
        boolean top = rs.stream().anyMatch(x -> x.heap().equals(ladder.get(ladder.size() - 1)));
        return rs.isEmpty() ? "not run" : "**did not complete at " + ladder.get(ladder.size() - 1) + "**"
                + (top ? "" : " (inferred: a smaller file did not)") + fails;
    }

    private static String describe(Run x) {
        return switch (x.outcome()) {
            case OOM -> "OOM at " + x.heap();
            case ERROR -> x.detail().replaceAll("^code=(\\S+).*", "$1") + " at " + x.heap();
            case TIMEOUT -> "timeout at " + x.heap();
            case MISMATCH -> "wrong result at " + x.heap();
            case CRASH -> "crash at " + x.heap();
            case OK -> "ok";
        };
    }

    private List<Run> timeRuns(int rows, Reader r) {
        return runs.stream().filter(x -> x.phase().equals("time") && x.rows() == rows && x.reader() == r).toList();
    }

    private List<Run> memoryRuns(int rows, Reader r) {
        return ladders.getOrDefault(key(rows, r), List.of());
    }

    private static String key(int rows, Reader r) {
        return rows + "/" + r.id();
    }

    private Optional<Double> median(int rows, Reader r) {
        double[] ms = timeRuns(rows, r).stream().filter(Run::ok).mapToDouble(Run::ms).sorted().toArray();
        if (ms.length == 0) {
            return Optional.empty();
        }
        return Optional.of(ms.length % 2 == 1 ? ms[ms.length / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2);
    }

    private double min(int rows, Reader r) {
        return timeRuns(rows, r).stream().filter(Run::ok).mapToDouble(Run::ms).min().orElse(Double.NaN);
    }

    private static String partSizes(Path xlsx) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(xlsx.toFile())) {
            long sst = Optional.ofNullable(z.getEntry("xl/sharedStrings.xml")).map(java.util.zip.ZipEntry::getSize).orElse(0L);
            long sheet = Optional.ofNullable(z.getEntry("xl/worksheets/sheet1.xml")).map(java.util.zip.ZipEntry::getSize).orElse(0L);
            return String.format(Locale.ROOT, "; unpacked: sheet1.xml %,d bytes, sharedStrings.xml %,d bytes", sheet, sst);
        }
    }

    private void writeCsv(Path file, String meta) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(meta + "\n");
            w.write("phase,rows,reader,heap,fork,outcome,ms,jvm_wall_ms,detail\n");
            for (Run r : runs) {
                w.write(String.format(Locale.ROOT, "%s,%d,%s,%s,%d,%s,%.1f,%.1f,\"%s\"%n", r.phase(), r.rows(), r.reader().id(), r.heap(),
                        r.fork(), r.outcome(), r.ms(), r.wallMs(), r.detail().replace("\"", "\"\"")));
            }
        }
    }

    /** Reads the runs of an earlier run's CSV and walks its ladders again; returns its {@code # key=value;…} line. */
    private Map<String, String> readCsv(Path file) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# ")) {
                for (String kv : line.substring(2).split(";")) {
                    meta.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                }
                continue;
            }
            if (line.startsWith("phase,") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", 9);
            int rows = Integer.parseInt(f[1]);
            String detail = f[8].substring(1, f[8].length() - 1).replace("\"\"", "\"");
            runs.add(new Run(f[0], dataDir.resolve(CsdlStudentExport.fileName(rows)), rows, Reader.valueOf(f[2].toUpperCase(Locale.ROOT)), f[3],
                    Integer.parseInt(f[4]), Outcome.valueOf(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]), detail));
        }
        for (int rows : sizes) {
            for (Reader r : readers) {
                List<Run> walked = new ArrayList<>();
                for (String h : ladder) {
                    Optional<Run> m = runs.stream().filter(x -> x.phase().equals("memory") && x.rows() == rows && x.reader() == r
                            && x.heap().equals(h)).findFirst();
                    if (m.isEmpty() && h.equals(heap) && walked.stream().noneMatch(Run::ok)) {
                        m = Optional.ofNullable(timeRun(rows, r));
                    }
                    m.ifPresent(walked::add);
                    if (m.isPresent() && m.get().ok()) {
                        break;
                    }
                }
                ladders.put(key(rows, r), walked);
            }
        }
        return meta;
    }

    private static String loadAverage() {
        try {
            String[] p = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return p[0] + " " + p[1] + " " + p[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String memTotal() {
        try (var lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> String.format(Locale.ROOT, "%.0f GiB RAM", Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0)).orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
