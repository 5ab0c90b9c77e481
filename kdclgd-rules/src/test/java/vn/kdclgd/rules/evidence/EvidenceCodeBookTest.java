package vn.kdclgd.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;

class EvidenceCodeBookTest {

    private final Catalog old = TestCatalogs.oldRegime();
    private final Catalog tt57 = TestCatalogs.tt57();

    @Test
    void assignsSequencesPerCriterion() {
        EvidenceCodeBook book = EvidenceCodeBook.empty(tt57)
                .assign("ke-hoach", "1.1")
                .assign("bien-ban", "1.1")
                .assign("quyet-dinh", "1.3")
                .assign("bao-cao", "1.1");
        assertThat(book.codeOf("ke-hoach")).contains(EvidenceCode.mc(1, 1, 1));
        assertThat(book.codeOf("bien-ban")).contains(EvidenceCode.mc(1, 1, 2));
        assertThat(book.codeOf("quyet-dinh")).contains(EvidenceCode.mc(1, 3, 1));
        assertThat(book.codeOf("bao-cao")).contains(EvidenceCode.mc(1, 1, 3));
        assertThat(book.codeOf("khac")).isEmpty();
        assertThat(book.itemOf(EvidenceCode.mc(1, 3, 1))).contains("quyet-dinh");
        assertThat(book.size()).isEqualTo(4);
        assertThat(book.scheme()).isEqualTo(EvidenceCodeScheme.MC);
    }

    @Test
    void oldSchemePutsTheStandardNumberInTheBoxByDefault() {
        EvidenceCodeBook book = EvidenceCodeBook.empty(old).assign("a", "1.10").assign("b", "3.2").assign("c", "3.2");
        assertThat(book.entries()).extracting(e -> e.code().format())
                .containsExactly("[H1-1.10-01]", "[H3-3.2-01]", "[H3-3.2-02]");
    }

    @Test
    void firstUseRuleKeepsTheCode() {
        EvidenceCodeBook book = EvidenceCodeBook.empty(tt57).assign("ke-hoach", "1.1");
        EvidenceCodeBook again = book.assign("ke-hoach", "2.3").assign("ke-hoach", "1.1");
        assertThat(again.codeOf("ke-hoach")).contains(EvidenceCode.mc(1, 1, 1));
        assertThat(again.issuedCodes()).containsExactly(EvidenceCode.mc(1, 1, 1));
        assertThat(again.highestSequence("2.3")).isZero();
        assertThat(book.assign("ke-hoach", "2.3")).isSameAs(book);
    }

    @Test
    void operationsReturnNewBooks() {
        EvidenceCodeBook empty = EvidenceCodeBook.empty(tt57);
        EvidenceCodeBook one = empty.assign("a", "1.1");
        assertThat(empty.size()).isZero();
        assertThat(empty.issuedCodes()).isEmpty();
        assertThat(one.size()).isEqualTo(1);
        EvidenceCodeBook removed = one.remove("a");
        assertThat(one.codeOf("a")).isPresent();
        assertThat(removed.codeOf("a")).isEmpty();
    }

    @Test
    void removedCodesAreRetiredAndNeverReissued() {
        EvidenceCodeBook book = EvidenceCodeBook.empty(tt57)
                .assign("a", "1.1").assign("b", "1.1").assign("c", "1.1")
                .remove("c");
        assertThat(book.retiredCodes()).containsExactly(EvidenceCode.mc(1, 1, 3));
        assertThat(book.nextCode("1.1")).isEqualTo(EvidenceCode.mc(1, 1, 4));
        book = book.assign("d", "1.1");
        assertThat(book.codeOf("d")).contains(EvidenceCode.mc(1, 1, 4));
        // the removed item itself, coming back, gets a new code too
        book = book.assign("c", "1.1");
        assertThat(book.codeOf("c")).contains(EvidenceCode.mc(1, 1, 5));
        assertThat(book.issuedCodes()).hasSize(5);
        assertThat(book.retiredCodes()).containsExactly(EvidenceCode.mc(1, 1, 3));
        assertThat(book.itemOf(EvidenceCode.mc(1, 1, 3))).isEmpty();
    }

    @Test
    void gapsAreNotFilledAndNothingIsRenumbered() {
        EvidenceCodeBook book = EvidenceCodeBook.empty(tt57)
                .assign("a", "1.1").assign("b", "1.1").assign("c", "1.1")
                .remove("a").remove("b");
        assertThat(book.codeOf("c")).contains(EvidenceCode.mc(1, 1, 3));
        assertThat(book.assign("d", "1.1").codeOf("d")).contains(EvidenceCode.mc(1, 1, 4));

        // a published book with a gap (01, 05): next is 06; 02..04 stay unused
        EvidenceCodeBook published = EvidenceCodeBook.of(tt57, Map.of(
                "x", EvidenceCodes.parse("MC.2.1.01"), "y", EvidenceCodes.parse("MC.2.1.05")));
        assertThat(published.assign("z", "2.1").codeOf("z")).contains(EvidenceCode.mc(2, 1, 6));
    }

    @Test
    void ninetyNineCodesPerCriterionThenExhausted() {
        EvidenceCodeBook book = EvidenceCodeBook.empty(old);
        for (int i = 1; i <= 99; i++) {
            book = book.assign("item-" + i, "1.10");
        }
        assertThat(book.codeOf("item-99")).contains(EvidenceCode.h(1, 1, 10, 99));
        EvidenceCodeBook full = book;
        KdclException e = catchThrowableOfType(KdclException.class, () -> full.assign("item-100", "1.10"));
        assertThat(e.code()).isEqualTo(EvidenceCodeErrors.SEQUENCE_EXHAUSTED);
        assertThat(e.problems().get(0).where()).isEqualTo("tiêu chí/criterion 1.10");
        assertThat(e.problems().get(0).message()).contains("99").contains("\"item-100\"").contains(" / ");
        assertThat(catchThrowableOfType(KdclException.class, () -> full.nextCode("1.10")).code())
                .isEqualTo(EvidenceCodeErrors.SEQUENCE_EXHAUSTED);
        // removing does not free a sequence
        KdclException afterRemove = catchThrowableOfType(KdclException.class,
                () -> full.remove("item-5").assign("item-100", "1.10"));
        assertThat(afterRemove.code()).isEqualTo(EvidenceCodeErrors.SEQUENCE_EXHAUSTED);
        // other criteria are not affected; an already coded item still "assigns"
        assertThat(full.assign("item-100", "1.9").codeOf("item-100")).contains(EvidenceCode.h(1, 1, 9, 1));
        assertThat(full.assign("item-1", "1.10")).isSameAs(full);
    }

    @Test
    void unknownCriterionAndBlankItemAreRefused() {
        EvidenceCodeBook book = EvidenceCodeBook.empty(tt57);
        assertProblem(() -> book.assign("a", "1.5"), EvidenceCodeErrors.UNKNOWN_CRITERION);
        assertProblem(() -> book.assign("a", "x"), EvidenceCodeErrors.UNKNOWN_CRITERION);
        assertProblem(() -> book.assign(" ", "1.1"), EvidenceCodeErrors.INVALID_ITEM_ID);
        assertProblem(() -> book.nextCode("9.9"), EvidenceCodeErrors.UNKNOWN_CRITERION);
        assertThat(book.assign("a", " 1.1 ").codeOf("a")).contains(EvidenceCode.mc(1, 1, 1));
    }

    @Test
    void boxPolicies() {
        EvidenceCodeBook fixed = EvidenceCodeBook.empty(old).withBoxPolicy(BoxPolicy.fixed(1))
                .assign("a", "3.2").assign("b", "5.1");
        assertThat(fixed.entries()).extracting(e -> e.code().format())
                .containsExactly("[H1-3.2-01]", "[H1-5.1-01]");

        BoxPolicy perStandard = BoxPolicy.perStandard(Map.of(1, 1, 2, 1, 3, 2, 4, 2, 5, 3));
        EvidenceCodeBook custom = EvidenceCodeBook.empty(old).withBoxPolicy(perStandard)
                .assign("a", "2.1").assign("b", "4.2").assign("c", "5.6");
        assertThat(custom.entries()).extracting(e -> e.code().format())
                .containsExactly("[H1-2.1-01]", "[H2-4.2-01]", "[H3-5.6-01]");
        assertThat(custom.boxPolicy()).isSameAs(perStandard);

        // existing codes keep their boxes; the sequence counts across boxes
        EvidenceCodeBook mixed = EvidenceCodeBook.of(old, Map.of("x", EvidenceCode.h(9, 1, 1, 1)))
                .assign("y", "1.1");
        assertThat(mixed.codeOf("x")).contains(EvidenceCode.h(9, 1, 1, 1));
        assertThat(mixed.codeOf("y")).contains(EvidenceCode.h(1, 1, 1, 2));

        // MC has no box: any policy is ignored
        assertThat(EvidenceCodeBook.empty(tt57).withBoxPolicy(BoxPolicy.fixed(7)).assign("a", "1.1").codeOf("a"))
                .contains(EvidenceCode.mc(1, 1, 1));
    }

    @Test
    void incompleteBoxPoliciesAreRefusedUpFront() {
        KdclException e = catchThrowableOfType(KdclException.class, () -> EvidenceCodeBook.empty(old)
                .withBoxPolicy(BoxPolicy.perStandard(Map.of(1, 1, 2, 1, 3, 2))));
        assertThat(e.problems()).extracting(Problem::code)
                .containsExactly(EvidenceCodeErrors.NO_BOX_FOR_STANDARD, EvidenceCodeErrors.NO_BOX_FOR_STANDARD);
        assertThat(e.problems()).extracting(Problem::where)
                .containsExactly("tiêu chuẩn/standard 4", "tiêu chuẩn/standard 5");

        assertProblem(() -> EvidenceCodeBook.empty(old).withBoxPolicy(s -> s * 30),
                EvidenceCodeErrors.NO_BOX_FOR_STANDARD);
        assertProblem(() -> BoxPolicy.fixed(0), EvidenceCodeErrors.NUMBER_OUT_OF_RANGE);
        assertProblem(() -> BoxPolicy.perStandard(Map.of(1, 100)), EvidenceCodeErrors.NUMBER_OUT_OF_RANGE);
        assertThat(BoxPolicy.fixed(2)).hasToString("BoxPolicy.fixed(2)");
    }

    @Test
    void entriesAreSortedByCodeNumerically() {
        EvidenceCodeBook book = EvidenceCodeBook.empty(old)
                .assign("z", "1.10").assign("y", "1.2").assign("x", "2.1").assign("w", "1.2");
        assertThat(book.entries()).extracting(EvidenceCodeBook.Entry::itemId).containsExactly("y", "w", "z", "x");
        assertThat(book.codes().keySet()).containsExactly("w", "x", "y", "z");
    }

    @Test
    void publishedCodesAreValidated() {
        Map<String, EvidenceCode> existing = new LinkedHashMap<>();
        existing.put("a", EvidenceCode.mc(1, 1, 1));
        existing.put("b", EvidenceCode.mc(1, 9, 1));
        existing.put("c", EvidenceCode.h(1, 1, 1, 2));
        KdclException e = catchThrowableOfType(KdclException.class, () -> EvidenceCodeBook.of(tt57, existing));
        assertThat(e.problems()).extracting(Problem::code).containsExactly(
                EvidenceCodeErrors.UNKNOWN_CRITERION, EvidenceCodeErrors.SCHEME_NOT_OF_CATALOG);
        assertThat(e.problems().get(0).where()).isEqualTo("minh chứng/item \"b\" \"MC.1.9.01\"");
    }

    @Test
    void duplicatePublishedCodesAreRefusedNamingBothItems() {
        Map<String, EvidenceCode> existing = new LinkedHashMap<>();
        existing.put("ke-hoach", EvidenceCode.mc(1, 1, 1));
        existing.put("bien-ban", EvidenceCode.mc(1, 1, 1));
        existing.put("quyet-dinh", EvidenceCode.mc(1, 1, 2));
        KdclException e = catchThrowableOfType(KdclException.class, () -> EvidenceCodeBook.of(tt57, existing));
        assertThat(e.problems()).hasSize(1);
        Problem p = e.problems().get(0);
        assertThat(p.code()).isEqualTo(EvidenceCodeErrors.DUPLICATE_CODE);
        assertThat(p.message()).contains("\"bien-ban\"").contains("\"ke-hoach\"").contains("MC.1.1.01");

        // the same criterion and sequence in two boxes is the same evidence number twice
        KdclException boxes = catchThrowableOfType(KdclException.class, () -> EvidenceCodeBook.of(old,
                Map.of("a", EvidenceCode.h(1, 1, 1, 1), "b", EvidenceCode.h(2, 1, 1, 1))));
        assertThat(boxes.code()).isEqualTo(EvidenceCodeErrors.DUPLICATE_CODE);
        assertThat(boxes.problems().get(0).message()).contains("[H1-1.1-01]").contains("[H2-1.1-01]");
    }

    @Test
    void storedBookCanBeRebuiltWithItsRetiredCodes() {
        EvidenceCodeBook book = EvidenceCodeBook.empty(old)
                .assign("a", "1.1").assign("b", "1.1").assign("c", "2.1").remove("b");
        EvidenceCodeBook reloaded = EvidenceCodeBook.of(old, book.codes(), book.retiredCodes());
        assertThat(reloaded.entries()).isEqualTo(book.entries());
        assertThat(reloaded.issuedCodes()).isEqualTo(book.issuedCodes());
        assertThat(reloaded.assign("d", "1.1").codeOf("d")).contains(EvidenceCode.h(1, 1, 1, 3));

        assertProblem(() -> EvidenceCodeBook.of(old, book.codes(), List.of(EvidenceCode.h(1, 1, 1, 1))),
                EvidenceCodeErrors.RETIRED_CODE_ASSIGNED);
        assertProblem(() -> EvidenceCodeBook.of(old, Map.of(), List.of(EvidenceCode.mc(1, 1, 1))),
                EvidenceCodeErrors.SCHEME_NOT_OF_CATALOG);
        assertProblem(() -> EvidenceCodeBook.of(old, Map.of(" ", EvidenceCode.h(1, 1, 1, 1))),
                EvidenceCodeErrors.INVALID_ITEM_ID);
    }

    @Test
    void assignInCatalogOrderCodesUnderTheFirstCriterionInCatalogOrder() {
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        uses.put("quy-che", Set.of("2.1", "1.3"));
        uses.put("ke-hoach", Set.of("1.1", "1.2", "3.1"));
        uses.put("bien-ban", Set.of("3.1", "1.1"));
        uses.put("anh", Set.of("4.3"));
        EvidenceCodeBook book = EvidenceCodeBook.assignInCatalogOrder(tt57, uses);
        assertThat(book.entries()).extracting(e -> e.itemId() + "=" + e.code()).containsExactly(
                "bien-ban=MC.1.1.01", "ke-hoach=MC.1.1.02", "quy-che=MC.1.3.01", "anh=MC.4.3.01");
    }

    @Test
    void assignInCatalogOrderFollowsTheCatalogNotTheCodeText() {
        // a catalog whose criteria are listed 1.2 before 1.1 (order is the catalog's, not numeric)
        Catalog reordered = TestCatalogs.catalog("TEST-ORDER", EvidenceCodeScheme.MC, List.of(
                new vn.kdclgd.rules.catalog.Standard(1, "Tiêu chuẩn 1", List.of(),
                        List.of(TestCatalogs.criterion("1.2"), TestCatalogs.criterion("1.1")))));
        EvidenceCodeBook book = EvidenceCodeBook.assignInCatalogOrder(reordered, Map.of("a", Set.of("1.1", "1.2")));
        assertThat(book.codeOf("a")).contains(EvidenceCode.mc(1, 2, 1));
    }

    @Test
    void assignInCatalogOrderLeavesExistingCodesAlone() {
        EvidenceCodeBook published = EvidenceCodeBook.of(tt57, Map.of("ke-hoach", EvidenceCode.mc(2, 1, 4)));
        EvidenceCodeBook book = published.assignInCatalogOrder(Map.of(
                "ke-hoach", Set.of("1.1"), "bien-ban", Set.of("2.1", "3.1"), "anh", Set.of("1.1")));
        assertThat(book.codeOf("ke-hoach")).contains(EvidenceCode.mc(2, 1, 4));
        assertThat(book.codeOf("bien-ban")).contains(EvidenceCode.mc(2, 1, 5));
        assertThat(book.codeOf("anh")).contains(EvidenceCode.mc(1, 1, 1));
    }

    @Test
    void assignInCatalogOrderReportsEveryProblem() {
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        uses.put("a", Set.of("1.1", "9.9"));
        uses.put("b", Set.of());
        uses.put(" ", Set.of("1.1"));
        KdclException e = catchThrowableOfType(KdclException.class,
                () -> EvidenceCodeBook.assignInCatalogOrder(tt57, uses));
        assertThat(e.problems()).extracting(Problem::code).containsExactlyInAnyOrder(
                EvidenceCodeErrors.INVALID_ITEM_ID, EvidenceCodeErrors.UNKNOWN_CRITERION,
                EvidenceCodeErrors.ITEM_WITHOUT_CRITERION);
    }

    @Test
    void assignInCatalogOrderStopsAt99() {
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            uses.put(String.format("item-%03d", i), Set.of("1.1"));
        }
        KdclException e = catchThrowableOfType(KdclException.class,
                () -> EvidenceCodeBook.assignInCatalogOrder(tt57, uses));
        assertThat(e.problems()).extracting(Problem::code).containsExactly(EvidenceCodeErrors.SEQUENCE_EXHAUSTED);
        assertThat(e.problems().get(0).message()).contains("\"item-099\"");
        uses.remove("item-099");
        assertThat(EvidenceCodeBook.assignInCatalogOrder(tt57, uses).codeOf("item-098"))
                .contains(EvidenceCode.mc(1, 1, 99));
    }

    @Test
    void toStringIsShort() {
        assertThat(EvidenceCodeBook.empty(old).assign("a", "1.1").toString()).isEqualTo(
                "EvidenceCodeBook[catalog=TEST-H, scheme=H, items=1, issued=1, boxPolicy=BoxPolicy.standardNumber()]");
    }

    private static void assertProblem(Supplier<?> action, String code) {
        KdclException e = catchThrowableOfType(KdclException.class, action::get);
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.problems().get(0).message()).contains(" / ");
    }
}
