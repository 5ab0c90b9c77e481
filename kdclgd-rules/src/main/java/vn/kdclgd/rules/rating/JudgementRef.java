package vn.kdclgd.rules.rating;

import java.util.Objects;
import java.util.Optional;

/**
 * Points at one judgement: an item of a criterion level, or a Mức-4 item.
 *
 * @param part      the cấp học of a multi-level school, when rated per cấp học
 * @param criterion the criterion; empty for a Mức-4 item
 * @param level     the level (4 for a Mức-4 item)
 * @param key       the item key
 * @param text      the item's regulation text
 * @param missing   true when the judgement is missing, false when it is "không đạt"
 */
public record JudgementRef(Optional<String> part, Optional<String> criterion, int level, String key, String text,
                           boolean missing) {
    /** Validates the components. */
    public JudgementRef {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }

    /** A short label, e.g. {@code 1.3 Mức 2 b}, {@code Mức 4 khoản 2} or {@code [THCS] 1.3 Mức 1 a}. */
    public String label() {
        String base = criterion.map(c -> c + " Mức " + level + " " + key).orElse("Mức 4 khoản " + key);
        return part.map(p -> "[" + p + "] " + base).orElse(base);
    }

    /** The same reference for the cấp học {@code partName}. */
    public JudgementRef inPart(String partName) {
        return new JudgementRef(Optional.of(partName), criterion, level, key, text, missing);
    }
}
