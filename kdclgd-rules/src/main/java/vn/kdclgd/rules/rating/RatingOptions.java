package vn.kdclgd.rules.rating;

import java.util.Objects;
import java.util.Optional;

/**
 * Options of a rating.
 *
 * @param gaps               compute the gap analysis (on by default; off saves time in bulk statistics)
 * @param multiLevelCombiner replaces the catalog's policy for multi-level schools
 */
public record RatingOptions(boolean gaps, Optional<MultiLevelCombiner> multiLevelCombiner) {
    private static final RatingOptions DEFAULTS = new RatingOptions(true, Optional.empty());

    /** Validates the components. */
    public RatingOptions {
        Objects.requireNonNull(multiLevelCombiner, "multiLevelCombiner");
    }

    /** Gap analysis on, catalog policies. */
    public static RatingOptions defaults() {
        return DEFAULTS;
    }

    /** These options with the gap analysis on or off. */
    public RatingOptions withGaps(boolean on) {
        return new RatingOptions(on, multiLevelCombiner);
    }

    /** These options with another combiner for multi-level schools. */
    public RatingOptions withMultiLevelCombiner(MultiLevelCombiner combiner) {
        return new RatingOptions(gaps, Optional.of(combiner));
    }
}
