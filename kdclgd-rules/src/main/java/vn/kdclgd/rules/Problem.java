package vn.kdclgd.rules;

import java.util.Objects;

/**
 * One problem found in user input or data: a stable code, the place it was found and a message in
 * Vietnamese with English beside it.
 *
 * @param code    stable code, e.g. {@code KDCL-1104}; documented in {@code docs/errors.md}
 * @param where   where the problem is: a file name and/or JSON path such as
 *                {@code catalog.json $.standards[0].criteria[2].code}, or a criterion code; may be
 *                empty when the problem concerns the whole input
 * @param message Vietnamese message, " / ", English message; says what is wrong and what to do
 */
public record Problem(String code, String where, String message) {

    /** Validates the components. */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    /** A problem whose message is made of a Vietnamese and an English part. */
    public static Problem of(String code, String where, String vietnamese, String english) {
        return new Problem(code, where, vietnamese + " / " + english);
    }

    /** The same problem with a prefix (e.g. a file name) in front of {@link #where()}. */
    public Problem within(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        return new Problem(code, where.isEmpty() ? prefix : prefix + " " + where, message);
    }

    @Override
    public String toString() {
        return where.isEmpty() ? code + " " + message : code + " " + where + ": " + message;
    }
}
