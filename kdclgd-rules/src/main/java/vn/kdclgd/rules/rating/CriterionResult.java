package vn.kdclgd.rules.rating;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rating of one criterion.
 *
 * @param code       criterion code
 * @param mandatory  TT57 tiêu chí bắt buộc
 * @param level      level reached (0 = không đạt Mức 1); with missing judgements, the level reached
 *                   for sure
 * @param upperBound the level that would be reached if every missing judgement were "met"
 * @param maxLevel   the criterion's highest level
 * @param levels     status of each level 1..maxLevel
 */
public record CriterionResult(String code, boolean mandatory, int level, int upperBound, int maxLevel,
                              SortedMap<Integer, LevelStatus> levels) {
    /** Validates the components and makes them immutable. */
    public CriterionResult {
        Objects.requireNonNull(code, "code");
        levels = Collections.unmodifiableSortedMap(new TreeMap<>(levels));
    }

    /** Whether missing judgements cannot change the level. */
    public boolean determined() {
        return level == upperBound;
    }
}
