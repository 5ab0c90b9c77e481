package vn.kdclgd.core.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Aggregated counts of a school in a school year (classes, students and staff by category, facilities):
 * category code → count. A category that was never supplied is <b>unknown</b>, not zero — absent from
 * the map, and {@link #count(String)} is empty.
 */
@Entity
@Table(name = "kdcl_school_profile", uniqueConstraints = @UniqueConstraint(columnNames = {"school_id", "school_year"}))
public class SchoolProfile extends BaseEntity {
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Pattern(regexp = SchoolYears.PATTERN, message = "{kdclgd.schoolYear.invalid}")
    @NotNull(message = "{kdclgd.schoolYear.invalid}")
    @Column(name = "school_year", nullable = false, length = 9)
    private String schoolYear;

    @ElementCollection
    @CollectionTable(name = "kdcl_school_profile_count", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "category", length = 80)
    @Column(name = "count_value", nullable = false)
    private Map<String, Integer> counts = new LinkedHashMap<>();

    /** For JPA. */
    protected SchoolProfile() {
    }

    /** An empty profile (every count unknown). */
    public SchoolProfile(School school, String schoolYear) {
        this.school = school;
        this.schoolYear = schoolYear;
    }

    /** The count of {@code category}, or empty when it was never supplied. */
    public OptionalInt count(String category) {
        Integer v = counts.get(category);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** Records a count (must not be negative). */
    public void setCount(String category, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("count of " + category + " must not be negative: " + value);
        }
        counts.put(category, value);
    }

    public School getSchool() { return school; }
    public String getSchoolYear() { return schoolYear; }
    /** Every supplied count (unknown categories are absent). */
    public Map<String, Integer> getCounts() { return counts; }
}
