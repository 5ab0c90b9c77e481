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
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A school's self-assessment for one school year against one catalog (and, for a multi-level school
 * under TT57, one cấp học): its workflow state, the plan (purpose, timeline, expected evidence) and
 * the number of the last published version.
 */
@Entity
@Table(name = "kdcl_assessment",
        uniqueConstraints = @UniqueConstraint(columnNames = {"school_id", "school_year", "catalog_id", "part_level"}))
public class SelfAssessment extends BaseEntity {
    /** Value of {@link #getPartLevel()} for a whole-school assessment. */
    public static final String WHOLE_SCHOOL = "ALL";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Pattern(regexp = SchoolYears.PATTERN, message = "{kdclgd.schoolYear.invalid}")
    @NotNull(message = "{kdclgd.schoolYear.invalid}")
    @Column(name = "school_year", nullable = false, length = 9)
    private String schoolYear;

    @NotBlank
    @Column(name = "catalog_id", nullable = false, length = 60)
    private String catalogId;

    @NotBlank
    @Column(name = "part_level", nullable = false, length = 40)
    private String partLevel = WHOLE_SCHOOL;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private AssessmentState state = AssessmentState.COUNCIL;

    @Column(name = "council_decision", length = 255)
    private String councilDecision;

    @Column(name = "council_decision_date")
    private LocalDate councilDecisionDate;

    @Column(name = "plan_purpose", length = 4000)
    private String planPurpose;

    @ElementCollection
    @CollectionTable(name = "kdcl_plan_milestone", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<@Valid Milestone> timeline = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kdcl_plan_evidence", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<@Valid ExpectedEvidence> expectedEvidence = new ArrayList<>();

    @Column(name = "published_version", nullable = false)
    private int publishedVersion;

    /** For JPA. */
    protected SelfAssessment() {
    }

    /** A whole-school self-assessment. */
    public SelfAssessment(School school, String schoolYear, String catalogId) {
        this.school = school;
        this.schoolYear = schoolYear;
        this.catalogId = catalogId;
    }

    public School getSchool() { return school; }
    public String getSchoolYear() { return schoolYear; }
    public String getCatalogId() { return catalogId; }
    /** The cấp học rated, or {@link #WHOLE_SCHOOL}. */
    public String getPartLevel() { return partLevel; }
    public void setPartLevel(String partLevel) { this.partLevel = partLevel; }
    public AssessmentState getState() { return state; }
    public void setState(AssessmentState state) { this.state = state; }
    public String getCouncilDecision() { return councilDecision; }
    public void setCouncilDecision(String councilDecision) { this.councilDecision = councilDecision; }
    public LocalDate getCouncilDecisionDate() { return councilDecisionDate; }
    public void setCouncilDecisionDate(LocalDate date) { this.councilDecisionDate = date; }
    public String getPlanPurpose() { return planPurpose; }
    public void setPlanPurpose(String planPurpose) { this.planPurpose = planPurpose; }
    public List<Milestone> getTimeline() { return timeline; }
    public List<ExpectedEvidence> getExpectedEvidence() { return expectedEvidence; }
    /** Number of the last published version (0 = never published). */
    public int getPublishedVersion() { return publishedVersion; }
    public void setPublishedVersion(int publishedVersion) { this.publishedVersion = publishedVersion; }
}
