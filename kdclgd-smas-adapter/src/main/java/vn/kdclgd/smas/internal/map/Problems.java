package vn.kdclgd.smas.internal.map;

/** Codes of the mapping and import layer ({@code KDCL-92xx}, docs/errors.md). */
public final class Problems {
    /** A mapping (template) or value-table file is invalid. */
    public static final String TEMPLATE = "KDCL-9201";
    /** Two templates share an id. */
    public static final String DUPLICATE_TEMPLATE = "KDCL-9202";
    /** No sheet of a file has the header of any template. */
    public static final String NO_HEADER = "KDCL-9203";
    /** A required value is blank in a data row. */
    public static final String REQUIRED_BLANK = "KDCL-9204";
    /** A coded value the template's value table does not know. */
    public static final String UNKNOWN_VALUE = "KDCL-9205";
    /** The same student / staff code, class or room appears again (counted once). */
    public static final String DUPLICATE_ID = "KDCL-9206";
    /** A date that cannot be read. */
    public static final String BAD_DATE = "KDCL-9207";
    /** A grade that cannot be told from the class. */
    public static final String NO_GRADE = "KDCL-9208";
    /** Codes stored as numbers (leading zeros may have been lost). */
    public static final String CODE_AS_NUMBER = "KDCL-9209";
    /** A figure is unknown because some rows lack the value (or the column is missing). */
    public static final String FIGURE_UNKNOWN = "KDCL-9210";
    /** A template was named that does not exist, or a school year is invalid. */
    public static final String BAD_REQUEST = "KDCL-9211";
    /** The import has errors and cannot be committed. */
    public static final String NOT_COMMITTABLE = "KDCL-9212";
    /** A class is given two different grades. */
    public static final String GRADE_CONFLICT = "KDCL-9213";
    /** A number (class size, room area) cannot be read. */
    public static final String BAD_NUMBER = "KDCL-9214";
    /** Legacy text was converted, or a hidden column was used, or rows were skipped (rooms not in use): information. */
    public static final String NOTICE = "KDCL-9215";
    /** A file could not be read at all (from the reading layer's KDCL-91xx problem). */
    public static final String UNREADABLE = "KDCL-9216";

    private Problems() {
    }
}
