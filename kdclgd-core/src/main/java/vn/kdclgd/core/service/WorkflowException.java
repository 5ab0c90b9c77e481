package vn.kdclgd.core.service;

import java.util.List;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * A step of the regulation's process cannot be taken yet ({@code KDCL-70xx}): every unmet condition is
 * listed (e.g. judgements missing, a statement citing no evidence, a council that is too small).
 */
public class WorkflowException extends KdclException {
    private static final long serialVersionUID = 1L;

    /** Every unmet condition. */
    public WorkflowException(List<Problem> problems) {
        super(problems);
    }
}
