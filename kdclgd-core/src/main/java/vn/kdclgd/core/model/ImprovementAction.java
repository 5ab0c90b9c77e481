package vn.kdclgd.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
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

    // Derived from the reviews when the action is saved (summariseReviews): the earliest and the second
    // earliest review dated within the assessment's school year. They let the statistics tell overdue
    // actions without aggregating every review row (docs/core-review-statistics.md).
    @Column(name = "review1_on")
    private LocalDate firstReviewOn;

    @Column(name = "review2_on")
    private LocalDate secondReviewOn;

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

    /**
     * The earliest review dated within the assessment's school year (1 August – 31 July), as of the last
     * save; derived from {@link #getReviews()}, never set directly.
     */
    public Optional<LocalDate> getFirstReviewOn() { return Optional.ofNullable(firstReviewOn); }

    /** The second earliest review within the school year (two reviews on one day count twice), as of the last save. */
    public Optional<LocalDate> getSecondReviewOn() { return Optional.ofNullable(secondReviewOn); }

    @PrePersist
    @PreUpdate
    void summariseReviews() {
        String year = assessment.getSchoolYear();
        LocalDate first = SchoolYears.firstDay(year);
        LocalDate last = SchoolYears.lastDay(year);
        List<LocalDate> within = reviews.stream().map(ActionReview::reviewedOn)
                .filter(d -> d != null && !d.isBefore(first) && !d.isAfter(last)).sorted().limit(2).toList();
        firstReviewOn = within.isEmpty() ? null : within.get(0);
        secondReviewOn = within.size() < 2 ? null : within.get(1);
    }
}
