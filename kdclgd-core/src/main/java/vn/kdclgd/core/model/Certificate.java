package vn.kdclgd.core.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A recognition certificate: accreditation (cấp độ) or national standard (mức độ), with issue date,
 * validity and revocation. Certificates of the 2018 regime stay valid to their end date.
 */
@Entity
@Table(name = "kdcl_certificate")
public class Certificate extends BaseEntity {
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @NotBlank
    @Column(name = "kind", nullable = false, length = 30)
    private String kind;

    @Min(1)
    @Column(name = "level_no", nullable = false)
    private int level;

    @NotBlank
    @Column(name = "catalog_id", nullable = false, length = 60)
    private String catalogId;

    @Column(name = "decision_number", length = 120)
    private String decisionNumber;

    @NotNull
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @NotNull
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revocation_reason", length = 2000)
    private String revocationReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private ExternalReview review;

    /** For JPA. */
    protected Certificate() {
    }

    /**
     * A certificate.
     *
     * @param kind {@code accreditation} or {@code nationalStandard} (the catalog's recognition kinds)
     */
    public Certificate(School school, String kind, int level, String catalogId, LocalDate issuedOn, LocalDate validUntil) {
        this.school = school;
        this.kind = kind;
        this.level = level;
        this.catalogId = catalogId;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
    }

    /** Whether the certificate is in force on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(issuedOn) && !date.isAfter(validUntil) && (revokedOn == null || date.isBefore(revokedOn));
    }

    public School getSchool() { return school; }
    public String getKind() { return kind; }
    public int getLevel() { return level; }
    public String getCatalogId() { return catalogId; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public LocalDate getRevokedOn() { return revokedOn; }
    public String getRevocationReason() { return revocationReason; }
    public ExternalReview getReview() { return review; }
    public void setReview(ExternalReview review) { this.review = review; }

    /** Revokes the certificate from {@code date}. */
    public void revoke(LocalDate date, String reason) {
        this.revokedOn = date;
        this.revocationReason = reason;
    }
}
