package vn.kdclgd.smas.partner.internal;

/** The stable problem codes of the partner HTTP API client, documented in {@code docs/errors.md}. */
public final class PartnerCodes {
    /** A configuration value or combination is unusable. */
    public static final String CONFIG = "KDCL-9301";
    /** Province code, school code or secret malformed. */
    public static final String CREDENTIALS = "KDCL-9302";
    /** School year not {@code YYYY-YYYY+1}. */
    public static final String SCHOOL_YEAR = "KDCL-9303";

    /** HTTP 401: the secret was refused. */
    public static final String UNAUTHORIZED = "KDCL-9311";
    /** HTTP 403: the secret is valid but not for this school. */
    public static final String FORBIDDEN = "KDCL-9312";
    /** HTTP 404: school, year or path unknown to the server. */
    public static final String NOT_FOUND = "KDCL-9313";
    /** HTTP 429 after every retry, or a Retry-After longer than the configured cap. */
    public static final String RATE_LIMITED = "KDCL-9314";
    /** HTTP 5xx after every retry. */
    public static final String SERVER_ERROR = "KDCL-9315";
    /** Any other status that is not a success (400, 3xx, 405 …); not retried. */
    public static final String UNEXPECTED_STATUS = "KDCL-9316";
    /** No complete answer in time (or HTTP 408) after every retry. */
    public static final String TIMEOUT = "KDCL-9317";
    /** No connection (refused, unknown host, reset, TLS failure) after every retry. */
    public static final String CONNECTION = "KDCL-9318";
    /** The calling thread was interrupted while waiting. */
    public static final String INTERRUPTED = "KDCL-9319";

    /** A success answer that is not JSON by its Content-Type. */
    public static final String CONTENT_TYPE = "KDCL-9321";
    /** A body that is not well-formed JSON. */
    public static final String MALFORMED_JSON = "KDCL-9322";
    /** A required field missing, null or blank. */
    public static final String MISSING_FIELD = "KDCL-9323";
    /** A field of the wrong JSON type. */
    public static final String WRONG_TYPE = "KDCL-9324";
    /** A value of the right type that is not valid (a date that is no date, a negative total). */
    public static final String INVALID_VALUE = "KDCL-9325";
    /** More records, pages or body bytes than the configured limits. */
    public static final String TOO_MUCH = "KDCL-9326";
    /** Pages that contradict each other (a repeated record, a short list, a changing total). */
    public static final String INCONSISTENT_PAGING = "KDCL-9327";

    private PartnerCodes() {
    }
}
