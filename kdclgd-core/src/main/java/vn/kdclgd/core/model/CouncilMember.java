package vn.kdclgd.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member of the self-assessment council. {@code actorId} links the member to an account of the
 * vendor's system (members write only the criteria of their working groups).
 */
@Entity
@Table(name = "kdcl_council_member")
public class CouncilMember extends BaseEntity {
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private SelfAssessment assessment;

    @NotBlank(message = "{kdclgd.member.name.blank}")
    @Size(max = 255)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Size(max = 255)
    @Column(name = "title")
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "position", nullable = false, length = 20)
    private StaffPosition position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "council_role", nullable = false, length = 20)
    private CouncilRole role;

    @Size(max = 120)
    @Column(name = "actor_id", length = 120)
    private String actorId;

    @Column(name = "qa_trained", nullable = false)
    private boolean qaTrained;

    /** For JPA. */
    protected CouncilMember() {
    }

    /** A council member. */
    public CouncilMember(SelfAssessment assessment, String fullName, StaffPosition position, CouncilRole role, String actorId) {
        this.assessment = assessment;
        this.fullName = fullName;
        this.position = position;
        this.role = role;
        this.actorId = actorId;
    }

    public SelfAssessment getAssessment() { return assessment; }
    public String getFullName() { return fullName; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public StaffPosition getPosition() { return position; }
    public CouncilRole getRole() { return role; }
    public void setRole(CouncilRole role) { this.role = role; }
    public String getActorId() { return actorId; }
    public boolean isQaTrained() { return qaTrained; }
    public void setQaTrained(boolean qaTrained) { this.qaTrained = qaTrained; }
}
