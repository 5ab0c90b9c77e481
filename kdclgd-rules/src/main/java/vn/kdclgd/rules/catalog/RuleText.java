package vn.kdclgd.rules.catalog;

import java.util.Objects;

/**
 * The act's wording of a rule, where it was found and how sure the wording is.
 *
 * @param text       the wording
 * @param where      where it stands (form, article)
 * @param textStatus how sure the wording is
 */
public record RuleText(String text, String where, String textStatus) {
    /** Validates the components. */
    public RuleText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(textStatus, "textStatus");
    }
}
