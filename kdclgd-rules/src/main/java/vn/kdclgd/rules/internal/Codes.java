package vn.kdclgd.rules.internal;

/**
 * Stable problem codes shared by the JSON readers. Every code is listed with its meaning in
 * {@code docs/errors.md}; codes are never reused for another meaning.
 */
public final class Codes {
    private Codes() {
    }

    // 10xx: reading a file or JSON text
    /** The input is not well-formed JSON (or has a duplicate key). */
    public static final String BAD_JSON = "KDCL-1001";
    /** The file cannot be read. */
    public static final String IO = "KDCL-1002";
    /** Unsupported or missing {@code format}. */
    public static final String FORMAT = "KDCL-1003";

    // 11xx: structure of a JSON document
    /** Field not in the format. */
    public static final String UNKNOWN_FIELD = "KDCL-1101";
    /** Required field missing. */
    public static final String MISSING_FIELD = "KDCL-1102";
    /** Wrong JSON type. */
    public static final String WRONG_TYPE = "KDCL-1103";
    /** Blank string. */
    public static final String EMPTY_TEXT = "KDCL-1104";
    /** Number out of range. */
    public static final String OUT_OF_RANGE = "KDCL-1105";
    /** Not a date. */
    public static final String BAD_DATE = "KDCL-1106";
    /** Empty array where one element is needed. */
    public static final String EMPTY_LIST = "KDCL-1107";
    /** A value outside an enumeration. */
    public static final String BAD_VALUE = "KDCL-1108";

    // 12xx: meaning of a catalog or amendment
    /** Bad catalog id. */
    public static final String BAD_ID = "KDCL-1201";
    /** Standard numbers not 1, 2, … */
    public static final String STANDARD_ORDER = "KDCL-1202";
    /** Criterion codes not {@code <standard>.1}, {@code <standard>.2}, … */
    public static final String CRITERION_ORDER = "KDCL-1203";
    /** Levels of a criterion not contiguous from 1, or above the catalog's {@code levels}. */
    public static final String LEVELS = "KDCL-1204";
    /** Duplicate or malformed item key. */
    public static final String ITEM_KEY = "KDCL-1205";
    /** School rule levels not 1, 2, … or a level without conditions. */
    public static final String RULE_LEVELS = "KDCL-1206";
    /** A rule condition that cannot hold or refers to what the catalog lacks. */
    public static final String RULE_CONDITION = "KDCL-1207";
    /** A recognition scheme that is inconsistent. */
    public static final String RECOGNITION = "KDCL-1208";
    /** A reference to a criterion, level or key the catalog lacks. */
    public static final String REFERENCE = "KDCL-1209";
    /** A period whose start is after its end. */
    public static final String PERIOD = "KDCL-1210";
    /** An amendment that cannot be applied. */
    public static final String AMENDMENT = "KDCL-1211";

    // 13xx: registry
    /** No catalog with that id. */
    public static final String UNKNOWN_CATALOG = "KDCL-1301";
    /** Two catalogs with one id. */
    public static final String DUPLICATE_CATALOG = "KDCL-1302";
    /** Several catalogs apply to a school type on a date. */
    public static final String AMBIGUOUS_CATALOG = "KDCL-1303";
    /** A catalog provider failed. */
    public static final String PROVIDER = "KDCL-1304";
}
