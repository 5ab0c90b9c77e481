package vn.kdclgd.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An evidence item (minh chứng) of a school: coded once, stored once, cited wherever it is used, across
 * criteria and school years. {@code code} is its evidence code in the school's current scheme;
 * {@code previousCode} keeps the old code when it was carried over to TT57.
 */
@Entity
@Table(name = "kdcl_evidence", uniqueConstraints = @UniqueConstraint(columnNames = {"school_id", "code"}))
public class EvidenceItem extends BaseEntity {
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @NotBlank
    @Size(max = 40)
    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Size(max = 40)
    @Column(name = "previous_code", length = 40)
    private String previousCode;

    @NotBlank(message = "{kdclgd.evidence.title.blank}")
    @Size(max = 1000)
    @Column(name = "title", nullable = false, length = 1000)
    private String title;

    @Size(max = 120)
    @Column(name = "document_number", length = 120)
    private String documentNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Size(max = 255)
    @Column(name = "issuer")
    private String issuer;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @ElementCollection
    @CollectionTable(name = "kdcl_evidence_link", joinColumns = @JoinColumn(name = "evidence_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false, length = 2000)
    private List<String> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kdcl_evidence_file", joinColumns = @JoinColumn(name = "evidence_id"))
    @OrderColumn(name = "position")
    private List<@Valid StoredFile> files = new ArrayList<>();

    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    /** For JPA. */
    protected EvidenceItem() {
    }

    /** An evidence item with its code and title. */
    public EvidenceItem(School school, String code, String title) {
        this.school = school;
        this.code = code;
        this.title = title;
    }

    /** Whether the item has expired on {@code date}. */
    public boolean isExpiredOn(LocalDate date) {
        return validUntil != null && validUntil.isBefore(date);
    }

    public School getSchool() { return school; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPreviousCode() { return previousCode; }
    public void setPreviousCode(String previousCode) { this.previousCode = previousCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public List<String> getLinks() { return links; }
    public List<StoredFile> getFiles() { return files; }
    /** True when carried over and its date should be checked again. */
    public boolean isNeedsReview() { return needsReview; }
    public void setNeedsReview(boolean needsReview) { this.needsReview = needsReview; }
}
