package vn.kdclgd.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.rating.RatingEngine;
import vn.kdclgd.rules.rating.RatingOptions;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * Rates the whole national population ({@value NationalSchools#NATIONAL} schools, see
 * {@link NationalSchools}) on one thread; one benchmark operation is the whole batch, so the score is
 * the time for 45,000 schools (goal of the issue: under 1 s on one core).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class NationalRatingBenchmark {
    private static final RatingOptions LEVELS_ONLY = RatingOptions.defaults().withGaps(false);

    private List<NationalSchools.School> schools;

    /** Generates the schools once per fork (not measured). */
    @Setup(Level.Trial)
    public void setUp() {
        schools = NationalSchools.generate(CatalogRegistry.bundled(), NationalSchools.NATIONAL, NationalSchools.SEED);
    }

    /** All 45,000 schools with the default options: levels, recognition, explanation and gap analysis. */
    @Benchmark
    public long rateAll(Blackhole bh) {
        return rate(RatingOptions.defaults(), bh);
    }

    /** All 45,000 schools with the gap analysis off (bulk statistics). */
    @Benchmark
    public long rateAllLevelsOnly(Blackhole bh) {
        return rate(LEVELS_ONLY, bh);
    }

    private long rate(RatingOptions options, Blackhole bh) {
        long levels = 0;
        for (NationalSchools.School s : schools) {
            RatingResult r = RatingEngine.rate(s.catalog(), s.judgements(), options);
            bh.consume(r);
            levels += r.schoolLevel();
        }
        return levels;
    }
}
