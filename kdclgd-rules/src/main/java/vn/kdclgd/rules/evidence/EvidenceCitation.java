package vn.kdclgd.rules.evidence;

import java.util.Objects;
import java.util.Optional;

import vn.kdclgd.rules.Problem;

/**
 * Something in a piece of report text that is, or looks like, an evidence code, found by
 * {@link EvidenceCodes#scan(String)}. Either {@link #code()} or {@link #problem()} is present.
 *
 * @param start   index of the first character in the scanned text
 * @param end     index after the last character (exclusive)
 * @param text    the characters found, {@code text.substring(start, end)} of the scanned text
 * @param code    the code, when the text is a valid code
 * @param problem why the text is not a valid code, when it is not
 */
public record EvidenceCitation(int start, int end, String text, Optional<EvidenceCode> code,
                               Optional<Problem> problem) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException unless exactly one of {@code code} and {@code problem} is present
     *                                  and {@code 0 <= start <= end}
     */
    public EvidenceCitation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(problem, "problem");
        if (code.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("exactly one of code and problem must be present");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /**
     * Whether the text is a valid code.
     *
     * @return true when {@link #code()} is present
     */
    public boolean isValid() {
        return code.isPresent();
    }
}
