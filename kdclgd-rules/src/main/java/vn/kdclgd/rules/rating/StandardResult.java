package vn.kdclgd.rules.rating;

import java.util.List;

/**
 * Counts per standard, as the report's "Kết luận về Tiêu chuẩn" gives them: for each level, how many
 * criteria reach it out of how many have it ("Số lượng tiêu chí đạt Mức 1: x/y").
 *
 * @param number  standard number
 * @param reached index {@code l - 1} → number of criteria at Mức l or above
 * @param outOf   index {@code l - 1} → number of criteria that have Mức l
 */
public record StandardResult(int number, List<Integer> reached, List<Integer> outOf) {
    /** Makes the lists immutable. */
    public StandardResult {
        reached = List.copyOf(reached);
        outOf = List.copyOf(outOf);
    }

    /** Criteria at Mức {@code level} or above. */
    public int reached(int level) {
        return reached.get(level - 1);
    }

    /** Criteria that have Mức {@code level}. */
    public int outOf(int level) {
        return outOf.get(level - 1);
    }
}
