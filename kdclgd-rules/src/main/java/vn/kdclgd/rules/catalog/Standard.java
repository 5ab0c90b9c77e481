package vn.kdclgd.rules.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A standard (tiêu chuẩn) and its criteria, in the act's order.
 *
 * @param number       1, 2, …
 * @param name         verbatim name
 * @param nameVariants other wordings found in other sources
 * @param criteria     the criteria, in order
 */
public record Standard(int number, String name, List<String> nameVariants, List<Criterion> criteria) {
    /** Validates the components and makes them immutable. */
    public Standard {
        Objects.requireNonNull(name, "name");
        nameVariants = List.copyOf(nameVariants);
        criteria = List.copyOf(criteria);
    }
}
