package vn.kdclgd.rules.catalog;

/**
 * How a catalog says a multi-level school (trường phổ thông có nhiều cấp học) is rated when each cấp
 * học is rated separately. No TT57 source states the rule; {@link #LOWEST} is an implementation
 * choice (the one independent implementation found does the same). A caller can replace it with its
 * own {@link vn.kdclgd.rules.rating.MultiLevelCombiner} in {@link vn.kdclgd.rules.rating.RatingOptions}.
 */
public enum MultiLevelPolicy {
    /** Rate each cấp học and give the school the lowest level. */
    LOWEST
}
