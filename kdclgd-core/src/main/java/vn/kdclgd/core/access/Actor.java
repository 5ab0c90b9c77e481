package vn.kdclgd.core.access;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who calls a service: the vendor's account id and the roles it holds. Every service method takes an
 * actor and refuses it when none of its grants allows the call.
 *
 * @param id     the vendor's account id (recorded in the audit trail)
 * @param grants the roles and their scopes
 */
public record Actor(String id, List<Grant> grants) {
    /** Validates the components and makes them immutable. */
    public Actor {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("actor id must not be blank");
        }
        grants = List.copyOf(grants);
    }

    /** An actor with some grants. */
    public static Actor of(String id, Grant... grants) {
        return new Actor(id, List.of(grants));
    }

    /** Whether the actor holds {@code role} on {@code scopeId}. */
    public boolean has(Role role, UUID scopeId) {
        return grants.stream().anyMatch(g -> g.role() == role && g.scopeId().equals(scopeId));
    }

    /** Whether the actor holds any of {@code roles} on {@code scopeId}. */
    public boolean hasAny(UUID scopeId, Role... roles) {
        for (Role r : roles) {
            if (has(r, scopeId)) {
                return true;
            }
        }
        return false;
    }
}
