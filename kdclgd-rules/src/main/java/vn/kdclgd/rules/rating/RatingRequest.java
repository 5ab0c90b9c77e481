package vn.kdclgd.rules.rating;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import vn.kdclgd.rules.catalog.Catalog;

/**
 * A rating request as read from JSON ({@link RatingJson#readRequest}): the catalog and either one set
 * of judgements for the whole school or one per cấp học.
 *
 * @param catalog    the catalog to rate against
 * @param judgements the whole school's judgements (empty when {@code parts} is used)
 * @param parts      cấp học → judgements, for a multi-level school rated per cấp học; empty otherwise
 * @param options    rating options
 */
public record RatingRequest(Catalog catalog, Judgements judgements, Map<String, Judgements> parts, RatingOptions options) {
    /** Validates the components and makes them immutable. */
    public RatingRequest {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(judgements, "judgements");
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        Objects.requireNonNull(options, "options");
    }

    /** Rates the request. */
    public RatingResult rate() {
        return parts.isEmpty() ? RatingEngine.rate(catalog, judgements, options)
                : RatingEngine.rateParts(catalog, parts, options);
    }
}
