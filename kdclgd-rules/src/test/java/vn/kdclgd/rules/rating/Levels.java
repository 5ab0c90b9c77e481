package vn.kdclgd.rules.rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/** Test support: judgements that put every criterion at a chosen level, and independent oracles. */
final class Levels {
    private Levels() {
    }

    /** Every criterion at its maximum level. */
    static Map<String, Integer> allMax(Catalog c) {
        Map<String, Integer> m = new LinkedHashMap<>();
        c.criteria().forEach(cr -> m.put(cr.code(), cr.maxLevel()));
        return m;
    }

    /**
     * Judgements that put each criterion exactly at its level: levels up to it met (item by item when
     * {@code itemByItem}), the next level not met (one item false, the rest true), higher levels met
     * (to prove they are not counted: levels are cumulative).
     */
    static Judgements judge(Catalog c, Map<String, Integer> levels, boolean itemByItem, Boolean level4) {
        Judgements.Builder b = Judgements.builder();
        for (Criterion cr : c.criteria()) {
            int target = levels.getOrDefault(cr.code(), cr.maxLevel());
            for (int l = 1; l <= cr.maxLevel(); l++) {
                boolean met = l != target + 1;
                if (itemByItem || !met) {
                    List<Item> items = cr.items(l);
                    for (int k = 0; k < items.size(); k++) {
                        b.item(cr.code(), l, items.get(k).key(), met || k != items.size() - 1);
                    }
                } else {
                    b.level(cr.code(), l, true);
                }
            }
        }
        if (level4 != null) {
            c.level4().ifPresent(l4 -> l4.items().forEach(i -> b.level4(i.key(), level4)));
        }
        return b.build();
    }

    /** Old-regime school level (Điều 6 khoản 1), written independently of the engine. */
    static int oldRegimeOracle(Catalog c, Map<String, Integer> levels, boolean level4AllMet) {
        int school = 3;
        for (Criterion cr : c.criteria()) {
            int l = levels.get(cr.code());
            int effective = l >= cr.maxLevel() ? 3 : l; // a criterion at its own maximum counts as Mức 3
            school = Math.min(school, effective);
        }
        if (school == 3 && level4AllMet) {
            return 4;
        }
        return school;
    }

    /** TT57 khoản 3 Điều 5 as RULES.md states its logic, written independently of the engine. */
    static int tt57Oracle(Catalog c, Map<String, Integer> levels) {
        List<Integer> mandatory = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (Criterion cr : c.criteria()) {
            (cr.mandatory() ? mandatory : others).add(levels.get(cr.code()));
        }
        boolean m1 = mandatory.stream().allMatch(l -> l >= 1) && others.stream().filter(l -> l >= 1).count() >= 5;
        boolean m2 = mandatory.stream().allMatch(l -> l >= 2) && others.stream().filter(l -> l >= 2).count() >= 5
                && others.stream().allMatch(l -> l >= 1);
        return m2 && m1 ? 2 : m1 ? 1 : 0;
    }
}
