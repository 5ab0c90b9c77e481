package vn.kdclgd.smas;

/** What a sheet lists: one row per student, per staff member, per class or per room. */
public enum ImportKind {
    /** Students (CSDL ngành "C1-HocSinh", SMAS / vnEdu student lists). */
    STUDENTS,
    /** Staff: managers, teachers and support staff (CSDL ngành "CSDL_GiaoVien"). */
    STAFF,
    /** Classes (a class list with grade and, where exported, class size). */
    CLASSES,
    /**
     * Rooms of the school's buildings (a room list with room type, building grade kiên cố / bán kiên cố /
     * tạm and, where exported, area and whether in use), for the report's "Cơ cấu khối công trình" table.
     */
    FACILITIES
}
