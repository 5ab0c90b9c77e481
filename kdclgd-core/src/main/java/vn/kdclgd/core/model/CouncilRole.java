package vn.kdclgd.core.model;

/** Roles in the self-assessment council (hội đồng tự đánh giá). */
public enum CouncilRole {
    /** Chủ tịch hội đồng. */
    CHAIR,
    /** Phó chủ tịch hội đồng. */
    VICE_CHAIR,
    /** Thư ký hội đồng. */
    SECRETARY,
    /** Ủy viên. */
    MEMBER
}
