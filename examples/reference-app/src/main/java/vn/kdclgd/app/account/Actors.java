package vn.kdclgd.app.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.CouncilRole;

/**
 * The kdclgd {@link Actor} of the signed-in account. The application never decides what an account may
 * see or change: it gives kdclgd the account's grants and the library refuses what they do not allow.
 *
 * <ul>
 *   <li>province admin, unit officer: {@code UNIT_OFFICER} on their unit (and so its subtree);</li>
 *   <li>school admin: {@code SCHOOL_ADMIN} on their school;</li>
 *   <li>school staff: {@code TEACHER} on their school, plus the council role the school gave them in the
 *       council of its latest self-assessment (chair, secretary, member — a vice-chair is a member), so an
 *       assignment changes their rights at once;</li>
 *   <li>reviewer: {@code EXTERNAL_REVIEWER} on every external review whose team names them.</li>
 * </ul>
 * Call it inside a transaction (it reads the council and the review teams).
 */
@Component
public class Actors {
    private final EntityManager em;

    Actors(EntityManager em) {
        this.em = em;
    }

    /** The signed-in account; empty for an anonymous request. */
    public static Optional<AppUser> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AppUser u ? Optional.of(u) : Optional.empty();
    }

    /** The signed-in account, or an {@link IllegalStateException} (the security filter lets no anonymous request reach a screen that asks). */
    public static AppUser requireUser() {
        return user().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    /** The actor of the signed-in account. */
    public Actor current() {
        return of(requireUser());
    }

    /** The actor of an account. */
    public Actor of(AppUser u) {
        List<Grant> grants = new ArrayList<>();
        switch (u.kind()) {
            case PROVINCE_ADMIN, UNIT_OFFICER -> grants.add(Grant.unitOfficer(u.unitId()));
            case SCHOOL_ADMIN -> grants.add(Grant.school(Role.SCHOOL_ADMIN, u.schoolId()));
            case SCHOOL_STAFF -> {
                grants.add(Grant.school(Role.TEACHER, u.schoolId()));
                councilRole(u.schoolId(), u.username()).ifPresent(r -> grants.add(Grant.school(r, u.schoolId())));
            }
            case REVIEWER -> reviews(u.username()).forEach(id -> grants.add(Grant.reviewer(id)));
        }
        return Actor.of(u.username(), grants.toArray(Grant[]::new));
    }

    /** The council role of an account in the council of the school's latest self-assessment. */
    public Optional<Role> councilRole(UUID schoolId, String username) {
        List<CouncilRole> roles = em.createQuery("""
                        select m.role from CouncilMember m where m.actorId = :user and m.assessment.school.id = :school
                          and m.assessment.schoolYear = (select max(a.schoolYear) from SelfAssessment a where a.school.id = :school)""",
                        CouncilRole.class)
                .setParameter("user", username).setParameter("school", schoolId).getResultList();
        if (roles.contains(CouncilRole.CHAIR)) {
            return Optional.of(Role.COUNCIL_CHAIR);
        }
        if (roles.contains(CouncilRole.SECRETARY)) {
            return Optional.of(Role.COUNCIL_SECRETARY);
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(Role.COUNCIL_MEMBER);
    }

    private List<UUID> reviews(String username) {
        return em.createQuery("select distinct r.id from ExternalReview r join r.team t where t.actorId = :user", UUID.class)
                .setParameter("user", username).getResultList();
    }
}
