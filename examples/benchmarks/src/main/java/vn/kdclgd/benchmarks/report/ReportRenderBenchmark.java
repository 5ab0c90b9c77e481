package vn.kdclgd.benchmarks.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportInput;

/**
 * Warm render time of a self-assessment document: kdclgd-report ({@code ours}) against poi-tl ({@code poitl}) and
 * POI XWPF used directly ({@code xwpf}), producing equivalent content ({@link ReportModel}) from the same
 * {@link ReportInput}: {@link Renderer#sample} of {@code TT18-2018} (2024-2025, 28 criteria, 308 evidence items)
 * and {@code TT57-2026-PT} (2026-2027, 20 evidence items per criterion). One operation renders the whole DOCX
 * into memory (a reused {@link ByteArrayOutputStream}), from the input: kdclgd's rating and context, the other
 * contenders' model, poi-tl's template compilation, the writing of the package.
 *
 * <p>{@code kind}: {@code auto} (default) renders {@link DocumentKind#REPORT} where kdclgd-report has it for the
 * regime and else {@link DocumentKind#EVIDENCE_LIST} (see {@link Renderer#defaultKind}); {@code REPORT} or
 * {@code EVIDENCE_LIST} force one. All three contenders render the same kind. Where kdclgd-report has neither
 * for a regime, {@code ours} fails its setup with a message ("no DOCX … yet") and JMH goes on with the others.
 *
 * <p>Allocation per operation: run with {@code -prof gc} ({@code gc.alloc.rate.norm}, bytes/op).
 */
@State(Scope.Benchmark)
@Threads(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 1)
public class ReportRenderBenchmark {
    /** The catalog (and so the regime) of the sample input. */
    @Param({"TT18-2018", "TT57-2026-PT"})
    public String catalog;

    /** {@code auto}, {@code REPORT} or {@code EVIDENCE_LIST}. */
    @Param({"auto"})
    public String kind;

    private ReportInput input;
    private DocumentKind documentKind;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

    /** Builds the input (not measured). */
    @Setup(Level.Trial)
    public void input() {
        input = Renderer.sample(catalog);
        documentKind = "auto".equals(kind) ? null : DocumentKind.valueOf(kind);
    }

    /** Per contender: its prepared {@link Renderer} (poi-tl's template is built here, not measured). */
    @State(Scope.Thread)
    public abstract static class Prepared {
        Renderer renderer;

        abstract Renderer.Contender contender();

        /** Prepares the renderer and prints what it renders. */
        @Setup(Level.Trial)
        public void prepare(ReportRenderBenchmark b) throws Exception {
            renderer = new Renderer(contender(), b.input, b.documentKind);
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            renderer.render(first);
            System.out.println("# " + ReportContentCheck.stats(b.catalog, renderer.kind(), contender(), first.toByteArray()));
        }
    }

    /** kdclgd-report. */
    public static class Ours extends Prepared {
        @Override
        Renderer.Contender contender() {
            return Renderer.Contender.OURS;
        }
    }

    /** poi-tl. */
    public static class PoiTl extends Prepared {
        @Override
        Renderer.Contender contender() {
            return Renderer.Contender.POITL;
        }
    }

    /** POI XWPF directly. */
    public static class Xwpf extends Prepared {
        @Override
        Renderer.Contender contender() {
            return Renderer.Contender.XWPF;
        }
    }

    private int render(Prepared p) throws IOException {
        out.reset();
        p.renderer.render(out);
        return out.size();
    }

    /** kdclgd-report: {@code new ReportDocuments(registry).writeDocx(kind, input, Optional.empty(), out)}. */
    @Benchmark
    public int ours(Ours p) throws IOException {
        return render(p);
    }

    /** poi-tl: {@code XWPFTemplate.compile(template, config).render(model).write(out)}. */
    @Benchmark
    public int poitl(PoiTl p) throws IOException {
        return render(p);
    }

    /** POI XWPF: the document built with {@code XWPFDocument} calls and written. */
    @Benchmark
    public int xwpf(Xwpf p) throws IOException {
        return render(p);
    }
}
