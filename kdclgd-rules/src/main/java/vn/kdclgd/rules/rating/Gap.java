package vn.kdclgd.rules.rating;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a school must still achieve to reach {@code targetLevel}: the smallest set of criteria (by the
 * number of items to work on) that satisfies the catalog's school rule, with the items not yet met
 * or not yet judged. For TT57 this is the mandatory criteria plus the cheapest 5 of the other 7.
 *
 * @param part        the cấp học, for a multi-level school rated per cấp học
 * @param targetLevel the school level aimed at
 * @param itemCount   number of items to work on (the cost minimised)
 * @param criteria    criteria to raise, in catalog order
 * @param level4Items Mức-4 items still to achieve (2018 regime, target Mức 4)
 */
public record Gap(Optional<String> part, int targetLevel, int itemCount, List<CriterionGap> criteria,
                  List<JudgementRef> level4Items) {
    /** Validates the components and makes them immutable. */
    public Gap {
        Objects.requireNonNull(part, "part");
        criteria = List.copyOf(criteria);
        level4Items = List.copyOf(level4Items);
    }

    /**
     * One criterion to raise.
     *
     * @param code         criterion code
     * @param mandatory    TT57 tiêu chí bắt buộc
     * @param currentLevel level reached for sure now
     * @param targetLevel  level to reach
     * @param items        the items of the levels in between that are not met or not judged
     */
    public record CriterionGap(String code, boolean mandatory, int currentLevel, int targetLevel, List<JudgementRef> items) {
        /** Makes the list immutable. */
        public CriterionGap {
            items = List.copyOf(items);
        }
    }
}
