package vn.kdclgd.rules.rating;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The judgement of one criterion level: either the whole level (đạt / không đạt) or item by item.
 *
 * @param whole the whole-level judgement, when given that way
 * @param items item key → met, when given item by item (possibly only some items)
 */
public record LevelJudgement(Optional<Boolean> whole, Map<String, Boolean> items) {
    /** Validates the components and makes them immutable. */
    public LevelJudgement {
        Objects.requireNonNull(whole, "whole");
        items = Map.copyOf(items);
        if (whole.isPresent() && !items.isEmpty()) {
            throw new IllegalArgumentException("a level is judged either as a whole or item by item, not both");
        }
    }

    /** The whole level judged {@code met}. */
    public static LevelJudgement whole(boolean met) {
        return new LevelJudgement(Optional.of(met), Map.of());
    }

    /** The level judged item by item. */
    public static LevelJudgement items(Map<String, Boolean> items) {
        return new LevelJudgement(Optional.empty(), items);
    }

    /** The judgement of item {@code key}: the whole-level judgement, the item's own, or empty when missing. */
    public Optional<Boolean> item(String key) {
        if (whole.isPresent()) {
            return whole;
        }
        return Optional.ofNullable(items.get(key));
    }
}
