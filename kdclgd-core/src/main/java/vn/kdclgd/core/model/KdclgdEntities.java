package vn.kdclgd.core.model;

import java.util.List;

/**
 * Every kdclgd entity class, for adding kdclgd to a vendor's own persistence unit:
 * {@code new PersistenceConfiguration("app").managedClasses(KdclgdEntities.CLASSES)} or one
 * {@code <class>} line each in {@code persistence.xml}.
 */
public final class KdclgdEntities {
    /** The entity classes. */
    public static final List<Class<?>> CLASSES = List.of(
            SupervisingUnit.class, School.class, UnitMembership.class, SchoolProfile.class,
            SelfAssessment.class, CouncilMember.class, WorkingGroup.class, CriterionEvaluation.class,
            EvidenceItem.class, EvidenceUse.class, ImprovementAction.class, PublishedVersion.class,
            ExternalReview.class, Certificate.class, AuditEntry.class);

    private KdclgdEntities() {
    }
}
