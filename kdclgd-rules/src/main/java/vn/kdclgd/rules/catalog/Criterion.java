package vn.kdclgd.rules.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A criterion (tiêu chí) with its requirements per level. Levels are contiguous from 1 to
 * {@link #maxLevel()}; a criterion without Mức-3 requirements has {@code maxLevel() == 2}.
 *
 * @param code           {@code "<standard>.<n>"}, e.g. {@code 1.10}
 * @param name           verbatim name
 * @param nameVariants   other wordings found in other sources
 * @param mandatory      TT57 tiêu chí bắt buộc
 * @param levels         items per level, keys 1..maxLevel
 * @param levelTexts     TT57: the exact paragraph per level (the items are its sentences); empty otherwise
 * @param evidence       TT57 "thông tin minh chứng"; empty for the 2018 regime
 */
public record Criterion(
        String code,
        String name,
        List<String> nameVariants,
        boolean mandatory,
        SortedMap<Integer, List<Item>> levels,
        Map<Integer, String> levelTexts,
        Optional<EvidenceGuidance> evidence) {

    /** Validates the components and makes them immutable. */
    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        nameVariants = List.copyOf(nameVariants);
        TreeMap<Integer, List<Item>> copy = new TreeMap<>();
        levels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        if (copy.isEmpty() || copy.firstKey() != 1 || copy.lastKey() != copy.size()) {
            throw new IllegalArgumentException("criterion " + code + ": levels must be 1.." + copy.size());
        }
        levels = java.util.Collections.unmodifiableSortedMap(copy);
        levelTexts = Map.copyOf(levelTexts);
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Highest level this criterion has requirements for. */
    public int maxLevel() {
        return levels.lastKey();
    }

    /** The items of {@code level}; empty when the criterion has no such level. */
    public List<Item> items(int level) {
        List<Item> items = levels.get(level);
        return items == null ? List.of() : items;
    }

    /** The standard number (part before the dot of {@link #code()}). */
    public int standardNumber() {
        return Integer.parseInt(code.substring(0, code.indexOf('.')));
    }

    /** The number of the criterion within its standard (part after the dot). */
    public int numberInStandard() {
        return Integer.parseInt(code.substring(code.indexOf('.') + 1));
    }
}
