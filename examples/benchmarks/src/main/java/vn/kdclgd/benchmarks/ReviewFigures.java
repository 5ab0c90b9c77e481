package vn.kdclgd.benchmarks;

import java.util.function.Supplier;

import vn.kdclgd.benchmarks.db.ReviewDatabase;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.service.StatisticsScope;
import vn.kdclgd.core.service.StatisticsService;
import vn.kdclgd.core.service.Transactions;

/**
 * Builds the {@link ReviewDatabase} once, prints its size and how long that took, then runs each
 * statistics query a few times and prints each run's time (a check of the set-up of
 * {@link StatisticsBenchmark} and {@link AssessmentLoadBenchmark} — first calls included — not a
 * benchmark): {@code java -cp examples/benchmarks/target/benchmarks.jar vn.kdclgd.benchmarks.ReviewFigures}. With
 * {@code -Dkdclgd.explain=true} PostgreSQL logs the plan of every statement of 5 ms or more (auto_explain).
 */
public final class ReviewFigures {
    private ReviewFigures() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        try (ReviewDatabase db = ReviewDatabase.populated(20260707)) {
            System.out.printf("populated in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, db.describe());
            Transactions tx = db.transactions();
            StatisticsService stats = new StatisticsService(db.kdclgd());
            Actor officer = Actor.of("so-gddt", Grant.unitOfficer(db.province));
            for (StatisticsScope scope : java.util.List.of(StatisticsScope.forYear(db.province, "2026-2027"),
                    StatisticsScope.onDate(db.commune, java.time.LocalDate.of(2027, 3, 1)))) {
                String unit = scope.unitId().equals(db.province) ? "province " : "commune ";
                time(unit + "schoolCounts", () -> tx.run(() -> stats.schoolCounts(officer, scope)));
                time(unit + "levelDistribution", () -> tx.run(() -> stats.levelDistribution(officer, scope)));
                time(unit + "expiringCertificates", () -> tx.run(() -> stats.expiringCertificates(officer, scope, 12)));
                time(unit + "overdueImprovementReviews", () -> tx.run(() -> stats.overdueImprovementReviews(officer, scope)));
            }
            if (Boolean.getBoolean("kdclgd.explain")) {
                System.out.println("server log (auto_explain): " + vn.kdclgd.core.testing.EmbeddedPostgres.shared().serverLog());
            }
        }
        System.exit(0);
    }

    private static void time(String what, Supplier<Object> call) {
        StringBuilder b = new StringBuilder(what).append(':');
        Object result = null;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            result = call.get();
            b.append(String.format(" %.1f ms", (System.nanoTime() - t) / 1e6));
        }
        String r = String.valueOf(result);
        System.out.println(b + " → " + (r.length() > 200 ? r.substring(0, 200) + "…" : r));
    }
}
