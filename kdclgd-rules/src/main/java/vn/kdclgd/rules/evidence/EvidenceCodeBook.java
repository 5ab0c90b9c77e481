package vn.kdclgd.rules.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.internal.evidence.EvidenceProblems;

/**
 * The immutable ledger of evidence codes of one self-assessment (or one school): which evidence item
 * carries which code, and every code ever issued — including the codes of removed items, which are
 * <em>retired</em> and never issued again. Every operation returns a new book.
 *
 * <p>Rules kept by the book:
 * <ul>
 *   <li><b>one code per item, first use wins</b>: an item that serves several criteria is coded once,
 *       under the criterion where it is first used; assigning it again (to any criterion) keeps its code;</li>
 *   <li><b>never renumber</b>: a new code of a criterion gets the highest sequence <em>ever issued</em>
 *       for that criterion + 1; gaps left by removed items are never filled, and no code changes once
 *       issued;</li>
 *   <li><b>two digits</b>: a criterion has at most 99 codes; the 100th is refused ({@code KDCL-3030});</li>
 *   <li><b>one item per code</b>: two items never share a criterion and sequence (in whatever box).</li>
 * </ul>
 * For the {@link EvidenceCodeScheme#H} scheme the box of a new code comes from the {@link BoxPolicy}
 * (default: box = standard number); codes already issued keep their boxes.
 *
 * <p>To persist a book, store {@link #codes()} and {@link #retiredCodes()} (e.g. as canonical text)
 * and rebuild it with {@link #of(Catalog, Map, Collection)}.
 *
 * <p>The class has no value equality; compare {@link #entries()} and {@link #issuedCodes()}.
 */
public final class EvidenceCodeBook {

    private final Catalog catalog;
    private final BoxPolicy boxPolicy;
    private final SortedMap<String, EvidenceCode> byItem;
    private final Map<EvidenceCode, String> itemByCode;
    private final SortedSet<EvidenceCode> issued;
    private final Map<String, Integer> highest;

    private EvidenceCodeBook(Catalog catalog, BoxPolicy boxPolicy, TreeMap<String, EvidenceCode> byItem,
                             TreeSet<EvidenceCode> issued) {
        this.catalog = catalog;
        this.boxPolicy = boxPolicy;
        this.byItem = Collections.unmodifiableSortedMap(byItem);
        Map<EvidenceCode, String> reverse = new HashMap<>();
        byItem.forEach((item, code) -> reverse.put(code, item));
        this.itemByCode = reverse;
        this.issued = Collections.unmodifiableSortedSet(issued);
        Map<String, Integer> hi = new HashMap<>();
        for (EvidenceCode c : issued) {
            hi.merge(c.criterionCode(), c.sequence(), Math::max);
        }
        this.highest = hi;
    }

    // ---- factories -----------------------------------------------------------------------------

    /**
     * An empty book for a self-assessment under {@code catalog}, with the default box policy
     * ({@link BoxPolicy#standardNumber()}).
     *
     * @param catalog the catalog: gives the scheme and the criteria codes may be issued for
     * @return the empty book
     */
    public static EvidenceCodeBook empty(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new EvidenceCodeBook(catalog, BoxPolicy.standardNumber(), new TreeMap<>(), new TreeSet<>());
    }

    /**
     * A book holding codes already published. Equivalent to {@link #of(Catalog, Map, Collection)} with no
     * retired codes.
     *
     * @param catalog  the catalog
     * @param existing item id → its published code
     * @return the book
     * @throws KdclException with every problem found: a code of another scheme ({@code KDCL-3020}) or of
     *                       a criterion not in the catalog ({@code KDCL-3021}), two items with the same
     *                       code ({@code KDCL-3031}, naming both items), a blank item id ({@code KDCL-3033})
     */
    public static EvidenceCodeBook of(Catalog catalog, Map<String, EvidenceCode> existing) {
        return of(catalog, existing, List.of());
    }

    /**
     * A book holding codes already published and codes retired earlier (codes of removed items), e.g.
     * when a stored book is loaded again. New codes continue after the highest sequence among both.
     *
     * @param catalog  the catalog
     * @param existing item id → its published code
     * @param retired  codes issued earlier whose items were removed
     * @return the book
     * @throws KdclException with every problem found: as {@link #of(Catalog, Map)}, plus a retired code
     *                       still assigned to an item ({@code KDCL-3032})
     */
    public static EvidenceCodeBook of(Catalog catalog, Map<String, EvidenceCode> existing,
                                      Collection<EvidenceCode> retired) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(retired, "retired");
        List<Problem> problems = new ArrayList<>();
        TreeMap<String, EvidenceCode> byItem = new TreeMap<>();
        existing.forEach((item, code) -> {
            Objects.requireNonNull(item, "item id");
            Objects.requireNonNull(code, "code of item " + item);
            byItem.put(item, code);
        });
        Map<Key, Map.Entry<String, EvidenceCode>> seen = new HashMap<>();
        for (Map.Entry<String, EvidenceCode> e : byItem.entrySet()) {
            String item = e.getKey();
            EvidenceCode code = e.getValue();
            if (item.isBlank()) {
                problems.add(EvidenceProblems.invalidItemId(item));
            }
            for (Problem p : EvidenceCodes.validate(code, catalog)) {
                problems.add(p.within(itemWhere(item)));
            }
            Map.Entry<String, EvidenceCode> earlier = seen.putIfAbsent(Key.of(code), e);
            if (earlier != null) {
                problems.add(EvidenceProblems.duplicateCode(earlier.getValue(), earlier.getKey(), code, item));
            }
        }
        TreeSet<EvidenceCode> issued = new TreeSet<>(byItem.values());
        for (EvidenceCode code : new TreeSet<>(retired)) {
            for (Problem p : EvidenceCodes.validate(code, catalog)) {
                problems.add(p.within("mã đã thu hồi/retired code"));
            }
            Map.Entry<String, EvidenceCode> holder = seen.get(Key.of(code));
            if (holder != null) {
                problems.add(EvidenceProblems.retiredCodeAssigned(code, holder.getKey()));
            }
            issued.add(code);
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        return new EvidenceCodeBook(catalog, BoxPolicy.standardNumber(), byItem, issued);
    }

    /**
     * Codes every item of {@code uses} in an empty book, each under the first criterion — in the
     * catalog's criterion order — that uses it. Same as {@code empty(catalog).assignInCatalogOrder(uses)}.
     *
     * @param catalog the catalog
     * @param uses    item id → codes of the criteria that use the item
     * @return the book
     * @throws KdclException see {@link #assignInCatalogOrder(Map)}
     */
    public static EvidenceCodeBook assignInCatalogOrder(Catalog catalog,
                                                        Map<String, ? extends Collection<String>> uses) {
        return empty(catalog).assignInCatalogOrder(uses);
    }

    // ---- configuration -------------------------------------------------------------------------

    /**
     * The same book with another box policy for new {@link EvidenceCodeScheme#H} codes. Codes already
     * issued keep their boxes.
     *
     * @param policy the policy
     * @return the book with the policy
     * @throws KdclException {@code KDCL-3034} (one problem per standard) when, for an H catalog, the
     *                       policy gives no box in 1–99 for some standard of the catalog
     */
    public EvidenceCodeBook withBoxPolicy(BoxPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (catalog.evidenceCodeScheme() == EvidenceCodeScheme.H) {
            List<Problem> problems = new ArrayList<>();
            for (Standard s : catalog.standards()) {
                try {
                    int box = policy.boxFor(s.number());
                    if (box < 1 || box > EvidenceCode.MAX_NUMBER) {
                        problems.add(EvidenceProblems.noBoxForStandard(s.number(),
                                "chính sách hộp cho số " + box, "the policy gives " + box));
                    }
                } catch (KdclException ex) {
                    problems.addAll(ex.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new KdclException(problems);
            }
        }
        return new EvidenceCodeBook(catalog, policy, new TreeMap<>(byItem), new TreeSet<>(issued));
    }

    /**
     * The box policy for new {@link EvidenceCodeScheme#H} codes.
     *
     * @return the policy
     */
    public BoxPolicy boxPolicy() {
        return boxPolicy;
    }

    /**
     * The catalog the book was made for.
     *
     * @return the catalog
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * The scheme of the book's codes, the catalog's {@link Catalog#evidenceCodeScheme()}.
     *
     * @return the scheme
     */
    public EvidenceCodeScheme scheme() {
        return catalog.evidenceCodeScheme();
    }

    // ---- operations ----------------------------------------------------------------------------

    /**
     * Gives {@code itemId} a code for its use under {@code criterionCode}. An item that already has a
     * code keeps it, whatever the criterion (first-use rule), and the same book is returned. Otherwise
     * the item gets the next code of the criterion: highest sequence ever issued for it + 1.
     *
     * @param itemId        the evidence item's id (not blank)
     * @param criterionCode the criterion where the item is used, e.g. {@code 1.10}
     * @return the book with the item coded
     * @throws KdclException {@code KDCL-3033} blank item id; {@code KDCL-3021} criterion not in the
     *                       catalog; {@code KDCL-3030} the criterion's 99 codes are used up;
     *                       {@code KDCL-3034} the box policy has no box for the standard
     */
    public EvidenceCodeBook assign(String itemId, String criterionCode) {
        checkItemId(itemId);
        Criterion criterion = criterionOrThrow(criterionCode, itemWhere(itemId));
        if (byItem.containsKey(itemId)) {
            return this;
        }
        EvidenceCode code = codeAfter(criterion, highestSequence(criterion.code()), itemId);
        TreeMap<String, EvidenceCode> items = new TreeMap<>(byItem);
        items.put(itemId, code);
        TreeSet<EvidenceCode> all = new TreeSet<>(issued);
        all.add(code);
        return new EvidenceCodeBook(catalog, boxPolicy, items, all);
    }

    /**
     * Codes every item of {@code uses} that has no code yet under the first criterion, in the catalog's
     * criterion order, that uses it. Items that already have a code keep it. Deterministic: items coded
     * under the same criterion get their sequences in the order of their ids ({@link String#compareTo}),
     * so the result does not depend on the iteration order of {@code uses} or of its sets.
     *
     * @param uses item id → codes of the criteria that use the item (each a criterion of the catalog)
     * @return the book with every item coded
     * @throws KdclException with every problem found: {@code KDCL-3033} blank item id, {@code KDCL-3021}
     *                       unknown criterion, {@code KDCL-3035} an uncoded item with no criterion,
     *                       {@code KDCL-3030} a criterion's 99 codes used up, {@code KDCL-3034} no box
     */
    public EvidenceCodeBook assignInCatalogOrder(Map<String, ? extends Collection<String>> uses) {
        Objects.requireNonNull(uses, "uses");
        Map<String, Integer> order = new HashMap<>();
        List<Criterion> criteria = catalog.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            order.putIfAbsent(criteria.get(i).code(), i);
        }
        List<Problem> problems = new ArrayList<>();
        TreeMap<Integer, TreeSet<String>> byFirstCriterion = new TreeMap<>();
        for (Map.Entry<String, ? extends Collection<String>> e : new TreeMap<>(uses).entrySet()) {
            String item = e.getKey();
            Objects.requireNonNull(e.getValue(), "uses of item " + item);
            if (item.isBlank()) {
                problems.add(EvidenceProblems.invalidItemId(item));
                continue;
            }
            int first = Integer.MAX_VALUE;
            for (String code : new TreeSet<>(e.getValue())) {
                Integer index = order.get(code.strip());
                if (index == null) {
                    problems.add(EvidenceProblems.unknownCriterion(itemWhere(item), code, catalog.id()));
                } else {
                    first = Math.min(first, index);
                }
            }
            if (byItem.containsKey(item)) {
                continue;
            }
            if (e.getValue().isEmpty()) {
                problems.add(EvidenceProblems.itemWithoutCriterion(item));
            } else if (first != Integer.MAX_VALUE) {
                byFirstCriterion.computeIfAbsent(first, k -> new TreeSet<>()).add(item);
            }
        }
        TreeMap<String, EvidenceCode> items = new TreeMap<>(byItem);
        TreeSet<EvidenceCode> all = new TreeSet<>(issued);
        for (Map.Entry<Integer, TreeSet<String>> e : byFirstCriterion.entrySet()) {
            Criterion criterion = criteria.get(e.getKey());
            int seq = highestSequence(criterion.code());
            for (String item : e.getValue()) {
                try {
                    EvidenceCode code = codeAfter(criterion, seq, item);
                    seq = code.sequence();
                    items.put(item, code);
                    all.add(code);
                } catch (KdclException ex) {
                    problems.addAll(ex.problems());
                    break; // one problem per criterion
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        return new EvidenceCodeBook(catalog, boxPolicy, items, all);
    }

    /**
     * The book without {@code itemId}. Its code stays issued (retired) and is never given again; the
     * item, if assigned again, gets a new code. Removing an unknown item returns the same book.
     *
     * @param itemId the item's id
     * @return the book without the item
     */
    public EvidenceCodeBook remove(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        if (!byItem.containsKey(itemId)) {
            return this;
        }
        TreeMap<String, EvidenceCode> items = new TreeMap<>(byItem);
        items.remove(itemId);
        return new EvidenceCodeBook(catalog, boxPolicy, items, new TreeSet<>(issued));
    }

    /**
     * The code the next item used under {@code criterionCode} would get, without assigning it.
     *
     * @param criterionCode a criterion of the catalog, e.g. {@code 1.10}
     * @return the next code
     * @throws KdclException {@code KDCL-3021}, {@code KDCL-3030} or {@code KDCL-3034} as for
     *                       {@link #assign(String, String)}
     */
    public EvidenceCode nextCode(String criterionCode) {
        Criterion criterion = criterionOrThrow(criterionCode, "");
        return codeAfter(criterion, highestSequence(criterion.code()), "");
    }

    // ---- queries -------------------------------------------------------------------------------

    /**
     * The code of an item.
     *
     * @param itemId the item's id
     * @return its code, or empty when the item has none (never coded or removed)
     */
    public Optional<EvidenceCode> codeOf(String itemId) {
        return Optional.ofNullable(byItem.get(itemId));
    }

    /**
     * The item that carries {@code code}.
     *
     * @param code the code
     * @return the item's id, or empty when no current item carries it (never issued or retired)
     */
    public Optional<String> itemOf(EvidenceCode code) {
        return Optional.ofNullable(itemByCode.get(code));
    }

    /**
     * The highest sequence ever issued for a criterion, retired codes included.
     *
     * @param criterionCode the criterion, e.g. {@code 1.10}
     * @return the sequence, 0 when none was issued
     */
    public int highestSequence(String criterionCode) {
        return highest.getOrDefault(criterionCode, 0);
    }

    /**
     * Every coded item with its code, sorted by code (numeric order, see {@link EvidenceCode}).
     *
     * @return the entries
     */
    public List<Entry> entries() {
        List<Entry> list = new ArrayList<>(byItem.size());
        byItem.forEach((item, code) -> list.add(new Entry(item, code)));
        list.sort(null);
        return List.copyOf(list);
    }

    /**
     * Item id → code, sorted by item id; unmodifiable.
     *
     * @return the codes of the current items
     */
    public SortedMap<String, EvidenceCode> codes() {
        return byItem;
    }

    /**
     * Every code ever issued by or loaded into this book: current and retired, sorted; unmodifiable.
     *
     * @return the issued codes
     */
    public SortedSet<EvidenceCode> issuedCodes() {
        return issued;
    }

    /**
     * The codes of removed items, never to be issued again; sorted.
     *
     * @return the retired codes
     */
    public SortedSet<EvidenceCode> retiredCodes() {
        TreeSet<EvidenceCode> retired = new TreeSet<>(issued);
        retired.removeAll(byItem.values());
        return Collections.unmodifiableSortedSet(retired);
    }

    /**
     * The number of coded items.
     *
     * @return the number of items
     */
    public int size() {
        return byItem.size();
    }

    /**
     * A short description: catalog, number of items and of issued codes.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "EvidenceCodeBook[catalog=" + catalog.id() + ", scheme=" + scheme() + ", items=" + byItem.size()
                + ", issued=" + issued.size() + ", boxPolicy=" + boxPolicy + "]";
    }

    // ---- helpers -------------------------------------------------------------------------------

    private EvidenceCode codeAfter(Criterion criterion, int highestSoFar, String itemId) {
        int next = highestSoFar + 1;
        if (next > EvidenceCode.MAX_NUMBER) {
            throw new KdclException(EvidenceProblems.sequenceExhausted(criterion.code(), itemId));
        }
        int standard = criterion.standardNumber();
        OptionalInt box = OptionalInt.empty();
        if (scheme() == EvidenceCodeScheme.H) {
            int b = boxPolicy.boxFor(standard);
            if (b < 1 || b > EvidenceCode.MAX_NUMBER) {
                throw new KdclException(EvidenceProblems.noBoxForStandard(standard,
                        "chính sách hộp cho số " + b, "the policy gives " + b));
            }
            box = OptionalInt.of(b);
        }
        return new EvidenceCode(scheme(), box, standard, criterion.numberInStandard(), next);
    }

    private Criterion criterionOrThrow(String criterionCode, String where) {
        Objects.requireNonNull(criterionCode, "criterionCode");
        return catalog.criterion(criterionCode.strip()).orElseThrow(() -> new KdclException(
                EvidenceProblems.unknownCriterion(where, criterionCode, catalog.id())));
    }

    private static void checkItemId(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        if (itemId.isBlank()) {
            throw new KdclException(EvidenceProblems.invalidItemId(itemId));
        }
    }

    private static String itemWhere(String itemId) {
        return "minh chứng/item " + EvidenceProblems.quote(itemId);
    }

    /** Identity of a code within one scheme for the one-item-per-code rule: the box does not count. */
    private record Key(int standard, int criterion, int sequence) {
        static Key of(EvidenceCode c) {
            return new Key(c.standard(), c.criterion(), c.sequence());
        }
    }

    /**
     * One coded item.
     *
     * @param itemId the item's id
     * @param code   its code
     */
    public record Entry(String itemId, EvidenceCode code) implements Comparable<Entry> {
        /**
         * Validates the components.
         *
         * @throws NullPointerException when a component is null
         */
        public Entry {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(code, "code");
        }

        /**
         * Order by code, then by item id.
         *
         * @param other the entry to compare with
         * @return negative, zero or positive
         */
        @Override
        public int compareTo(Entry other) {
            int c = code.compareTo(other.code);
            return c != 0 ? c : itemId.compareTo(other.itemId);
        }
    }
}
