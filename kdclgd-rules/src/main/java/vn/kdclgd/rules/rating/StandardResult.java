package vn.kdclgd.rules.rating;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts per standard, as the report's "Kết luận về Tiêu chuẩn" gives them: for each level, how many
 * criteria reach it out of how many have it ("Số lượng tiêu chí đạt Mức 1: x/y").
 *
 * @param number  standard number
 * @param reached level → number of criteria at that level or above
 * @param outOf   level → number of criteria that have that level
 */
public record StandardResult(int number, SortedMap<Integer, Integer> reached, SortedMap<Integer, Integer> outOf) {
    /** Makes the maps immutable. */
    public StandardResult {
        reached = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(reached)));
        outOf = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(outOf)));
    }
}
