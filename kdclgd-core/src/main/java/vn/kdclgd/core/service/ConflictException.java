package vn.kdclgd.core.service;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * Someone else saved the same object first ({@code KDCL-6101}): reload it (its current version is in
 * the message) and apply the change again. Nothing was written.
 */
public class ConflictException extends KdclException {
    private static final long serialVersionUID = 1L;

    /** Code of this problem. */
    public static final String CODE = "KDCL-6101";

    private final long currentVersion;

    /** A conflict on {@code what}, whose current version is {@code currentVersion}. */
    public ConflictException(String what, long expectedVersion, long currentVersion) {
        super(Problem.of(CODE, what,
                "người khác đã lưu trước (phiên bản hiện tại " + currentVersion + ", bạn sửa từ phiên bản " + expectedVersion
                        + "); tải lại rồi sửa lại",
                "someone else saved first (current version " + currentVersion + ", you edited version " + expectedVersion
                        + "); reload and apply your change again"));
        this.currentVersion = currentVersion;
    }

    /** The version now in the database. */
    public long currentVersion() {
        return currentVersion;
    }
}
