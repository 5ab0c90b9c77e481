package vn.kdclgd.rules.catalog;

import java.util.List;
import java.util.Objects;

/**
 * The Mức-4 items of the 2018 regime (Điều 22): school-level requirements judged Đạt / Không đạt
 * outside the criteria.
 *
 * @param article the article, e.g. {@code Điều 22}
 * @param items   the items; {@link Item#key()} is the khoản
 */
public record Level4(String article, List<Item> items) {
    /** Validates the components and makes them immutable. */
    public Level4 {
        Objects.requireNonNull(article, "article");
        items = List.copyOf(items);
    }
}
