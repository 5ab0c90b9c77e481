package vn.kdclgd.core.dossier;

import java.util.List;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * A dossier cannot be exported or imported ({@code KDCL-80xx}); every problem found is listed. An import
 * that throws this has written nothing. The codes are documented in {@code docs/dossier.md}.
 */
public class DossierException extends KdclException {
    private static final long serialVersionUID = 1L;

    /** Not a ZIP archive, or a truncated or damaged one. */
    public static final String NOT_A_ZIP = "KDCL-8001";
    /** The archive, an entry, {@code dossier.json} or the number of entries is above a {@link DossierLimits limit}. */
    public static final String TOO_LARGE = "KDCL-8002";
    /** An entry name other than {@code manifest.json}, {@code dossier.json} or {@code files/<sha256>} (e.g. {@code ../x}). */
    public static final String BAD_ENTRY_NAME = "KDCL-8003";
    /** The same entry name twice. */
    public static final String DUPLICATE_ENTRY = "KDCL-8004";
    /** {@code manifest.json} is missing or not a valid manifest. */
    public static final String BAD_MANIFEST = "KDCL-8005";
    /** An entry's SHA-256 or size differs from the manifest (tampered or damaged). */
    public static final String HASH_MISMATCH = "KDCL-8006";
    /** An entry listed in the manifest is not in the archive. */
    public static final String MISSING_ENTRY = "KDCL-8007";
    /** An entry in the archive is not listed in the manifest. */
    public static final String EXTRA_ENTRY = "KDCL-8008";
    /** {@code format} missing or not {@value DossierService#FORMAT}. */
    public static final String UNSUPPORTED_FORMAT = "KDCL-8009";
    /** {@code dossier.json} is not well-formed or does not follow the format (field missing, unknown, wrong type). */
    public static final String BAD_DOSSIER = "KDCL-8010";
    /** An id used twice in the dossier, or a reference to an id the dossier does not have. */
    public static final String BAD_REFERENCE = "KDCL-8011";
    /** The files referenced by the evidence and the {@code files/} entries differ (missing, unreferenced, size). */
    public static final String FILES_MISMATCH = "KDCL-8012";
    /** A value the entity rules refuse (Bean Validation), with its JSON path. */
    public static final String INVALID_VALUE = "KDCL-8013";
    /** A school with the dossier's school code already exists in this installation. */
    public static final String SCHOOL_EXISTS = "KDCL-8020";
    /** An id of the dossier already exists in this installation (the dossier was imported before). */
    public static final String ID_EXISTS = "KDCL-8021";
    /**
     * The database refused the rows although every check passed (e.g. two evaluations of one criterion in
     * one self-assessment); the caller's transaction is rolled back, so nothing is written.
     */
    public static final String DATABASE_REFUSED = "KDCL-8022";
    /** Export: no school with that id. */
    public static final String UNKNOWN_SCHOOL = "KDCL-8030";
    /** Export: a file referenced by an evidence item is not in the evidence store. */
    public static final String FILE_NOT_STORED = "KDCL-8031";
    /** Export: a stored file's content does not match its SHA-256 or size (the store is damaged). */
    public static final String FILE_DAMAGED = "KDCL-8032";
    /** The archive cannot be read or written (I/O error). */
    public static final String IO = "KDCL-8040";

    /** An exception listing {@code problems} (at least one). */
    public DossierException(List<Problem> problems) {
        super(problems);
    }

    /** An exception with its low-level cause. */
    public DossierException(List<Problem> problems, Throwable cause) {
        super(problems, cause);
    }

    /** One problem. */
    public static DossierException of(String code, String where, String vietnamese, String english) {
        return new DossierException(List.of(Problem.of(code, where, vietnamese, english)));
    }
}
