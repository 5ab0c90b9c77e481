package vn.kdclgd.core.model;

/**
 * The regulation's steps of a self-assessment, in order (Điều 23 of the 2018 regulations; TT57
 * Biểu 1 Phần I mục 4): council → plan → evidence → rating → report → publish → follow-up.
 */
public enum AssessmentState {
    /** Thành lập hội đồng tự đánh giá. */
    COUNCIL,
    /** Lập kế hoạch tự đánh giá. */
    PLAN,
    /** Thu thập, xử lý và phân tích minh chứng. */
    EVIDENCE,
    /** Đánh giá các mức đạt được theo từng tiêu chí. */
    RATING,
    /** Viết báo cáo tự đánh giá. */
    REPORT,
    /** Công bố báo cáo tự đánh giá (the published version is frozen). */
    PUBLISHED,
    /** Triển khai các hoạt động sau khi hoàn thành báo cáo (improvement plan, reviews). */
    FOLLOW_UP
}
