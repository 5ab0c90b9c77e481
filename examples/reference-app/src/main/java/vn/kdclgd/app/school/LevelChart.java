package vn.kdclgd.app.school;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.rating.CriterionResult;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * A grouped bar chart, drawn by the server as inline SVG: for each standard, how many of its criteria
 * are at each level (0 = not at Mức 1), plus those whose level the judgements so far do not decide.
 * Coordinates are computed here; the template only writes them out (no script, no inline style).
 *
 * @param width   view box width
 * @param height  view box height
 * @param plotTop top of the plot area
 * @param plotBottom bottom of the plot area (the x axis)
 * @param plotLeft left of the plot area (the y axis)
 * @param plotRight right of the plot area
 * @param bars    the bars
 * @param groups  the standards' labels
 * @param ticks   the y axis ticks
 * @param legend  the categories
 */
public record LevelChart(int width, int height, int plotTop, int plotBottom, int plotLeft, int plotRight, List<Bar> bars,
                         List<Label> groups, List<Tick> ticks, List<LegendEntry> legend) {

    /**
     * One bar.
     *
     * @param x        left
     * @param y        top
     * @param width    width
     * @param height   height
     * @param cssClass colour class ({@code bar-l0}, {@code bar-l1} …, {@code bar-open})
     * @param value    the count
     * @param title    tooltip
     * @param labelX   centre of the value label
     * @param labelY   baseline of the value label
     */
    public record Bar(double x, double y, double width, double height, String cssClass, int value, String title, double labelX, double labelY) {
    }

    /**
     * A text label.
     *
     * @param x    centre
     * @param y    baseline
     * @param text text
     */
    public record Label(double x, double y, String text) {
    }

    /**
     * A y axis tick with its grid line.
     *
     * @param y     position
     * @param value count
     */
    public record Tick(double y, int value) {
    }

    /**
     * A legend entry.
     *
     * @param cssClass colour class
     * @param text     label
     */
    public record LegendEntry(String cssClass, String text) {
    }

    /** The chart of a rating. */
    public static LevelChart of(Catalog catalog, RatingResult r) {
        int levels = catalog.levels();
        Map<String, String> categories = new LinkedHashMap<>();
        categories.put("bar-l0", "Chưa đạt Mức 1");
        for (int l = 1; l <= levels; l++) {
            categories.put("bar-l" + l, "Mức " + l);
        }
        boolean anyOpen = r.criteria().values().stream().anyMatch(c -> !c.determined());
        if (anyOpen) {
            categories.put("bar-open", "Chưa đủ nhận định");
        }
        List<Standard> standards = catalog.standards();
        Map<Integer, Map<String, Integer>> counts = new LinkedHashMap<>();
        int max = 1;
        for (Standard s : standards) {
            Map<String, Integer> m = new LinkedHashMap<>();
            categories.keySet().forEach(k -> m.put(k, 0));
            for (var cr : s.criteria()) {
                CriterionResult res = r.criteria().get(cr.code());
                if (res == null) {
                    continue;
                }
                String key = res.determined() ? "bar-l" + res.level() : "bar-open";
                m.merge(key, 1, Integer::sum);
            }
            max = Math.max(max, m.values().stream().mapToInt(Integer::intValue).max().orElse(0));
            counts.put(s.number(), m);
        }
        int width = 680;
        int height = 300;
        int top = 20;
        int bottom = 250;
        int left = 40;
        int right = width - 10;
        double groupWidth = (right - left) / (double) standards.size();
        double barWidth = groupWidth * 0.8 / categories.size();
        double scale = (bottom - top) / (double) max;
        List<Bar> bars = new ArrayList<>();
        List<Label> groups = new ArrayList<>();
        int g = 0;
        for (Standard s : standards) {
            double x0 = left + g * groupWidth + groupWidth * 0.1;
            int b = 0;
            for (Map.Entry<String, String> cat : categories.entrySet()) {
                int v = counts.get(s.number()).get(cat.getKey());
                double h = v * scale;
                double x = x0 + b * barWidth;
                bars.add(new Bar(round(x), round(bottom - h), round(barWidth - 2), round(h), cat.getKey(), v,
                        "Tiêu chuẩn " + s.number() + " — " + cat.getValue() + ": " + v + " tiêu chí", round(x + (barWidth - 2) / 2),
                        round(bottom - h - 4)));
                b++;
            }
            groups.add(new Label(round(left + g * groupWidth + groupWidth / 2), bottom + 20, "Tiêu chuẩn " + s.number()));
            g++;
        }
        List<Tick> ticks = new ArrayList<>();
        int step = max <= 6 ? 1 : (int) Math.ceil(max / 6.0);
        for (int v = 0; v <= max; v += step) {
            ticks.add(new Tick(round(bottom - v * scale), v));
        }
        List<LegendEntry> legend = categories.entrySet().stream().map(e -> new LegendEntry(e.getKey(), e.getValue())).toList();
        return new LevelChart(width, height, top, bottom, left, right, bars, groups, ticks, legend);
    }

    /** The view box. */
    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
