package vn.kdclgd.core.access;

/** What an actor may do within a {@link Grant}'s scope. */
public enum Role {
    /** School administrator: everything on the school's data. Scope: school. */
    SCHOOL_ADMIN,
    /** Chủ tịch hội đồng tự đánh giá: writes the whole self-assessment, publishes. Scope: school. */
    COUNCIL_CHAIR,
    /** Thư ký hội đồng: writes the whole self-assessment, cannot publish. Scope: school. */
    COUNCIL_SECRETARY,
    /** Ủy viên hội đồng: writes only the criteria of the working groups they belong to. Scope: school. */
    COUNCIL_MEMBER,
    /** Giáo viên: reads. Scope: school. */
    TEACHER,
    /** Read-only. Scope: school. */
    VIEWER,
    /** Officer of a supervising unit: reads published results and statistics of the unit's subtree. Scope: unit. */
    UNIT_OFFICER,
    /** External reviewer: reads the registered snapshot, writes only their own judgements. Scope: external review. */
    EXTERNAL_REVIEWER
}
