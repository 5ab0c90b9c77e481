package vn.kdclgd.core.model;

import java.time.LocalDate;

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
 * A supervising unit (Bộ, Sở, commune/ward unit; district Phòng GDĐT in historical data) in a tree
 * with effective dates: provinces and communes merge, districts ended on 1/7/2025.
 */
@Entity
@Table(name = "kdcl_unit")
public class SupervisingUnit extends BaseEntity {
    @NotBlank(message = "{kdclgd.unit.code.blank}")
    @Size(max = 40)
    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @NotBlank(message = "{kdclgd.unit.name.blank}")
    @Size(max = 255)
    @Column(name = "name", nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private SupervisingUnit parent;

    @NotNull(message = "{kdclgd.validFrom.null}")
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** For JPA. */
    protected SupervisingUnit() {
    }

    /** A unit valid from {@code validFrom} with no end. */
    public SupervisingUnit(String code, String name, UnitKind kind, SupervisingUnit parent, LocalDate validFrom) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.validFrom = validFrom;
    }

    /** Whether the unit exists on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitKind getKind() { return kind; }
    public SupervisingUnit getParent() { return parent; }
    public void setParent(SupervisingUnit parent) { this.parent = parent; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    /** Ends the unit (dissolved or merged) after {@code lastDay}. */
    public void setValidTo(LocalDate lastDay) { this.validTo = lastDay; }
}
