package vn.kdclgd.rules.crosswalk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The crosswalk from one catalog to another: one entry per criterion of the {@code from} catalog, in
 * that catalog's order.
 *
 * @param from    id of the old catalog, e.g. {@code TT17-2018}
 * @param to      id of the new catalog, e.g. {@code TT57-2026-PT}
 * @param entries one entry per old criterion
 */
public record CrosswalkMapping(String from, String to, List<CrosswalkEntry> entries) {

    /** Validates the components and makes them immutable. */
    public CrosswalkMapping {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        entries = List.copyOf(entries);
    }

    /** The entry of the old criterion {@code criterionCode}, if the mapping has one. */
    public Optional<CrosswalkEntry> entry(String criterionCode) {
        return entries.stream().filter(e -> e.criterion().equals(criterionCode)).findFirst();
    }
}
