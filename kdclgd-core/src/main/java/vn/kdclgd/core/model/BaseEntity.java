package vn.kdclgd.core.model;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import vn.kdclgd.core.internal.Ids;

/**
 * Base of every kdclgd entity: a time-ordered UUID assigned in Java when the object is created (so ids
 * stay the same when a dossier moves to another installation) and an optimistic-locking version.
 * Equality is by id.
 */
@MappedSuperclass
public abstract class BaseEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = Ids.newId();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The id. */
    public UUID getId() {
        return id;
    }

    /** Replaces the id (dossier import keeps the ids of the exporting installation). */
    public void setId(UUID id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    /** The optimistic-locking version; increases with every update. */
    public long getVersion() {
        return version;
    }

    @Override
    public final boolean equals(Object o) {
        return this == o || (o instanceof BaseEntity other && getClass() == other.getClass() && id.equals(other.id));
    }

    @Override
    public final int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
