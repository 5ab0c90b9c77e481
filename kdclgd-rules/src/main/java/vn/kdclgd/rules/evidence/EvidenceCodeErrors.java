package vn.kdclgd.rules.evidence;

/**
 * The stable problem codes ({@code KDCL-30xx}) of the evidence-code package, one per kind of failure.
 * They appear in {@link vn.kdclgd.rules.Problem#code()} and {@link vn.kdclgd.rules.KdclException#code()};
 * a caller may switch on them. Codes are never reused for another meaning. The table with examples is
 * in {@code docs/evidence-codes.md}.
 */
public final class EvidenceCodeErrors {

    /** {@code KDCL-3001}: the input is empty or blank (or only a pair of brackets). */
    public static final String EMPTY = "KDCL-3001";
    /** {@code KDCL-3002}: the input does not start with {@code H} or {@code MC}: not an evidence code. */
    public static final String NOT_AN_EVIDENCE_CODE = "KDCL-3002";
    /** {@code KDCL-3003}: a code of the other scheme where one scheme is required. */
    public static final String WRONG_SCHEME = "KDCL-3003";
    /**
     * {@code KDCL-3004}: wrong structure: a part missing, an extra part, a wrong separator or a character
     * that has no place in a code.
     */
    public static final String MALFORMED = "KDCL-3004";
    /** {@code KDCL-3005}: a box, standard or criterion number with a leading zero ({@code H01}, {@code 1.01}). */
    public static final String LEADING_ZERO = "KDCL-3005";
    /** {@code KDCL-3006}: the sequence number is not exactly two digits {@code 01}–{@code 99}. */
    public static final String BAD_SEQUENCE = "KDCL-3006";
    /** {@code KDCL-3007}: a box, standard or criterion number outside 1–99. */
    public static final String NUMBER_OUT_OF_RANGE = "KDCL-3007";
    /** {@code KDCL-3008}: a digit that is not an ASCII digit 0–9 (full-width, Arabic-Indic …). */
    public static final String NON_ASCII_DIGIT = "KDCL-3008";
    /** {@code KDCL-3009}: brackets that do not match or do not enclose the whole code. */
    public static final String UNBALANCED_BRACKETS = "KDCL-3009";
    /** {@code KDCL-3010}: a box given for an {@code MC} code, or missing for an {@code H} code. */
    public static final String BOX_MISMATCH = "KDCL-3010";

    /** {@code KDCL-3020}: the code's scheme is not the catalog's evidence-code scheme. */
    public static final String SCHEME_NOT_OF_CATALOG = "KDCL-3020";
    /** {@code KDCL-3021}: the criterion {@code a.b} does not exist in the catalog. */
    public static final String UNKNOWN_CRITERION = "KDCL-3021";

    /** {@code KDCL-3030}: the two-digit sequence of a criterion is exhausted (99 codes issued). */
    public static final String SEQUENCE_EXHAUSTED = "KDCL-3030";
    /** {@code KDCL-3031}: two items carry the same code (same criterion and sequence). */
    public static final String DUPLICATE_CODE = "KDCL-3031";
    /** {@code KDCL-3032}: a code is listed as retired but is also assigned to an item. */
    public static final String RETIRED_CODE_ASSIGNED = "KDCL-3032";
    /** {@code KDCL-3033}: an item id is blank. */
    public static final String INVALID_ITEM_ID = "KDCL-3033";
    /** {@code KDCL-3034}: the box policy gives no valid box for a standard of the catalog. */
    public static final String NO_BOX_FOR_STANDARD = "KDCL-3034";
    /** {@code KDCL-3035}: an item to be coded in catalog order is used by no criterion. */
    public static final String ITEM_WITHOUT_CRITERION = "KDCL-3035";

    private EvidenceCodeErrors() {
    }
}
