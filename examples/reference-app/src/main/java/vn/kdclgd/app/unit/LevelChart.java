package vn.kdclgd.app.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kdclgd.core.service.UnitStatistics;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * A bar chart of schools per school level for one catalog (levels of different regimes mean different
 * things, so each catalog gets its own chart), drawn by the template as inline SVG from the coordinates
 * computed here — no script, no chart library. Counts only: no school is named or ranked.
 *
 * @param catalogId the catalog
 * @param title     the catalog's title
 * @param width     SVG width (view box units)
 * @param height    SVG height
 * @param baseline  y of the axis
 * @param bars      one bar per level, 0 … the catalog's highest school level
 * @param total     schools counted
 */
public record LevelChart(String catalogId, String title, int width, int height, int baseline, List<Bar> bars, long total) {
    static final int BAR_WIDTH = 56;
    static final int STEP = 90;
    static final int LEFT = 40;
    static final int TOP = 24;
    static final int PLOT = 160;

    /**
     * One bar.
     *
     * @param label  "Mức 2" (0: "Chưa đạt")
     * @param level  the school level
     * @param value  schools at this level
     * @param x      left edge
     * @param y      top edge
     * @param width  width
     * @param height height (0 for no school)
     * @param labelX centre, for the labels
     * @param valueY baseline of the value label, just above the bar
     */
    public record Bar(String label, int level, long value, int x, int y, int width, int height, int labelX, int valueY) {
    }

    /** One chart per catalog present in {@code levels}, in catalog order. */
    public static List<LevelChart> of(List<UnitStatistics.LevelCount> levels, CatalogRegistry catalogs) {
        Map<String, Map<Integer, Long>> byCatalog = new LinkedHashMap<>();
        for (UnitStatistics.LevelCount l : levels) {
            byCatalog.computeIfAbsent(l.catalogId(), c -> new LinkedHashMap<>()).merge(l.level(), l.schools(), Long::sum);
        }
        List<LevelChart> out = new ArrayList<>();
        byCatalog.forEach((catalogId, counts) -> {
            Optional<Catalog> catalog = catalogs.find(catalogId);
            int maxLevel = catalog.map(c -> c.level4().isPresent() ? 4 : c.levels())
                    .orElse(counts.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
            out.add(chart(catalogId, catalog.map(Catalog::title).orElse(catalogId), maxLevel, counts));
        });
        return out;
    }

    static LevelChart chart(String catalogId, String title, int maxLevel, Map<Integer, Long> counts) {
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int baseline = TOP + PLOT;
        List<Bar> bars = new ArrayList<>();
        for (int level = 0; level <= maxLevel; level++) {
            long value = counts.getOrDefault(level, 0L);
            int h = (int) Math.round((double) PLOT * value / max);
            int x = LEFT + level * STEP;
            bars.add(new Bar(level == 0 ? "Chưa đạt" : "Mức " + level, level, value, x, baseline - h, BAR_WIDTH, h, x + BAR_WIDTH / 2,
                    baseline - h - 6));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new LevelChart(catalogId, title, LEFT + (maxLevel + 1) * STEP + 10, baseline + 30, baseline, bars, total);
    }
}
