package vn.kdclgd.rules.evidence;

import java.util.Map;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.internal.evidence.BoxPolicies;

/**
 * Which evidence box ({@code n} of {@code [Hn-a.b-cd]}) a new old-scheme code goes into. Schools
 * normally keep one box per standard (the default, {@link #standardNumber()}); some keep everything in
 * one box or number their boxes otherwise. Ignored for {@link EvidenceCodeScheme#MC}, which has no box.
 * Implementations must be deterministic and side-effect free.
 */
@FunctionalInterface
public interface BoxPolicy {

    /**
     * The box for new codes of criteria of {@code standard}.
     *
     * @param standard the standard number, ≥ 1
     * @return the box number, 1–99
     * @throws KdclException {@code KDCL-3034} when the policy has no box for {@code standard}
     */
    int boxFor(int standard);

    /**
     * Box = standard number: criteria of standard 3 go into box 3 ({@code [H3-3.2-01]}). The default.
     *
     * @return the policy
     */
    static BoxPolicy standardNumber() {
        return BoxPolicies.STANDARD_NUMBER;
    }

    /**
     * Every new code goes into box {@code box}.
     *
     * @param box the box, 1–99
     * @return the policy
     * @throws KdclException {@code KDCL-3007} when {@code box} is outside 1–99
     */
    static BoxPolicy fixed(int box) {
        return BoxPolicies.fixed(box);
    }

    /**
     * A box for each standard, e.g. {@code {1: 1, 2: 1, 3: 2, 4: 2, 5: 3}}. A book checks, when the policy
     * is set, that every standard of its catalog has a box.
     *
     * @param boxes standard number → box (1–99); copied
     * @return the policy
     * @throws KdclException {@code KDCL-3007} when a box is outside 1–99
     */
    static BoxPolicy perStandard(Map<Integer, Integer> boxes) {
        return BoxPolicies.perStandard(boxes);
    }
}
