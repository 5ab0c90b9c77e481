package vn.kdclgd.rules.catalog;

import java.util.OptionalInt;

/** One condition of a school level in a {@link SchoolRule}. */
public sealed interface Condition permits Condition.CriteriaCondition, Condition.Level4Condition {

    /**
     * At least {@code atLeast} of the selected criteria are at {@code minLevel} or above.
     *
     * @param select            which criteria are counted
     * @param minLevel          the level each counted criterion must reach
     * @param atLeast           how many must reach it; empty = every selected criterion
     * @param capAtCriterionMax a criterion whose maximum level is below {@code minLevel} only needs its
     *                          maximum (2018: criteria without Mức 3 count at Mức 2)
     */
    record CriteriaCondition(Selection select, int minLevel, OptionalInt atLeast, boolean capAtCriterionMax)
            implements Condition {
        /** The level {@code criterion} must reach for this condition. */
        public int requiredLevel(Criterion criterion) {
            return capAtCriterionMax ? Math.min(minLevel, criterion.maxLevel()) : minLevel;
        }
    }

    /** Every Mức-4 item of the catalog is Đạt. */
    record Level4Condition() implements Condition {
    }
}
