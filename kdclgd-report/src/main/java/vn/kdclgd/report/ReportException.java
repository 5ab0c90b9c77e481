package vn.kdclgd.report;

import java.util.List;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * A document cannot be made from what was given: a template with unknown placeholders, a dossier without
 * the self-assessment asked for, an unknown catalog, a content file that is not valid. Codes
 * {@code KDCL-94xx}, listed in {@code docs/report.md}; nothing is written to the output when it is thrown.
 */
public class ReportException extends KdclException {
    private static final long serialVersionUID = 1L;

    /** The template has placeholders the document does not know (all listed, with where they are). */
    public static final String UNKNOWN_PLACEHOLDER = "KDCL-9401";
    /** The template cannot be read as a DOCX. */
    public static final String BAD_TEMPLATE = "KDCL-9402";
    /** The dossier has no self-assessment matching the selection, or several. */
    public static final String NO_ASSESSMENT = "KDCL-9403";
    /** The catalog of the self-assessment is not known to the registry. */
    public static final String UNKNOWN_CATALOG = "KDCL-9404";
    /** The document does not exist for this regime. */
    public static final String NOT_FOR_REGIME = "KDCL-9405";
    /** A content file (free texts) is not valid; the JSON path says where. */
    public static final String BAD_CONTENT = "KDCL-9406";
    /** The output cannot be written. */
    public static final String WRITE_FAILED = "KDCL-9407";
    /** A block placeholder ({@code {{>name}}}) does not stand alone in its paragraph, or a block is unknown. */
    public static final String BAD_BLOCK = "KDCL-9408";

    /** An exception for the problems found (at least one). */
    public ReportException(List<Problem> problems) {
        super(problems);
    }

    /** An exception for the problems found, with the low-level cause. */
    public ReportException(List<Problem> problems, Throwable cause) {
        super(problems, cause);
    }

    /** An exception for one problem. */
    public static ReportException of(String code, String where, String vietnamese, String english) {
        return new ReportException(List.of(Problem.of(code, where, vietnamese, english)));
    }
}
