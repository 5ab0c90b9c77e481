package vn.kdclgd.app.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A login of the reference application. kdclgd itself keeps account ids only (the {@code actorId} of
 * council members, reviewers and the audit trail): here that id is the {@link #getUsername() user name}.
 */
@Entity
@Table(name = "app_account")
public class Account {
    /** User names: lower-case letters, digits, dot, dash and underscore, 3–100 characters. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,99}";

    @Id
    private UUID id;
    @NotBlank
    @Pattern(regexp = USERNAME_PATTERN)
    @Column(nullable = false, unique = true, length = 100)
    private String username;
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;
    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccountKind kind;
    @Column(name = "school_id")
    private UUID schoolId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;
    @Column(nullable = false)
    private boolean enabled = true;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Version
    private long version;

    protected Account() {
    }

    /** A new enabled account; {@code schoolId} for school accounts, {@code unitId} for unit accounts. */
    public Account(String username, String passwordHash, String displayName, AccountKind kind, UUID schoolId, UUID unitId,
                   boolean mustChangePassword, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.kind = kind;
        this.schoolId = schoolId;
        this.unitId = unitId;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AccountKind getKind() {
        return kind;
    }

    public UUID getSchoolId() {
        return schoolId;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Sets a new password hash; {@code mustChange} asks for another change at the next login. */
    public void setPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
