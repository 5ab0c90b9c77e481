package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import vn.kdclgd.rules.Problem;

/**
 * A TT57 improvement plan that has been reviewed fewer times than due ({@code KDCL-7090}); see
 * {@link ImprovementService#overdueReviews}.
 *
 * @param assessmentId the self-assessment whose plan it is
 * @param schoolYear   the school year of the plan
 * @param checkpoint   the review point passed
 * @param dueBy        the last day of that review point
 * @param required     reviews due by then
 * @param held         reviews held (distinct review dates in the school year up to the date checked)
 * @param reviewDates  the dates of the reviews held
 * @param problem      a bilingual message for the school and the supervising unit
 */
public record OverdueReview(UUID assessmentId, String schoolYear, Checkpoint checkpoint, LocalDate dueBy, int required, int held,
                            List<LocalDate> reviewDates, Problem problem) {
    /** Makes the list immutable. */
    public OverdueReview {
        Objects.requireNonNull(assessmentId, "assessmentId");
        reviewDates = List.copyOf(reviewDates);
    }

    /** The review points of a school year. */
    public enum Checkpoint {
        /** Cuối học kỳ I: 31 January of the school year's second calendar year; one review due. */
        MID_YEAR,
        /** Cuối năm học: 31 May of the second calendar year; two reviews due. */
        YEAR_END
    }
}
