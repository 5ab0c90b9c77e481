package vn.kdclgd.rules.rating;

import java.util.Map;

/**
 * Combines the levels of the cấp học of a multi-level school into the school's level. The catalog
 * declares the default ({@link vn.kdclgd.rules.catalog.MultiLevelPolicy#LOWEST}); a vendor may supply
 * its own in {@link RatingOptions} when a supervising unit rules otherwise.
 */
@FunctionalInterface
public interface MultiLevelCombiner {
    /** The lowest part level (the default; an implementation choice, not stated by any source). */
    MultiLevelCombiner LOWEST = parts -> parts.values().stream().mapToInt(Integer::intValue).min().orElse(0);

    /**
     * The school level.
     *
     * @param partLevels cấp học (e.g. {@code THCS}) → its level, in input order; never empty
     */
    int combine(Map<String, Integer> partLevels);
}
