package vn.kdclgd.rules.internal.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.evidence.BoxPolicy;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodeErrors;

/** The built-in {@link BoxPolicy} implementations (value types with readable {@code toString}). */
public final class BoxPolicies {

    /** Box = standard number. */
    public static final BoxPolicy STANDARD_NUMBER = new StandardNumber();

    private BoxPolicies() {
    }

    /** A fixed box. */
    public static BoxPolicy fixed(int box) {
        checkBox(box, "fixed");
        return new Fixed(box);
    }

    /** A box per standard. */
    public static BoxPolicy perStandard(Map<Integer, Integer> boxes) {
        Objects.requireNonNull(boxes, "boxes");
        TreeMap<Integer, Integer> copy = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        boxes.forEach((standard, box) -> {
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(box, "box");
            if (box < 1 || box > EvidenceCode.MAX_NUMBER) {
                problems.add(outOfRange(box, "standard " + standard));
            }
            copy.put(standard, box);
        });
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        return new PerStandard(Map.copyOf(copy), copy.toString());
    }

    private static void checkBox(int box, String where) {
        if (box < 1 || box > EvidenceCode.MAX_NUMBER) {
            throw new KdclException(outOfRange(box, where));
        }
    }

    private static Problem outOfRange(int box, String where) {
        return Problem.of(EvidenceCodeErrors.NUMBER_OUT_OF_RANGE, "BoxPolicy " + where,
                "số hộp phải từ 1 đến 99 (đang là " + box + ")",
                "the box number must be from 1 to 99 (found " + box + ")");
    }

    private record StandardNumber() implements BoxPolicy {
        @Override
        public int boxFor(int standard) {
            return standard;
        }

        @Override
        public String toString() {
            return "BoxPolicy.standardNumber()";
        }
    }

    private record Fixed(int box) implements BoxPolicy {
        @Override
        public int boxFor(int standard) {
            return box;
        }

        @Override
        public String toString() {
            return "BoxPolicy.fixed(" + box + ")";
        }
    }

    private record PerStandard(Map<Integer, Integer> boxes, String shown) implements BoxPolicy {
        @Override
        public int boxFor(int standard) {
            Integer box = boxes.get(standard);
            if (box == null) {
                throw new KdclException(EvidenceProblems.noBoxForStandard(standard,
                        "chính sách hộp " + shown + " không có tiêu chuẩn này",
                        "box policy " + shown + " has no entry for it"));
            }
            return box;
        }

        @Override
        public String toString() {
            return "BoxPolicy.perStandard(" + shown + ")";
        }
    }
}
