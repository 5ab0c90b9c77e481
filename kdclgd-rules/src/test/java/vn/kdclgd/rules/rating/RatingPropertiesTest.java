package vn.kdclgd.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;

/**
 * Properties of the engine over random judgements of every bundled catalog: raising a judgement never
 * lowers a level, the order of input never matters, the school rule agrees with independent oracles,
 * and the gap plan reaches its target at the smallest cost.
 */
class RatingPropertiesTest {
    static final CatalogRegistry REGISTRY = CatalogRegistry.bundled();

    /** One judgement slot: criterion, level, key (level 4 with criterion "" for Mức-4 items). */
    record Slot(String criterion, int level, String key) {
    }

    /** A catalog and a random assignment: each slot true, false or missing (null). */
    record Case(Catalog catalog, List<Slot> slots, List<Boolean> values) {
        Judgements judgements(List<Integer> order) {
            Judgements.Builder b = Judgements.builder();
            for (int i : order) {
                Boolean v = values.get(i);
                if (v == null) {
                    continue;
                }
                Slot s = slots.get(i);
                if (s.criterion().isEmpty()) {
                    b.level4(s.key(), v);
                } else {
                    b.item(s.criterion(), s.level(), s.key(), v);
                }
            }
            return b.build();
        }

        Judgements judgements() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                order.add(i);
            }
            return judgements(order);
        }

        Case with(int index, Boolean value) {
            List<Boolean> v = new ArrayList<>(values);
            v.set(index, value);
            return new Case(catalog, slots, v);
        }
    }

    static List<Slot> slots(Catalog c) {
        List<Slot> out = new ArrayList<>();
        for (Criterion cr : c.criteria()) {
            cr.levels().forEach((level, items) -> items.forEach(i -> out.add(new Slot(cr.code(), level, i.key()))));
        }
        c.level4().ifPresent(l4 -> l4.items().forEach(i -> out.add(new Slot("", 4, i.key()))));
        return out;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Catalog> catalogs = Arbitraries.of(REGISTRY.catalogs());
        return catalogs.flatMap(c -> {
            List<Slot> slots = slots(c);
            // bias towards "met" so that higher levels are reached often
            Arbitrary<Boolean> value = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(12, Arbitraries.just(Boolean.TRUE)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.just(Boolean.FALSE)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just((Boolean) null)));
            return value.list().ofSize(slots.size()).map(v -> new Case(c, slots, v));
        });
    }

    @Property(tries = 300)
    void raisingAJudgementNeverLowersALevel(@ForAll("cases") Case k, @ForAll Random random) {
        RatingResult before = RatingEngine.rate(k.catalog(), k.judgements());
        int index = random.nextInt(k.slots().size());
        Boolean old = k.values().get(index);
        if (Boolean.TRUE.equals(old)) {
            return;
        }
        Case raised = k.with(index, Boolean.TRUE);
        RatingResult after = RatingEngine.rate(k.catalog(), raised.judgements());
        assertThat(after.schoolLevel()).isGreaterThanOrEqualTo(before.schoolLevel());
        assertThat(after.accreditationLevel().orElse(0)).isGreaterThanOrEqualTo(before.accreditationLevel().orElse(0));
        assertThat(after.nationalStandardDegree().orElse(0)).isGreaterThanOrEqualTo(before.nationalStandardDegree().orElse(0));
        before.criteria().forEach((code, cr) ->
                assertThat(after.criterion(code).level()).as(code).isGreaterThanOrEqualTo(cr.level()));
        if (old == null) {
            // answering a missing judgement "met" never lowers the upper bound's reach below the new level
            assertThat(after.schoolLevel()).isLessThanOrEqualTo(before.schoolLevelUpperBound());
        }
    }

    @Property(tries = 200)
    void resultsNeverDependOnTheOrderOfInput(@ForAll("cases") Case k, @ForAll Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < k.slots().size(); i++) {
            order.add(i);
        }
        RatingResult a = RatingEngine.rate(k.catalog(), k.judgements(order));
        Collections.shuffle(order, random);
        RatingResult b = RatingEngine.rate(k.catalog(), k.judgements(order));
        assertThat(b).isEqualTo(a);
        assertThat(RatingJson.toJson(b)).isEqualTo(RatingJson.toJson(a));
    }

    @Property(tries = 300)
    void schoolLevelAgreesWithTheIndependentOracles(@ForAll("cases") Case k) {
        RatingResult r = RatingEngine.rate(k.catalog(), k.judgements());
        Map<String, Integer> levels = new LinkedHashMap<>();
        r.criteria().forEach((code, cr) -> levels.put(code, cr.level()));
        Catalog c = k.catalog();
        int expected;
        if (c.regime().equals("TT57-2026")) {
            expected = Levels.tt57Oracle(c, levels);
        } else {
            boolean l4 = c.level4().orElseThrow().items().stream().allMatch(i -> Boolean.TRUE.equals(r.level4().get(i.key())));
            expected = Levels.oldRegimeOracle(c, levels, l4);
        }
        assertThat(r.schoolLevel()).isEqualTo(expected);
        // a lower bound never exceeds the upper bound, per criterion and for the school
        assertThat(r.schoolLevel()).isLessThanOrEqualTo(r.schoolLevelUpperBound());
        r.criteria().values().forEach(cr -> assertThat(cr.level()).isLessThanOrEqualTo(cr.upperBound()));
        // complete ⇔ nothing missing
        assertThat(r.complete()).isEqualTo(r.missing().isEmpty());
    }

    @Property(tries = 200)
    void answeringTheMissingJudgementsMetReachesTheUpperBound(@ForAll("cases") Case k) {
        RatingResult r = RatingEngine.rate(k.catalog(), k.judgements());
        Case filled = k;
        for (int i = 0; i < k.values().size(); i++) {
            if (k.values().get(i) == null) {
                filled = filled.with(i, Boolean.TRUE);
            }
        }
        RatingResult full = RatingEngine.rate(k.catalog(), filled.judgements());
        assertThat(full.complete()).isTrue();
        assertThat(full.schoolLevel()).isEqualTo(r.schoolLevelUpperBound());
    }

    @Property(tries = 200)
    void applyingAGapReachesItsTargetAtMinimalCost(@ForAll("cases") Case k) {
        RatingResult r = RatingEngine.rate(k.catalog(), k.judgements());
        for (Gap gap : r.gaps()) {
            Judgements.Builder b = Judgements.builder();
            List<Slot> slots = k.slots();
            for (int i = 0; i < slots.size(); i++) {
                Boolean v = k.values().get(i);
                Slot s = slots.get(i);
                boolean fixed = gap.criteria().stream().flatMap(g -> g.items().stream())
                        .anyMatch(ref -> ref.criterion().orElse("").equals(s.criterion()) && ref.level() == s.level() && ref.key().equals(s.key()))
                        || gap.level4Items().stream().anyMatch(ref -> s.criterion().isEmpty() && ref.key().equals(s.key()));
                Boolean value = fixed ? Boolean.TRUE : v;
                if (value == null) {
                    continue;
                }
                if (s.criterion().isEmpty()) {
                    b.level4(s.key(), value);
                } else {
                    b.item(s.criterion(), s.level(), s.key(), value);
                }
            }
            RatingResult after = RatingEngine.rate(k.catalog(), b.build());
            assertThat(after.schoolLevel()).as("gap to %d applied", gap.targetLevel()).isGreaterThanOrEqualTo(gap.targetLevel());
            if (k.catalog().regime().equals("TT57-2026")) {
                assertThat(gap.itemCount()).isEqualTo(bruteForceTt57(k, r, gap.targetLevel()));
            }
        }
    }

    /**
     * Cheapest TT57 plan by exhaustive search: the mandatory criteria are forced to the target; the 7
     * others try every level from their current one to 2 (at most 3^7 assignments).
     */
    private static int bruteForceTt57(Case k, RatingResult r, int target) {
        Catalog c = k.catalog();
        List<Criterion> mandatory = c.criteria().stream().filter(Criterion::mandatory).toList();
        List<Criterion> others = c.criteria().stream().filter(x -> !x.mandatory()).toList();
        int cost = 0;
        for (Criterion m : mandatory) {
            cost += cost(k, r, m, Math.max(target, r.criterion(m.code()).level()));
        }
        int best = Integer.MAX_VALUE;
        int n = others.size();
        int combos = (int) Math.pow(3, n);
        for (int code = 0; code < combos; code++) {
            int x = code;
            boolean valid = true;
            int atLeast1 = 0;
            int atLeast2 = 0;
            int sum = 0;
            for (int i = 0; i < n && valid; i++) {
                int t = x % 3;
                x /= 3;
                int current = r.criterion(others.get(i).code()).level();
                if (t < current) {
                    valid = false;
                } else {
                    atLeast1 += t >= 1 ? 1 : 0;
                    atLeast2 += t >= 2 ? 1 : 0;
                    sum += cost(k, r, others.get(i), t);
                }
            }
            boolean ok = valid && (target == 1 ? atLeast1 >= 5 : atLeast2 >= 5 && atLeast1 == n);
            if (ok) {
                best = Math.min(best, sum);
            }
        }
        return cost + best;
    }

    /** Items not judged met in the levels above the criterion's current level up to {@code target}. */
    private static int cost(Case k, RatingResult r, Criterion c, int target) {
        int current = r.criterion(c.code()).level();
        int n = 0;
        for (int i = 0; i < k.slots().size(); i++) {
            Slot s = k.slots().get(i);
            if (s.criterion().equals(c.code()) && s.level() > current && s.level() <= target
                    && !Boolean.TRUE.equals(k.values().get(i))) {
                n++;
            }
        }
        return n;
    }
}
