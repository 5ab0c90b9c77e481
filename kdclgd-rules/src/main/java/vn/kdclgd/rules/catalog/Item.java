package vn.kdclgd.rules.catalog;

import java.util.Objects;

/**
 * One requirement (chỉ báo / yêu cầu) of a criterion level, or one Mức-4 item: its key and verbatim
 * text.
 *
 * @param key  the act's letter ({@code a}, {@code b} …) or, for Mức-4 items, the khoản number
 * @param text verbatim regulation text
 */
public record Item(String key, String text) {
    /** Validates the components. */
    public Item {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
