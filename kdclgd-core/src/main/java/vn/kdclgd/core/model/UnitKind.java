package vn.kdclgd.core.model;

/** Kinds of supervising unit. */
public enum UnitKind {
    /** Bộ Giáo dục và Đào tạo. */
    MINISTRY,
    /** Sở Giáo dục và Đào tạo (province). */
    PROVINCE,
    /** UBND xã/phường – Phòng Văn hóa–Xã hội (commune/ward, since 1/7/2025). */
    COMMUNE_WARD,
    /** Phòng Giáo dục và Đào tạo cấp huyện (district; ended 30/6/2025, kept for history). */
    DISTRICT_LEGACY
}
