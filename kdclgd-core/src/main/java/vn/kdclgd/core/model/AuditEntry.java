package vn.kdclgd.core.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.kdclgd.core.internal.Ids;

/** One line of the append-only audit trail: who, when, what changed. Never updated or deleted. */
@Entity
@Table(name = "kdcl_audit")
public class AuditEntry {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = Ids.newId();

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false, updatable = false, length = 120)
    private String actorId;

    @Column(name = "action", nullable = false, updatable = false, length = 80)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 80)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private UUID entityId;

    @Column(name = "school_id", updatable = false)
    private UUID schoolId;

    @Column(name = "detail", updatable = false, length = Integer.MAX_VALUE)
    private String detail;

    /** For JPA. */
    protected AuditEntry() {
    }

    /** An audit line. */
    public AuditEntry(Instant at, String actorId, String action, String entityType, UUID entityId, UUID schoolId, String detail) {
        this.at = at;
        this.actorId = actorId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.schoolId = schoolId;
        this.detail = detail;
    }

    public UUID getId() { return id; }
    public Instant getAt() { return at; }
    public String getActorId() { return actorId; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public UUID getEntityId() { return entityId; }
    public UUID getSchoolId() { return schoolId; }
    public String getDetail() { return detail; }
}
