package vn.kdclgd.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.rating.Judgements;

/**
 * A synthetic, reproducible national population of schools for the benchmarks: every school has a
 * catalog and complete item-by-item judgements (every item of every level of every criterion, and the
 * Mức-4 items of the 2018 regime).
 *
 * <p>Catalog mix (roughly the national shares; the 2018 catalogs stand for historical re-rating):
 * TT57-2026-PT 60 %, TT57-2026-MN 35 %, TT57-2026-GDTX 1 %, TT18-2018 2 %, TT17-2018 1.5 %,
 * TT19-2018 0.5 %. Each school gets its own probability that an item is met, drawn uniformly from
 * [{@value #MIN_MET}, {@value #MAX_MET}) (mean about 0.95): most items are met, and the school levels
 * spread over 0 … the top level.
 */
public final class NationalSchools {
    /** 45,000 schools: the national scale of the issue. */
    public static final int NATIONAL = 45_000;
    /** The fixed seed: every run rates the same schools. */
    public static final long SEED = 20_260_707L;
    /** Lowest per-school probability that an item is met. */
    public static final double MIN_MET = 0.90;
    /** Highest per-school probability that an item is met. */
    public static final double MAX_MET = 1.00;

    private static final String[] IDS = {
        "TT57-2026-PT", "TT57-2026-MN", "TT57-2026-GDTX", "TT18-2018", "TT17-2018", "TT19-2018"};
    /** Cumulative shares of {@link #IDS}, in thousandths. */
    private static final int[] CUMULATIVE = {600, 950, 960, 980, 995, 1000};

    /** One school: the catalog it is rated against and its judgements. */
    public record School(Catalog catalog, Judgements judgements) {
    }

    private NationalSchools() {
    }

    /** {@code n} schools from {@code seed}, rated against the catalogs of {@code registry}. */
    public static List<School> generate(CatalogRegistry registry, int n, long seed) {
        Catalog[] catalogs = new Catalog[IDS.length];
        for (int i = 0; i < IDS.length; i++) {
            catalogs[i] = registry.get(IDS[i]);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<School> schools = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            int pick = random.nextInt(1000);
            int c = 0;
            while (pick >= CUMULATIVE[c]) {
                c++;
            }
            double met = MIN_MET + (MAX_MET - MIN_MET) * random.nextDouble();
            schools.add(new School(catalogs[c], judge(catalogs[c], met, random)));
        }
        return List.copyOf(schools);
    }

    private static Judgements judge(Catalog catalog, double met, SplittableRandom random) {
        Judgements.Builder b = Judgements.builder();
        for (Criterion criterion : catalog.criteria()) {
            for (int level = 1; level <= criterion.maxLevel(); level++) {
                for (Item item : criterion.items(level)) {
                    b.item(criterion.code(), level, item.key(), random.nextDouble() < met);
                }
            }
        }
        catalog.level4().ifPresent(l4 -> l4.items().forEach(item -> b.level4(item.key(), random.nextDouble() < met)));
        return b.build();
    }
}
