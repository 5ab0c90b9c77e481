package vn.kdclgd.benchmarks;

import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.kdclgd.benchmarks.db.ReviewDatabase;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.service.StatisticsScope;
import vn.kdclgd.core.service.StatisticsService;
import vn.kdclgd.core.service.Transactions;
import vn.kdclgd.core.service.UnitStatistics;

/**
 * Each statistics query of {@link StatisticsService} on an embedded PostgreSQL holding
 * {@value ReviewDatabase#SCHOOLS} schools × 3 school years ({@link ReviewDatabase}), as a Sở officer
 * calls it: one transaction per call, access check included. {@code scope}: {@code province} = the
 * whole Sở (all schools, school year 2026-2027 as of 31/7/2027); {@code commune} = one commune/ward
 * (about 100 schools) as of 1/3/2027. Goal of the issue: every query under 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StatisticsBenchmark {
    @Param({"province", "commune"})
    public String scope;

    private ReviewDatabase db;
    private Transactions tx;
    private StatisticsService stats;
    private Actor officer;
    private StatisticsScope query;

    /** Starts PostgreSQL and fills it (not measured). */
    @Setup(Level.Trial)
    public void setUp() {
        db = ReviewDatabase.populated(20260707);
        System.out.println("# rows: " + db.describe());
        tx = db.transactions();
        stats = new StatisticsService(db.kdclgd());
        officer = Actor.of("so-gddt", Grant.unitOfficer(db.province));
        query = scope.equals("province") ? StatisticsScope.forYear(db.province, "2026-2027")
                : StatisticsScope.onDate(db.commune, LocalDate.of(2027, 3, 1));
        System.out.println("# " + scope + ": " + tx.run(() -> stats.summary(officer, query, 12)));
    }

    /** Closes the factory. */
    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    /** Schools, published (count and %), reviews registered and completed: one query. */
    @Benchmark
    public UnitStatistics.SchoolCounts schoolCounts() {
        return tx.run(() -> stats.schoolCounts(officer, query));
    }

    /** Level distribution of the latest published version per school: one query. */
    @Benchmark
    public Object levelDistribution() {
        return tx.run(() -> stats.levelDistribution(officer, query));
    }

    /** Certificates expiring within 12 months: one query. */
    @Benchmark
    public Object expiringCertificates() {
        return tx.run(() -> stats.expiringCertificates(officer, query, 12));
    }

    /** Improvement actions with overdue reviews: one query. */
    @Benchmark
    public UnitStatistics.OverdueReviews overdueImprovementReviews() {
        return tx.run(() -> stats.overdueImprovementReviews(officer, query));
    }

    /** All four in one transaction. */
    @Benchmark
    public UnitStatistics summary() {
        return tx.run(() -> stats.summary(officer, query, 12));
    }
}
