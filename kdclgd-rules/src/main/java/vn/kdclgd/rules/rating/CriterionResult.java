package vn.kdclgd.rules.rating;

import java.util.List;
import java.util.Objects;

/**
 * The rating of one criterion.
 *
 * @param code       criterion code
 * @param mandatory  TT57 tiêu chí bắt buộc
 * @param level      level reached (0 = không đạt Mức 1); with missing judgements, the level reached
 *                   for sure
 * @param upperBound the level that would be reached if every missing judgement were "met"
 * @param maxLevel   the criterion's highest level
 * @param levels     status of each level: index 0 is Mức 1, index {@code maxLevel - 1} the highest
 */
public record CriterionResult(String code, boolean mandatory, int level, int upperBound, int maxLevel,
                              List<LevelStatus> levels) {
    /** Validates the components and makes them immutable. */
    public CriterionResult {
        Objects.requireNonNull(code, "code");
        levels = List.copyOf(levels);
        if (levels.size() != maxLevel) {
            throw new IllegalArgumentException("one status per level 1.." + maxLevel + " expected, got " + levels.size());
        }
    }

    /** The status of {@code level} (1-based). */
    public LevelStatus status(int level) {
        return levels.get(level - 1);
    }

    /** Whether missing judgements cannot change the level. */
    public boolean determined() {
        return level == upperBound;
    }
}
