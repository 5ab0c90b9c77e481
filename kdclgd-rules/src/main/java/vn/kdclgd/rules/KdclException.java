package vn.kdclgd.rules;

import java.util.List;
import java.util.Objects;

/**
 * Root of every exception kdclgd throws on purpose. Unchecked. Each instance carries one or more
 * {@link Problem}s: a stable code ({@code KDCL-nnnn}), where the problem is (file, JSON path,
 * criterion …) and a bilingual message saying what is wrong and what to do.
 */
public class KdclException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception for a single problem. */
    public KdclException(Problem problem) {
        this(List.of(problem), null);
    }

    /** An exception for several problems (at least one), all found in one pass. */
    public KdclException(List<Problem> problems) {
        this(problems, null);
    }

    /** An exception for several problems with the low-level cause. */
    public KdclException(List<Problem> problems, Throwable cause) {
        super(summary(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /** The stable code of the first problem, e.g. {@code KDCL-1104}. */
    public String code() {
        return problems.get(0).code();
    }

    private static String summary(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder sb = new StringBuilder()
                .append(problems.size()).append(" lỗi / problems:");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
