package vn.kdclgd.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.service.NotFoundException;

/**
 * Finds the school that owns an object with one key-only query, so that the access check can run
 * before anything else of the object is read, and adds the combined checks the services need on top
 * of {@link Access}.
 */
public final class Scopes {
    private Scopes() {
    }

    /** The school of a self-assessment. */
    public static UUID schoolOfAssessment(EntityManager em, UUID assessmentId) {
        return owner(em, "select a.school.id from SelfAssessment a where a.id = :id", assessmentId, "assessment");
    }

    /** The school of an evidence item. */
    public static UUID schoolOfEvidence(EntityManager em, UUID itemId) {
        return owner(em, "select e.school.id from EvidenceItem e where e.id = :id", itemId, "evidence item");
    }

    /** The school of an improvement action. */
    public static UUID schoolOfAction(EntityManager em, UUID actionId) {
        return owner(em, "select x.assessment.school.id from ImprovementAction x where x.id = :id", actionId, "improvement action");
    }

    /** The school of a working group. */
    public static UUID schoolOfGroup(EntityManager em, UUID groupId) {
        return owner(em, "select g.assessment.school.id from WorkingGroup g where g.id = :id", groupId, "working group");
    }

    /** The assessment of a working group. */
    public static UUID assessmentOfGroup(EntityManager em, UUID groupId) {
        return owner(em, "select g.assessment.id from WorkingGroup g where g.id = :id", groupId, "working group");
    }

    /** Fails with {@link NotFoundException} unless the school exists. */
    public static UUID school(EntityManager em, UUID schoolId) {
        return owner(em, "select s.id from School s where s.id = :id", schoolId, "school");
    }

    private static UUID owner(EntityManager em, String jpql, UUID id, String what) {
        if (id == null) {
            throw new NotFoundException(what, (UUID) null);
        }
        List<UUID> r = em.createQuery(jpql, UUID.class).setParameter("id", id).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (r.isEmpty() && em.isJoinedToTransaction()) {
            // Created earlier in the caller's transaction and not flushed yet (addItem then attachFile in one
            // transaction): write what is pending and ask again. Only a miss pays for the flush.
            em.flush();
            r = em.createQuery(jpql, UUID.class).setParameter("id", id).setFlushMode(FlushModeType.COMMIT).getResultList();
        }
        if (r.isEmpty()) {
            throw new NotFoundException(what, id);
        }
        return r.get(0);
    }

    /** Units the school belongs to on {@code date}. */
    public static List<UUID> unitsOfSchool(EntityManager em, UUID schoolId, LocalDate date) {
        return em.createQuery("select m.unit.id from UnitMembership m where m.school.id = :s and m.validFrom <= :d "
                        + "and (m.validTo is null or m.validTo >= :d)", UUID.class)
                .setParameter("s", schoolId).setParameter("d", date).getResultList();
    }

    /**
     * A school role (any, see {@link Access#schoolRead}) on the school, or a unit officer over a unit
     * the school belongs to on {@code date}.
     */
    public static void schoolOrUnitRead(EntityManager em, Actor actor, UUID schoolId, LocalDate date, String action) {
        try {
            Access.schoolRead(actor, schoolId, action);
            return;
        } catch (AccessDeniedException denied) {
            if (actor.grants().stream().noneMatch(g -> g.role() == Role.UNIT_OFFICER)) {
                throw denied;
            }
            for (UUID unit : unitsOfSchool(em, schoolId, date)) {
                try {
                    Access.unitRead(em, actor, unit, action);
                    return;
                } catch (AccessDeniedException ignored) {
                    // try the next unit
                }
            }
            throw denied;
        }
    }

    /** Whether the actor holds any grant at all on {@code schoolId} (for cheap refusals). */
    public static boolean anySchoolGrant(Actor actor, UUID schoolId) {
        for (Grant g : actor.grants()) {
            if (g.scope() == Grant.Scope.SCHOOL && g.scopeId().equals(schoolId)) {
                return true;
            }
        }
        return false;
    }

    /** The actor is a council member (or a whole-assessment writer) of the school; the criterion check follows. */
    public static void memberOrWriter(Actor actor, UUID schoolId, String action) {
        if (!actor.hasAny(schoolId, Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR, Role.COUNCIL_SECRETARY, Role.COUNCIL_MEMBER)) {
            throw new AccessDeniedException(actor.id(), action, "school " + schoolId);
        }
    }
}
