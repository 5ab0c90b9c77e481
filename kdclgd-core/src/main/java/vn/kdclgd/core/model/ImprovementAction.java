package vn.kdclgd.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An action of the improvement plan (kế hoạch cải tiến chất lượng): owner, deadline, status, reviews. */
@Entity
@Table(name = "kdcl_improvement_action")
public class ImprovementAction extends BaseEntity {
    /** Status of an action. */
    public enum Status {
        /** Planned. */
        PLANNED,
        /** In progress. */
        IN_PROGRESS,
        /** Done. */
        DONE,
        /** Dropped, with the reason in a review. */
        DROPPED
    }

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private SelfAssessment assessment;

    @Column(name = "criterion", length = 10)
    private String criterion;

    @NotBlank(message = "{kdclgd.action.description.blank}")
    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @NotBlank(message = "{kdclgd.action.owner.blank}")
    @Column(name = "owner", nullable = false)
    private String owner;

    @NotNull(message = "{kdclgd.action.deadline.null}")
    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.PLANNED;

    @ElementCollection
    @CollectionTable(name = "kdcl_action_review", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    private List<@Valid ActionReview> reviews = new ArrayList<>();

    /** For JPA. */
    protected ImprovementAction() {
    }

    /** An action for {@code criterion} (may be null for a school-wide action). */
    public ImprovementAction(SelfAssessment assessment, String criterion, String description, String owner, LocalDate deadline) {
        this.assessment = assessment;
        this.criterion = criterion;
        this.description = description;
        this.owner = owner;
        this.deadline = deadline;
    }

    public SelfAssessment getAssessment() { return assessment; }
    public String getCriterion() { return criterion; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public List<ActionReview> getReviews() { return reviews; }
}
