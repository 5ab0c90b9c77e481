package vn.kdclgd.core.access;

import java.util.Objects;
import java.util.UUID;

/**
 * A role on a scope: a school, a supervising unit (and its subtree) or an external review.
 *
 * @param role    the role
 * @param scope   what kind of thing {@code scopeId} is
 * @param scopeId the school, unit or review id
 */
public record Grant(Role role, Scope scope, UUID scopeId) {
    /** Kinds of scope. */
    public enum Scope {
        /** A school. */
        SCHOOL,
        /** A supervising unit and every unit below it. */
        UNIT,
        /** One external review. */
        REVIEW
    }

    /** Validates that the role fits the scope. */
    public Grant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeId, "scopeId");
        Scope expected = switch (role) {
            case UNIT_OFFICER -> Scope.UNIT;
            case EXTERNAL_REVIEWER -> Scope.REVIEW;
            default -> Scope.SCHOOL;
        };
        if (scope != expected) {
            throw new IllegalArgumentException(role + " is granted on a " + expected + ", not a " + scope);
        }
    }

    /** A role on a school. */
    public static Grant school(Role role, UUID schoolId) {
        return new Grant(role, Scope.SCHOOL, schoolId);
    }

    /** {@link Role#UNIT_OFFICER} on a unit's subtree. */
    public static Grant unitOfficer(UUID unitId) {
        return new Grant(Role.UNIT_OFFICER, Scope.UNIT, unitId);
    }

    /** {@link Role#EXTERNAL_REVIEWER} on a review. */
    public static Grant reviewer(UUID reviewId) {
        return new Grant(Role.EXTERNAL_REVIEWER, Scope.REVIEW, reviewId);
    }
}
