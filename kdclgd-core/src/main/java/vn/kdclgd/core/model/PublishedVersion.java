package vn.kdclgd.core.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A frozen, published version of a self-assessment: a JSON snapshot and its SHA-256. Never edited;
 * changes after publishing make a new version.
 */
@Entity
@Table(name = "kdcl_published_version", uniqueConstraints = @UniqueConstraint(columnNames = {"assessment_id", "number"}))
public class PublishedVersion extends BaseEntity {
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private SelfAssessment assessment;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @NotNull
    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @NotBlank
    @Column(name = "published_by", nullable = false, updatable = false, length = 120)
    private String publishedBy;

    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @NotNull
    @Column(name = "snapshot", nullable = false, updatable = false, length = Integer.MAX_VALUE)
    private String snapshot;

    @Column(name = "school_level", nullable = false, updatable = false)
    private int schoolLevel;

    /** For JPA. */
    protected PublishedVersion() {
    }

    /** A published version. */
    public PublishedVersion(SelfAssessment assessment, int number, Instant publishedAt, String publishedBy,
                            String contentHash, String snapshot, int schoolLevel) {
        this.assessment = assessment;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.contentHash = contentHash;
        this.snapshot = snapshot;
        this.schoolLevel = schoolLevel;
    }

    public SelfAssessment getAssessment() { return assessment; }
    public int getNumber() { return number; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public String getContentHash() { return contentHash; }
    public String getSnapshot() { return snapshot; }
    /** The school level of the published result (0 = không đạt Mức 1), for statistics. */
    public int getSchoolLevel() { return schoolLevel; }
}
