package vn.kdclgd.rules.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.SchoolRule;
import vn.kdclgd.rules.catalog.Standard;

/**
 * Small catalogs built from the record constructors, for tests of the evidence package only (no loader,
 * no regulation text: names are placeholders).
 */
final class TestCatalogs {

    private TestCatalogs() {
    }

    /** Shaped like TT18-2018: H scheme, 5 standards with 10, 4, 6, 2, 6 criteria (has 1.10). */
    static Catalog oldRegime() {
        return catalog("TEST-H", EvidenceCodeScheme.H, 10, 4, 6, 2, 6);
    }

    /** Shaped like TT57-2026-PT: MC scheme, 4 standards with 4, 3, 5, 3 criteria. */
    static Catalog tt57() {
        return catalog("TEST-MC", EvidenceCodeScheme.MC, 4, 3, 5, 3);
    }

    /**
     * A catalog with standards 1..n; standard i has {@code criteriaPerStandard[i-1]} criteria coded
     * {@code i.1}, {@code i.2}, ….
     */
    static Catalog catalog(String id, EvidenceCodeScheme scheme, int... criteriaPerStandard) {
        List<Standard> standards = new ArrayList<>();
        for (int s = 1; s <= criteriaPerStandard.length; s++) {
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 1; c <= criteriaPerStandard[s - 1]; c++) {
                criteria.add(criterion(s + "." + c));
            }
            standards.add(new Standard(s, "Tiêu chuẩn " + s, List.of(), criteria));
        }
        return catalog(id, scheme, standards);
    }

    /** A catalog with the given standards. */
    static Catalog catalog(String id, EvidenceCodeScheme scheme, List<Standard> standards) {
        return new Catalog(id, "TEST", "Bộ tiêu chí thử " + id,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                LocalDate.of(2026, 1, 1), Optional.empty(), Optional.empty(),
                List.of(SchoolType.THCS), Optional.empty(), List.of(), Optional.empty(),
                2, Map.of(), Optional.empty(), scheme, standards, Optional.empty(), Optional.empty(),
                new SchoolRule("test", Optional.empty(), "test", List.of()), Optional.empty(),
                List.of(), List.of(), List.of(), List.of(), List.of(), "test fixture", "test fixture");
    }

    /** A criterion with one placeholder item at level 1. */
    static Criterion criterion(String code) {
        TreeMap<Integer, List<Item>> levels = new TreeMap<>();
        levels.put(1, List.of(new Item("a", "Yêu cầu thử")));
        return new Criterion(code, "Tiêu chí " + code, List.of(), false, levels, Map.of(), Optional.empty());
    }
}
