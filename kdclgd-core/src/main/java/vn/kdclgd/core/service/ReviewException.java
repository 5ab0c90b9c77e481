package vn.kdclgd.core.service;

import java.util.List;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * An external review, recognition or statistics request that cannot be carried out
 * ({@code KDCL-71xx} external review, {@code KDCL-72xx} recognition and statistics): every problem says
 * what is wrong, where and what to do. Nothing was written. The codes are constants of
 * {@link ExternalReviewService}, {@link RecognitionService} and {@link StatisticsService} and are listed
 * in {@code docs/core-review-statistics.md}.
 */
public class ReviewException extends KdclException {
    private static final long serialVersionUID = 1L;

    /** One problem. */
    public ReviewException(Problem problem) {
        super(problem);
    }

    /** Several problems, all reported at once. */
    public ReviewException(List<Problem> problems) {
        super(problems);
    }

    static ReviewException of(String code, String where, String vietnamese, String english) {
        return new ReviewException(Problem.of(code, where, vietnamese, english));
    }
}
