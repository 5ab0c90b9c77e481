package vn.kdclgd.rules.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A transitional provision that changes how the catalog is applied for a period.
 *
 * @param type       {@link #QUANTITATIVE_DATA_WARN_ONLY} or a vendor-defined type
 * @param from       first day (inclusive)
 * @param until      last day (inclusive)
 * @param article    basis, e.g. {@code khoản 4 Điều 27}
 * @param text       the provision's wording where quoted
 * @param textStatus how sure the wording is
 */
public record TransitionalRule(String type, LocalDate from, LocalDate until, String article,
                               Optional<String> text, String textStatus) {
    /** Quantitative data may only warn, never make a school fail (TT57 khoản 4 Điều 27). */
    public static final String QUANTITATIVE_DATA_WARN_ONLY = "quantitativeDataWarnOnly";

    /** Validates the components. */
    public TransitionalRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textStatus, "textStatus");
    }

    /** Whether {@code date} falls in the period. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
