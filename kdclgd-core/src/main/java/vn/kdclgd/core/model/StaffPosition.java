package vn.kdclgd.core.model;

/** A council member's position in the school, as far as the council rules need it. */
public enum StaffPosition {
    /** Hiệu trưởng / Giám đốc trung tâm. */
    PRINCIPAL,
    /** Phó hiệu trưởng / Phó giám đốc. */
    VICE_PRINCIPAL,
    /** Tổ trưởng tổ chuyên môn / tổ văn phòng, trưởng bộ phận. */
    HEAD_OF_TEAM,
    /** Giáo viên. */
    TEACHER,
    /** Nhân viên. */
    STAFF,
    /** Đại diện tổ chức, cha mẹ học sinh, người ngoài trường … */
    OTHER
}
