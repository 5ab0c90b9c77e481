package vn.kdclgd.rules.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A suspected transcription slip or other known issue in a catalog's text, kept visible rather than
 * silently corrected.
 *
 * @param criterion the criterion concerned, if any
 * @param level     the level concerned, if any
 * @param key       the item key concerned, if any
 * @param note      what is suspected and what the other circulars read
 */
public record KnownIssue(Optional<String> criterion, OptionalInt level, Optional<String> key, String note) {
    /** Validates the components. */
    public KnownIssue {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(note, "note");
    }
}
