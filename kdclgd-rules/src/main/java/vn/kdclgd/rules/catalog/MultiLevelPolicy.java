package vn.kdclgd.rules.catalog;

/**
 * How a multi-level school (trường phổ thông có nhiều cấp học) is rated when each cấp học is rated
 * separately. No source states the TT57 rule; {@link #LOWEST} is an implementation choice.
 */
public enum MultiLevelPolicy {
    /** Rate each cấp học and give the school the lowest level. */
    LOWEST,
    /** Rate each cấp học and give no combined level. */
    PER_LEVEL
}
