package vn.kdclgd.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;

/**
 * Table-driven rule tests: every boundary of the school rule, for every bundled catalog, against
 * independent oracles ({@link Levels}).
 */
class RatingRulesTest {
    static final CatalogRegistry REGISTRY = CatalogRegistry.bundled();

    static Stream<String> oldRegime() {
        return Stream.of("TT19-2018", "TT17-2018", "TT18-2018", "TT17-2018+TT22-2024", "TT18-2018+TT22-2024");
    }

    static Stream<String> tt57() {
        return Stream.of("TT57-2026-MN", "TT57-2026-PT", "TT57-2026-GDTX");
    }

    /** For each old-regime catalog, each criterion and each level below its maximum: that criterion alone sets the school level. */
    static Stream<Arguments> oldRegimeSingleCriterion() {
        List<Arguments> out = new ArrayList<>();
        oldRegime().forEach(id -> {
            Catalog c = REGISTRY.get(id);
            for (Criterion cr : c.criteria()) {
                for (int level = 0; level < cr.maxLevel(); level++) {
                    out.add(Arguments.of(id, cr.code(), level));
                }
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: criterion {1} at Mức {2}, all others at their maximum")
    @MethodSource("oldRegimeSingleCriterion")
    void oldRegimeOneCriterionBelowItsMaximum(String id, String code, int level) {
        Catalog c = REGISTRY.get(id);
        Map<String, Integer> levels = Levels.allMax(c);
        levels.put(code, level);
        for (boolean itemByItem : new boolean[] {true, false}) {
            RatingResult r = RatingEngine.rate(c, Levels.judge(c, levels, itemByItem, true));
            int expected = Levels.oldRegimeOracle(c, levels, true);
            assertThat(r.complete()).isTrue();
            assertThat(r.criterion(code).level()).isEqualTo(level);
            assertThat(r.schoolLevel()).as("school level").isEqualTo(expected);
            // Mức 1 → cấp độ 1; Mức 2 → cấp độ 2 and chuẩn quốc gia mức độ 1; Mức ≥ 3 → mức độ 2
            assertThat(r.accreditationLevel()).hasValue(expected);
            assertThat(r.nationalStandardDegree()).hasValue(expected >= 3 ? 2 : expected == 2 ? 1 : 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oldRegime")
    void oldRegimeLevel4NeedsEveryItemAndMuc3(String id) {
        Catalog c = REGISTRY.get(id);
        Map<String, Integer> max = Levels.allMax(c);
        RatingResult all = RatingEngine.rate(c, Levels.judge(c, max, true, true));
        assertThat(all.schoolLevel()).isEqualTo(4);
        assertThat(all.accreditationLevel()).hasValue(4);
        assertThat(all.nationalStandardDegree()).hasValue(2);
        assertThat(all.gaps()).isEmpty();

        int items = c.level4().orElseThrow().items().size();
        for (int k = 0; k < items; k++) {
            Judgements.Builder b = Judgements.builder();
            copy(Levels.judge(c, max, false, null), b);
            for (int j = 0; j < items; j++) {
                b.level4(c.level4().get().items().get(j).key(), j != k);
            }
            RatingResult r = RatingEngine.rate(c, b.build());
            assertThat(r.schoolLevel()).as("Mức-4 item %d not met", k + 1).isEqualTo(3);
            assertThat(r.gaps()).singleElement().satisfies(g -> {
                assertThat(g.targetLevel()).isEqualTo(4);
                assertThat(g.criteria()).isEmpty();
                assertThat(g.level4Items()).singleElement().satisfies(i -> assertThat(i.missing()).isFalse());
            });
        }
        // Mức-4 items met but a criterion only at Mức 2 (one that has Mức 3): Mức 2, the items do not help
        Criterion withM3 = c.criteria().stream().filter(x -> x.maxLevel() == 3).findFirst().orElseThrow();
        Map<String, Integer> levels = new LinkedHashMap<>(max);
        levels.put(withM3.code(), 2);
        assertThat(RatingEngine.rate(c, Levels.judge(c, levels, true, true)).schoolLevel()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oldRegime")
    void oldRegimeCriteriaWithoutMuc3CountAtMuc2(String id) {
        Catalog c = REGISTRY.get(id);
        List<Criterion> withoutM3 = c.criteria().stream().filter(x -> x.maxLevel() < 3).toList();
        assertThat(withoutM3).isNotEmpty();
        Map<String, Integer> levels = Levels.allMax(c);
        RatingResult r = RatingEngine.rate(c, Levels.judge(c, levels, true, false));
        assertThat(r.schoolLevel()).isEqualTo(3);
        withoutM3.forEach(x -> assertThat(r.criterion(x.code()).level()).isEqualTo(x.maxLevel()));
    }

    @Test
    void bundledOldRegimeCriteriaWithoutMuc3AreThoseTheSourcesList() {
        // regulations/README.md: levels has no "3" for these criteria
        assertThat(codesWithoutMuc3("TT19-2018")).containsExactly("1.2", "1.7", "1.8", "1.9", "1.10", "3.6");
        assertThat(codesWithoutMuc3("TT17-2018")).containsExactly("1.2", "1.5", "1.7", "1.8", "1.9", "1.10", "3.4", "5.1");
        assertThat(codesWithoutMuc3("TT18-2018")).containsExactly("1.2", "1.7", "1.8", "1.9", "1.10", "3.4", "5.3", "5.4");
    }

    private static List<String> codesWithoutMuc3(String id) {
        return REGISTRY.get(id).criteria().stream().filter(x -> x.maxLevel() < 3).map(Criterion::code).toList();
    }

    @Test
    void cumulativeLevelsMuc3MetButMuc2NotMetCountsAsMuc1() {
        Catalog c = REGISTRY.get("TT18-2018");
        Criterion cr = c.criterion("1.1").orElseThrow();
        Judgements j = Judgements.builder().level("1.1", 1, true).level("1.1", 2, false).level("1.1", 3, true).build();
        RatingResult r = RatingEngine.rate(c, j);
        assertThat(r.criterion("1.1").level()).isEqualTo(1);
        assertThat(r.criterion("1.1").levels()).containsExactly(LevelStatus.MET, LevelStatus.NOT_MET, LevelStatus.NOT_CONSIDERED);
        assertThat(cr.maxLevel()).isEqualTo(3);
    }

    /**
     * TT57 khoản 3 Điều 5. Columns: mandatory at M2, at M1, at 0; others at M2, at M1, at 0; expected level.
     * Rows are the boundaries of the rule and the corner cases of tt57-2026/RULES.md §4.
     */
    @ParameterizedTest(name = "{0}: mandatory {1}/{2}/{3} others {4}/{5}/{6} → Mức {7}")
    @MethodSource("tt57Table")
    void tt57SchoolRule(String id, int m2, int m1, int m0, int o2, int o1, int o0, int expected) {
        Catalog c = REGISTRY.get(id);
        Map<String, Integer> levels = new LinkedHashMap<>();
        int[] mandatory = {m2, m1, m0};
        int[] others = {o2, o1, o0};
        for (Criterion cr : c.criteria()) {
            int[] bucket = cr.mandatory() ? mandatory : others;
            int level = bucket[0]-- > 0 ? 2 : bucket[1]-- > 0 ? 1 : 0;
            levels.put(cr.code(), level);
        }
        RatingResult r = RatingEngine.rate(c, Levels.judge(c, levels, true, null));
        assertThat(Levels.tt57Oracle(c, levels)).as("oracle").isEqualTo(expected);
        assertThat(r.schoolLevel()).isEqualTo(expected);
        assertThat(r.complete()).isTrue();
        assertThat(r.accreditationLevel()).isEmpty();
        if (id.endsWith("GDTX")) {
            assertThat(r.nationalStandardDegree()).as("chuẩn quốc gia does not apply to GDTX").isEmpty();
        } else {
            assertThat(r.nationalStandardDegree()).hasValue(expected);
        }
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l).contains("khoản 3 Điều 5"));
    }

    static Stream<Arguments> tt57Table() {
        int[][] rows = {
                {8, 0, 0, 7, 0, 0, 2},
                {8, 0, 0, 5, 2, 0, 2}, // exactly 5 of 7 others at Mức 2
                {8, 0, 0, 4, 3, 0, 1}, // one short
                {8, 0, 0, 6, 0, 1, 1}, // RULES.md §4 corner: one other below Mức 1 → not Mức 2, but Mức 1
                {8, 0, 0, 5, 1, 1, 1},
                {7, 1, 0, 7, 0, 0, 1}, // one mandatory only at Mức 1
                {8, 0, 0, 0, 5, 2, 1}, // exactly 5 of 7 others at Mức 1
                {8, 0, 0, 0, 4, 3, 0}, // 3 others below Mức 1 → không đạt, whatever the mandatory ones
                {8, 0, 0, 4, 0, 3, 0},
                {7, 0, 1, 7, 0, 0, 0}, // any mandatory below Mức 1 → không đạt
                {0, 8, 0, 0, 7, 0, 1},
                {0, 8, 0, 7, 0, 0, 1},
                {0, 0, 8, 7, 0, 0, 0},
        };
        List<Arguments> out = new ArrayList<>();
        tt57().forEach(id -> {
            for (int[] r : rows) {
                out.add(Arguments.of(id, r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tt57")
    void tt57HasEightMandatoryCriteriaAndTwoLevels(String id) {
        Catalog c = REGISTRY.get(id);
        assertThat(c.mandatoryCriteria()).extracting(Criterion::code)
                .containsExactly("1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2");
        assertThat(c.criteria()).hasSize(15).allSatisfy(x -> assertThat(x.maxLevel()).isEqualTo(2));
        assertThat(c.level4()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tt57")
    void tt57GapIsMandatoryPlusTheCheapestFiveOthers(String id) {
        Catalog c = REGISTRY.get(id);
        Map<String, Integer> levels = new LinkedHashMap<>();
        c.criteria().forEach(cr -> levels.put(cr.code(), 1));
        RatingResult r = RatingEngine.rate(c, Levels.judge(c, levels, true, null));
        assertThat(r.schoolLevel()).isEqualTo(1);
        Gap gap = r.gaps().get(0);
        assertThat(gap.targetLevel()).isEqualTo(2);
        List<Gap.CriterionGap> mandatory = gap.criteria().stream().filter(Gap.CriterionGap::mandatory).toList();
        List<Gap.CriterionGap> others = gap.criteria().stream().filter(g -> !g.mandatory()).toList();
        assertThat(mandatory).hasSize(8);
        assertThat(others).hasSize(5);
        // each criterion at Mức 1 with one Mức-2 item false: the cheapest others are the ones with fewest Mức-2 items?
        // No: only one item per criterion is false, so every criterion costs 1 and ties go to catalog order.
        assertThat(gap.itemCount()).isEqualTo(13);
        List<String> expectedOthers = c.criteria().stream().filter(x -> !x.mandatory()).limit(5).map(Criterion::code).toList();
        assertThat(others).extracting(Gap.CriterionGap::code).containsExactlyElementsOf(expectedOthers);
    }

    @Test
    void tt57GapPrefersTheCriteriaWithFewestItemsToDo() {
        Catalog c = REGISTRY.get("TT57-2026-PT");
        Judgements.Builder b = Judgements.builder();
        for (Criterion cr : c.criteria()) {
            b.level(cr.code(), 1, true);
            b.level(cr.code(), 2, cr.mandatory()); // others: every Mức-2 item to do
        }
        RatingResult r = RatingEngine.rate(c, b.build());
        Gap gap = r.gaps().get(0);
        // PT others have 2,2,2,3,3,3,4 Mức-2 items (1.1, 1.2, 2.3, 3.3, 3.4, 3.5, 4.3): the cheapest five cost 12
        assertThat(gap.criteria()).extracting(Gap.CriterionGap::code).containsExactly("1.1", "1.2", "2.3", "3.3", "3.4");
        assertThat(gap.itemCount()).isEqualTo(12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TT57-2026-PT", "TT19-2018", "TT17-2018+TT22-2024"})
    void emptyJudgementsAskForMuc1ItemsOnly(String id) {
        Catalog c = REGISTRY.get(id);
        RatingResult r = RatingEngine.rate(c, Judgements.empty());
        assertThat(r.complete()).isFalse();
        assertThat(r.schoolLevel()).isZero();
        assertThat(r.schoolLevelUpperBound()).isEqualTo(c.schoolRule().maxLevel());
        int level1Items = c.criteria().stream().mapToInt(x -> x.items(1).size()).sum();
        int allItems = c.criteria().stream().mapToInt(x -> x.levels().values().stream().mapToInt(List::size).sum()).sum();
        // every item of every level is missing (all could still matter), plus the Mức-4 items
        int level4 = c.level4().map(l -> l.items().size()).orElse(0);
        assertThat(r.missing()).hasSize(allItems + level4);
        assertThat(r.missing()).allSatisfy(m -> assertThat(m.missing()).isTrue());
        assertThat(level1Items).isPositive();
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l).startsWith("Kết quả chưa đầy đủ"));
    }

    @Test
    void aFailedLevelMakesHigherLevelsAndItsOtherMissingItemsIrrelevant() {
        Catalog c = REGISTRY.get("TT57-2026-PT");
        Criterion cr = c.criterion("1.1").orElseThrow();
        Judgements j = Judgements.builder().item("1.1", 1, cr.items(1).get(0).key(), false).build();
        RatingResult r = RatingEngine.rate(c, j);
        assertThat(r.criterion("1.1").determined()).isTrue();
        assertThat(r.criterion("1.1").level()).isZero();
        assertThat(r.missing()).noneMatch(m -> m.criterion().orElse("").equals("1.1"));
    }

    @Test
    void schoolLevelCanBeDeterminedWhileCriteriaAreNot() {
        Catalog c = REGISTRY.get("TT57-2026-PT");
        Judgements.Builder b = Judgements.builder();
        // three non-mandatory criteria fail Mức 1: the school cannot reach Mức 1 whatever the rest says
        for (String code : List.of("1.1", "1.2", "2.3")) {
            b.level(code, 1, false);
        }
        RatingResult r = RatingEngine.rate(c, b.build());
        assertThat(r.schoolLevel()).isZero();
        assertThat(r.schoolLevelUpperBound()).isZero();
        assertThat(r.complete()).as("criteria are still undetermined").isFalse();
    }

    @Test
    void level4JudgementsAreOnlyMissingWhenTheyCanMatter() {
        Catalog c = REGISTRY.get("TT18-2018");
        Map<String, Integer> levels = Levels.allMax(c);
        levels.put("1.1", 1);
        RatingResult atMuc1 = RatingEngine.rate(c, Levels.judge(c, levels, false, null));
        assertThat(atMuc1.complete()).isTrue();
        assertThat(atMuc1.missing()).isEmpty();

        RatingResult atMuc3 = RatingEngine.rate(c, Levels.judge(c, Levels.allMax(c), false, null));
        assertThat(atMuc3.complete()).isFalse();
        assertThat(atMuc3.schoolLevel()).isEqualTo(3);
        assertThat(atMuc3.schoolLevelUpperBound()).isEqualTo(4);
        assertThat(atMuc3.missing()).hasSize(6).allSatisfy(m -> {
            assertThat(m.criterion()).isEmpty();
            assertThat(m.label()).startsWith("Mức 4 khoản");
        });
    }

    @Test
    void amendedCatalogsDropTheRepealedRequirements() {
        Catalog base = REGISTRY.get("TT17-2018");
        Catalog amended = REGISTRY.get("TT17-2018+TT22-2024");
        assertThat(base.criterion("1.5").orElseThrow().maxLevel()).isEqualTo(2);
        assertThat(amended.criterion("1.5").orElseThrow().maxLevel()).isEqualTo(1);
        assertThat(amended.criterion("2.2").orElseThrow().items(2)).extracting(i -> i.key()).doesNotContain("a");
        assertThat(amended.criterion("2.2").orElseThrow().items(3)).extracting(i -> i.key()).doesNotContain("a");
        assertThat(amended.effective()).isEmpty();
        assertThat(amended.amendedBy()).containsExactly("TT22-2024");
        assertThat(amended.notes()).anySatisfy(n -> assertThat(n).contains("Điều 40"));

        // A school whose 1.5 fails only the repealed Mức 2 requirement reaches Mức 4 under the amended catalog.
        Map<String, Integer> levels = Levels.allMax(base);
        levels.put("1.5", 1);
        assertThat(RatingEngine.rate(base, Levels.judge(base, levels, true, true)).schoolLevel()).isEqualTo(1);
        Map<String, Integer> amendedLevels = Levels.allMax(amended);
        assertThat(RatingEngine.rate(amended, Levels.judge(amended, amendedLevels, true, true)).schoolLevel()).isEqualTo(4);

        Catalog tt18 = REGISTRY.get("TT18-2018+TT22-2024");
        assertThat(tt18.criterion("1.5").orElseThrow().maxLevel()).isEqualTo(1);
        assertThat(tt18.criterion("5.3").orElseThrow().levels())
                .as("khoản 3–5 Điều 11 are recorded as not applied").isEqualTo(REGISTRY.get("TT18-2018").criterion("5.3").orElseThrow().levels());
    }

    private static void copy(Judgements from, Judgements.Builder to) {
        from.criteria().forEach((code, levels) -> levels.forEach((level, lj) -> {
            if (lj.whole().isPresent()) {
                to.level(code, level, lj.whole().get());
            } else {
                lj.items().forEach((k, v) -> to.item(code, level, k, v));
            }
        }));
    }
}
