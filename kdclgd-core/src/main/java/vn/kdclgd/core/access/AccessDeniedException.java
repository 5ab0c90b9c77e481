package vn.kdclgd.core.access;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/** The actor may not do this ({@code KDCL-6001}). Nothing was read or written. */
public class AccessDeniedException extends KdclException {
    private static final long serialVersionUID = 1L;

    /** Code of this problem. */
    public static final String CODE = "KDCL-6001";

    /** A refusal naming the actor, what was asked and on what. */
    public AccessDeniedException(String actorId, String action, String target) {
        super(Problem.of(CODE, "actor " + actorId + " → " + action + " " + target,
                "không có quyền thực hiện thao tác này; cần vai trò phù hợp trên đối tượng",
                "not allowed; the actor needs a suitable role on this object"));
    }
}
