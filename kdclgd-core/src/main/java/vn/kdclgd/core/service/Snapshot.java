package vn.kdclgd.core.service;

import java.util.Objects;

/**
 * The canonical JSON of a self-assessment as it would be (or was) published, its SHA-256 and the
 * school level of its rating. The same content always gives the same bytes and hash.
 *
 * @param json        canonical JSON (keys sorted, no insignificant white space, Unicode NFC)
 * @param sha256      lower-case hex SHA-256 of the UTF-8 bytes of {@code json}
 * @param schoolLevel the school level of the rating (0 = không đạt Mức 1)
 */
public record Snapshot(String json, String sha256, int schoolLevel) {
    /** Validates the components. */
    public Snapshot {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sha256, "sha256");
    }
}
