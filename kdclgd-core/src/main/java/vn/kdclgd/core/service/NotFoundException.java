package vn.kdclgd.core.service;

import java.util.UUID;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * The object a service call names does not exist ({@code KDCL-6201}). Ids are random (UUID version 7)
 * and their existence is not treated as a secret; nothing was read or written.
 */
public class NotFoundException extends KdclException {
    private static final long serialVersionUID = 1L;

    /** Code of this problem. */
    public static final String CODE = "KDCL-6201";

    /** {@code what} (e.g. {@code assessment}) with {@code id} does not exist. */
    public NotFoundException(String what, UUID id) {
        super(Problem.of(CODE, what + " " + id,
                "không tìm thấy (" + what + "); kiểm tra lại mã",
                "not found (" + what + "); check the id"));
    }

    /** {@code what} named by {@code key} does not exist. */
    public NotFoundException(String what, String key) {
        super(Problem.of(CODE, what + " " + key,
                "không tìm thấy (" + what + "); kiểm tra lại mã",
                "not found (" + what + "); check the id"));
    }
}
