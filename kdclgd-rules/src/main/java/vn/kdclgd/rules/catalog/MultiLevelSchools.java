package vn.kdclgd.rules.catalog;

import java.util.Objects;

/**
 * A catalog's declaration that multi-level schools are rated per cấp học.
 *
 * @param policy how the parts are combined
 * @param status how sure this is (no TT57 source states the rule)
 */
public record MultiLevelSchools(MultiLevelPolicy policy, String status) {
    /** Validates the components. */
    public MultiLevelSchools {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(status, "status");
    }
}
