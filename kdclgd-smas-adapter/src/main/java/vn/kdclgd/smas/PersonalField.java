package vn.kdclgd.smas;

/**
 * Personal data an import may keep, only when the vendor turns it on ({@link ImportOptions#keepPersonal}).
 * By default none is kept: the school profile receives aggregated counts only.
 */
public enum PersonalField {
    /** The student or staff code (a personal identifier). */
    CODE,
    /** The full name. */
    FULL_NAME,
    /** The date of birth. */
    BIRTH_DATE,
    /** The class (students). */
    CLASS
}
