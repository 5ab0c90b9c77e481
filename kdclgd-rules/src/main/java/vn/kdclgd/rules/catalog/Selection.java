package vn.kdclgd.rules.catalog;

/** Which criteria a {@link Condition.CriteriaCondition} counts. */
public enum Selection {
    /** Every criterion. */
    ALL,
    /** The mandatory criteria (TT57 tiêu chí bắt buộc). */
    MANDATORY,
    /** The criteria that are not mandatory. */
    NON_MANDATORY;

    /** Whether {@code criterion} is selected. */
    public boolean selects(Criterion criterion) {
        return switch (this) {
            case ALL -> true;
            case MANDATORY -> criterion.mandatory();
            case NON_MANDATORY -> !criterion.mandatory();
        };
    }
}
