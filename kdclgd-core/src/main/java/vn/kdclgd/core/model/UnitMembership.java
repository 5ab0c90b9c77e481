package vn.kdclgd.core.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A period during which a school belonged to a supervising unit (units merge and dissolve). */
@Entity
@Table(name = "kdcl_unit_membership")
public class UnitMembership extends BaseEntity {
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private SupervisingUnit unit;

    @NotNull(message = "{kdclgd.validFrom.null}")
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** For JPA. */
    protected UnitMembership() {
    }

    /** {@code school} belongs to {@code unit} from {@code validFrom}. */
    public UnitMembership(School school, SupervisingUnit unit, LocalDate validFrom) {
        this.school = school;
        this.unit = unit;
        this.validFrom = validFrom;
    }

    public School getSchool() { return school; }
    public SupervisingUnit getUnit() { return unit; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate lastDay) { this.validTo = lastDay; }
}
