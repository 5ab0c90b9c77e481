package vn.kdclgd.smas;

/** What a sheet lists: one row per student, per staff member or per class. */
public enum ImportKind {
    /** Students (CSDL ngành "C1-HocSinh", SMAS / vnEdu student lists). */
    STUDENTS,
    /** Staff: managers, teachers and support staff (CSDL ngành "CSDL_GiaoVien"). */
    STAFF,
    /** Classes (a class list with grade and, where exported, class size). */
    CLASSES
}
