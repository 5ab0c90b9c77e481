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
import jakarta.validation.constraints.NotNull;

/**
 * A registration for external review / recognition: frozen on a published version of the
 * self-assessment, with the reviewer team, their judgements beside the school's, and the final result.
 */
@Entity
@Table(name = "kdcl_external_review")
public class ExternalReview extends BaseEntity {
    /** State of a review. */
    public enum State {
        /** Registered; the snapshot is frozen. */
        REGISTERED,
        /** The team is reviewing. */
        IN_REVIEW,
        /** Decided. */
        DECIDED,
        /** Withdrawn. */
        WITHDRAWN
    }

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "snapshot_id", nullable = false, updatable = false)
    private PublishedVersion snapshot;

    @NotNull
    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "seeks_accreditation", nullable = false)
    private boolean seeksAccreditation;

    @Column(name = "seeks_national_standard", nullable = false)
    private boolean seeksNationalStandard;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state = State.REGISTERED;

    @ElementCollection
    @CollectionTable(name = "kdcl_review_team", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<@Valid ReviewerAssignment> team = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kdcl_review_judgement", joinColumns = @JoinColumn(name = "review_id"))
    private List<@Valid ReviewerJudgement> judgements = new ArrayList<>();

    @Column(name = "result_level")
    private Integer resultLevel;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    /** For JPA. */
    protected ExternalReview() {
    }

    /** A registration on {@code snapshot}. */
    public ExternalReview(PublishedVersion snapshot, LocalDate registeredOn, boolean accreditation, boolean nationalStandard) {
        this.snapshot = snapshot;
        this.registeredOn = registeredOn;
        this.seeksAccreditation = accreditation;
        this.seeksNationalStandard = nationalStandard;
    }

    public PublishedVersion getSnapshot() { return snapshot; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public boolean isSeeksAccreditation() { return seeksAccreditation; }
    public boolean isSeeksNationalStandard() { return seeksNationalStandard; }
    public State getState() { return state; }
    public void setState(State state) { this.state = state; }
    public List<ReviewerAssignment> getTeam() { return team; }
    public List<ReviewerJudgement> getJudgements() { return judgements; }
    public Integer getResultLevel() { return resultLevel; }
    public void setResultLevel(Integer resultLevel) { this.resultLevel = resultLevel; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
}
