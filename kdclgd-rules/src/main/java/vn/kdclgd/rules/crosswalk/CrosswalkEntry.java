package vn.kdclgd.rules.crosswalk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one old criterion's content went: the target criteria in the new catalog, best match first,
 * with kdclgd's short rationale.
 *
 * @param criterion the old criterion's code, e.g. {@code 1.10}
 * @param targets   codes of the new catalog's criteria, best match first; empty when no sensible target
 *                  exists (the note says why)
 * @param note      short English rationale — kdclgd's own suggestion, not regulation text
 */
public record CrosswalkEntry(String criterion, List<String> targets, String note) {

    /** Validates the components and makes them immutable. */
    public CrosswalkEntry {
        Objects.requireNonNull(criterion, "criterion");
        targets = List.copyOf(targets);
        Objects.requireNonNull(note, "note");
    }

    /** The best matching target, if there is one. */
    public Optional<String> bestTarget() {
        return targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(0));
    }
}
