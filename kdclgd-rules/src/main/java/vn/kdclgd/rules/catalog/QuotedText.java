package vn.kdclgd.rules.catalog;

import java.util.Objects;

/**
 * A piece of regulation text with its key and how sure the wording is.
 *
 * @param key        point letter or number within its article, may be empty
 * @param text       the text
 * @param textStatus how sure the wording is (VERBATIM, QUOTED, EN, UNCERTAIN …)
 */
public record QuotedText(String key, String text, String textStatus) {
    /** Validates the components. */
    public QuotedText {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textStatus, "textStatus");
    }
}
