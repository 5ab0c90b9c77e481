package vn.kdclgd.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * Loading the bundled registry: reading and validating the 6 catalog documents and the TT22/2024
 * amendment, and applying it (8 catalogs in all). Builds a new registry each time; never the shared
 * {@link CatalogRegistry#bundled()} singleton.
 */
@Threads(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {

    /**
     * The first load in a fresh JVM: one single shot per fork, no warm-up, so it includes class loading
     * (kdclgd, Jackson) and interpreted / early-JIT code, as an application or a CLI call sees it.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public CatalogRegistry coldLoad() {
        return CatalogRegistry.builder().addBundled().build();
    }

    /** For comparison: the same load once the JVM is warm (a long-running service reloading catalogs). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(value = 1)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public CatalogRegistry warmLoad() {
        return CatalogRegistry.builder().addBundled().build();
    }
}
