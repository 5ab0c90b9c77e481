package vn.kdclgd.core.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A school or GDTX centre: its type, the cấp học it teaches and its campuses. */
@Entity
@Table(name = "kdcl_school")
public class School extends BaseEntity {
    @NotBlank(message = "{kdclgd.school.code.blank}")
    @Size(max = 40)
    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @NotBlank(message = "{kdclgd.school.name.blank}")
    @Size(max = 255)
    @Column(name = "name", nullable = false)
    private String name;

    @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{kdclgd.schoolType.invalid}")
    @NotBlank(message = "{kdclgd.schoolType.invalid}")
    @Column(name = "school_type", nullable = false, length = 40)
    private String schoolType;

    @NotEmpty(message = "{kdclgd.school.levels.empty}")
    @ElementCollection
    @CollectionTable(name = "kdcl_school_level", joinColumns = @JoinColumn(name = "school_id"))
    @Column(name = "level_code", nullable = false, length = 40)
    private Set<String> levelsTaught = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "kdcl_school_campus", joinColumns = @JoinColumn(name = "school_id"))
    @OrderColumn(name = "position")
    private List<@Valid Campus> campuses = new ArrayList<>();

    /** For JPA. */
    protected School() {
    }

    /** A school of {@code schoolType} (e.g. {@code THCS}) teaching {@code levelsTaught}. */
    public School(String code, String name, String schoolType, Set<String> levelsTaught) {
        this.code = code;
        this.name = name;
        this.schoolType = schoolType;
        this.levelsTaught.addAll(levelsTaught);
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSchoolType() { return schoolType; }
    public void setSchoolType(String schoolType) { this.schoolType = schoolType; }
    public Set<String> getLevelsTaught() { return levelsTaught; }
    public List<Campus> getCampuses() { return campuses; }
}
