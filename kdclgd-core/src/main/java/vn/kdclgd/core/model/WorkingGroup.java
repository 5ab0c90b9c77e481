package vn.kdclgd.core.model;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The secretariat (nhóm thư ký) or a working group (nhóm công tác) with its members and criteria. */
@Entity
@Table(name = "kdcl_working_group")
public class WorkingGroup extends BaseEntity {
    /** Kinds of group. */
    public enum Kind {
        /** Nhóm thư ký. */
        SECRETARIAT,
        /** Nhóm công tác. */
        WORKING_GROUP
    }

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private SelfAssessment assessment;

    @NotBlank
    @Column(name = "name", nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @ElementCollection
    @CollectionTable(name = "kdcl_working_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "member_id", nullable = false)
    private Set<java.util.UUID> memberIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "kdcl_working_group_criterion", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "criterion", nullable = false, length = 10)
    private Set<String> criteria = new LinkedHashSet<>();

    /** For JPA. */
    protected WorkingGroup() {
    }

    /** A group. */
    public WorkingGroup(SelfAssessment assessment, String name, Kind kind) {
        this.assessment = assessment;
        this.name = name;
        this.kind = kind;
    }

    public SelfAssessment getAssessment() { return assessment; }
    public String getName() { return name; }
    public Kind getKind() { return kind; }
    /** Ids of the {@link CouncilMember}s (or other staff recorded as members) in the group. */
    public Set<java.util.UUID> getMemberIds() { return memberIds; }
    /** Criterion codes the group owns. */
    public Set<String> getCriteria() { return criteria; }
}
