package vn.kdclgd.core.internal;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.BaseEntity;
import vn.kdclgd.core.service.Kdclgd;

/** Writes audit lines (append-only) in the caller's transaction. */
public final class Audit {
    private Audit() {
    }

    /** Records that {@code actor} did {@code action} on {@code entity} of {@code schoolId}. */
    public static void record(Kdclgd k, Actor actor, String action, BaseEntity entity, UUID schoolId, String detail) {
        EntityManager em = k.em();
        em.persist(new AuditEntry(k.clock().instant(), actor.id(), action, entity == null ? "-" : entity.getClass().getSimpleName(),
                entity == null ? null : entity.getId(), schoolId, detail));
    }
}
