package vn.kdclgd.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The use of an evidence item for a criterion in a self-assessment (one item, many criteria). */
@Entity
@Table(name = "kdcl_evidence_use",
        uniqueConstraints = @UniqueConstraint(columnNames = {"assessment_id", "evidence_id", "criterion"}))
public class EvidenceUse extends BaseEntity {
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private SelfAssessment assessment;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evidence_id", nullable = false)
    private EvidenceItem evidence;

    @NotBlank
    @Column(name = "criterion", nullable = false, length = 10)
    private String criterion;

    /** For JPA. */
    protected EvidenceUse() {
    }

    /** {@code evidence} is used for {@code criterion} in {@code assessment}. */
    public EvidenceUse(SelfAssessment assessment, EvidenceItem evidence, String criterion) {
        this.assessment = assessment;
        this.evidence = evidence;
        this.criterion = criterion;
    }

    public SelfAssessment getAssessment() { return assessment; }
    public EvidenceItem getEvidence() { return evidence; }
    public String getCriterion() { return criterion; }
}
