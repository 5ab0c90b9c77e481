package vn.kdclgd.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;

/** Properties of the evidence-code ledger. */
class EvidenceCodeBookPropertiesTest {

    private static final Catalog OLD = TestCatalogs.oldRegime();
    private static final Catalog TT57 = TestCatalogs.tt57();

    @Provide
    Arbitrary<Catalog> catalogs() {
        return Arbitraries.of(OLD, TT57);
    }

    @Provide
    Arbitrary<Map<String, Set<String>>> uses() {
        Arbitrary<String> itemIds = Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(3);
        Arbitrary<Set<String>> criteria = Arbitraries.of(allCriterionCodes()).set().ofMinSize(1).ofMaxSize(4);
        return Arbitraries.maps(itemIds, criteria).ofMaxSize(40);
    }

    /** Criterion codes present in both test catalogs. */
    private static List<String> allCriterionCodes() {
        List<String> common = new ArrayList<>();
        for (Criterion c : TT57.criteria()) {
            if (OLD.criterion(c.code()).isPresent()) {
                common.add(c.code());
            }
        }
        return common;
    }

    /** The same uses, with the map and every set in another iteration order. */
    private static Map<String, Set<String>> shuffled(Map<String, Set<String>> uses, long seed) {
        Random random = new Random(seed);
        List<String> items = new ArrayList<>(uses.keySet());
        Collections.shuffle(items, random);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        for (String item : items) {
            List<String> criteria = new ArrayList<>(uses.get(item));
            Collections.shuffle(criteria, random);
            copy.put(item, new LinkedHashSet<>(criteria));
        }
        return copy;
    }

    @Property(tries = 300)
    void assignInCatalogOrderIsDeterministic(@ForAll("catalogs") Catalog catalog,
                                             @ForAll("uses") Map<String, Set<String>> uses,
                                             @ForAll long seed) {
        EvidenceCodeBook a = EvidenceCodeBook.assignInCatalogOrder(catalog, uses);
        EvidenceCodeBook b = EvidenceCodeBook.assignInCatalogOrder(catalog, shuffled(uses, seed));
        assertThat(b.entries()).isEqualTo(a.entries());
        assertThat(b.issuedCodes()).isEqualTo(a.issuedCodes());
    }

    @Property(tries = 300)
    void assignInCatalogOrderCodesEveryItemOnceUnderItsFirstCriterion(
            @ForAll("catalogs") Catalog catalog, @ForAll("uses") Map<String, Set<String>> uses) {
        EvidenceCodeBook book = EvidenceCodeBook.assignInCatalogOrder(catalog, uses);
        List<String> order = catalog.criteria().stream().map(Criterion::code).toList();
        assertThat(book.codes().keySet()).isEqualTo(uses.keySet());
        Set<String> texts = new HashSet<>();
        for (EvidenceCodeBook.Entry e : book.entries()) {
            String first = uses.get(e.itemId()).stream().min((x, y) -> order.indexOf(x) - order.indexOf(y))
                    .orElseThrow();
            assertThat(e.code().criterionCode()).isEqualTo(first);
            assertThat(texts.add(e.code().format())).isTrue();
        }
        // per criterion the sequences are 1..k, in item-id order
        Map<String, List<EvidenceCodeBook.Entry>> byCriterion = new HashMap<>();
        for (EvidenceCodeBook.Entry e : book.entries()) {
            byCriterion.computeIfAbsent(e.code().criterionCode(), k -> new ArrayList<>()).add(e);
        }
        byCriterion.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                assertThat(list.get(i).code().sequence()).isEqualTo(i + 1);
                if (i > 0) {
                    assertThat(list.get(i).itemId()).isGreaterThan(list.get(i - 1).itemId());
                }
            }
        });
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<String> items = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h");
        Arbitrary<Op> assign = Combinators.combine(items, Arbitraries.of(allCriterionCodes()))
                .as((item, criterion) -> new Op(item, criterion));
        Arbitrary<Op> remove = items.map(item -> new Op(item, null));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, assign), net.jqwik.api.Tuple.of(1, remove)).list().ofMaxSize(60);
    }

    record Op(String item, String criterion) {
    }

    /**
     * Any sequence of assign/remove: a code once given never changes while its item stays, is never given
     * to another item, and sequences of a criterion are issued 1, 2, 3 … without reuse.
     */
    @Property(tries = 300)
    void codesAreNeverRenumberedNorReissued(@ForAll("catalogs") Catalog catalog,
                                            @ForAll("operations") List<Op> ops) {
        EvidenceCodeBook book = EvidenceCodeBook.empty(catalog);
        Map<EvidenceCode, String> everGiven = new HashMap<>();
        Map<String, Integer> issuedPerCriterion = new HashMap<>();
        for (Op op : ops) {
            EvidenceCodeBook before = book;
            if (op.criterion() == null) {
                book = book.remove(op.item());
                assertThat(book.codeOf(op.item())).isEmpty();
            } else {
                book = book.assign(op.item(), op.criterion());
                if (before.codeOf(op.item()).isPresent()) {
                    assertThat(book.codeOf(op.item())).isEqualTo(before.codeOf(op.item()));
                } else {
                    EvidenceCode code = book.codeOf(op.item()).orElseThrow();
                    assertThat(code.criterionCode()).isEqualTo(op.criterion());
                    int expected = issuedPerCriterion.merge(op.criterion(), 1, Integer::sum);
                    assertThat(code.sequence()).isEqualTo(expected);
                    assertThat(everGiven.put(code, op.item())).isNull();
                }
            }
            for (EvidenceCodeBook.Entry e : before.entries()) {
                book.codeOf(e.itemId()).ifPresent(c -> assertThat(c).isEqualTo(e.code()));
            }
            assertThat(book.issuedCodes()).containsAll(before.issuedCodes());
        }
        assertThat(book.issuedCodes()).hasSize(everGiven.size());
    }
}
