package vn.kdclgd.core.internal;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.SupervisingUnit;

/** The access checks every service call goes through. Each throws {@link AccessDeniedException}. */
public final class Access {
    private Access() {
    }

    /** Any school role (admin, council, teacher, viewer) on the school. */
    public static void schoolRead(Actor actor, UUID schoolId, String action) {
        if (!actor.hasAny(schoolId, Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR, Role.COUNCIL_SECRETARY, Role.COUNCIL_MEMBER,
                Role.TEACHER, Role.VIEWER)) {
            throw new AccessDeniedException(actor.id(), action, "school " + schoolId);
        }
    }

    /** Admin, council chair or secretary on the school: writes the whole self-assessment. */
    public static void schoolWrite(Actor actor, UUID schoolId, String action) {
        if (!actor.hasAny(schoolId, Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR, Role.COUNCIL_SECRETARY)) {
            throw new AccessDeniedException(actor.id(), action, "school " + schoolId);
        }
    }

    /** Admin or council chair: decisions such as publishing and registering for review. */
    public static void schoolDecide(Actor actor, UUID schoolId, String action) {
        if (!actor.hasAny(schoolId, Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR)) {
            throw new AccessDeniedException(actor.id(), action, "school " + schoolId);
        }
    }

    /**
     * Writing one criterion's evaluation: whole-assessment writers, or a council member belonging to a
     * working group of the assessment that owns the criterion.
     */
    public static void criterionWrite(EntityManager em, Actor actor, SelfAssessment a, String criterion, String action) {
        UUID schoolId = a.getSchool().getId();
        if (actor.hasAny(schoolId, Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR, Role.COUNCIL_SECRETARY)) {
            return;
        }
        if (actor.has(Role.COUNCIL_MEMBER, schoolId)) {
            Long n = em.createQuery("select count(g) from WorkingGroup g join g.criteria c, CouncilMember m "
                            + "where g.assessment = :a and c = :criterion and m.assessment = :a and m.actorId = :actor "
                            + "and m.id member of g.memberIds", Long.class)
                    .setParameter("a", a).setParameter("criterion", criterion).setParameter("actor", actor.id())
                    .getSingleResult();
            if (n > 0) {
                return;
            }
        }
        throw new AccessDeniedException(actor.id(), action, "criterion " + criterion + " of assessment " + a.getId());
    }

    /** A unit officer on {@code unitId} or any unit above it. */
    public static void unitRead(EntityManager em, Actor actor, UUID unitId, String action) {
        for (Grant g : actor.grants()) {
            if (g.role() == Role.UNIT_OFFICER) {
                SupervisingUnit u = em.find(SupervisingUnit.class, unitId);
                for (int depth = 0; u != null && depth < 64; depth++) {
                    if (u.getId().equals(g.scopeId())) {
                        return;
                    }
                    u = u.getParent();
                }
            }
        }
        throw new AccessDeniedException(actor.id(), action, "unit " + unitId);
    }

    /** The external reviewer of {@code reviewId}. */
    public static void reviewer(Actor actor, UUID reviewId, String action) {
        if (!actor.has(Role.EXTERNAL_REVIEWER, reviewId)) {
            throw new AccessDeniedException(actor.id(), action, "review " + reviewId);
        }
    }
}
