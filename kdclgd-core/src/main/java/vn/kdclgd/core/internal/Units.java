package vn.kdclgd.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.SupervisingUnit;

/**
 * Supervising-unit trees in SQL and the "unit officer above a school" check.
 *
 * <p>{@link #subtree} and {@link #scopeCte(boolean)} are the common head of every statistics and
 * reminder query: the units of a subtree that exist on a date (recursive CTE over
 * {@code kdcl_unit.parent_id}) and the schools whose membership in one of them is valid on that date. A merged or dissolved unit (its
 * {@code valid_to} before the date) and everything below it is left out on that date; a school that
 * moved belongs, on each date, only to the unit of its membership valid then.
 */
public final class Units {
    private Units() {
    }

    /**
     * The units of the subtree of {@code unitId} that exist on {@code date} (recursive CTE over
     * {@code kdcl_unit.parent_id}); empty when the unit itself does not exist then. Resolved in its own
     * statement so that the statistics query that follows sees a plain id list, which the database can
     * estimate (a commune's 100 schools are then read by index, a province's 10,000 by hash joins).
     */
    public static List<UUID> subtree(EntityManager em, UUID unitId, LocalDate date) {
        List<?> rows = em.createNativeQuery("with recursive sub(id) as ("
                        + " select u.id from kdcl_unit u where u.id = :unit and u.valid_from <= :d and (u.valid_to is null or u.valid_to >= :d)"
                        + " union all"
                        + " select c.id from kdcl_unit c join sub on c.parent_id = sub.id"
                        + " where c.valid_from <= :d and (c.valid_to is null or c.valid_to >= :d)"
                        + ") select id from sub")
                .setParameter("unit", unitId).setParameter("d", date).getResultList();
        return rows.stream().map(Units::uuid).toList();
    }

    /**
     * {@code with sch(id) as (…)}: the schools whose membership in one of {@code :units} (from
     * {@link #subtree}; never empty — pass {@link #NO_UNIT} for none) is valid on {@code :d}, and when
     * {@code withType} of school type {@code :type}. Follow it with a {@code select} that joins {@code sch}.
     */
    public static String scopeCte(boolean withType) {
        return "with sch(id) as ("
                + " select distinct m.school_id from kdcl_unit_membership m"
                + (withType ? " join kdcl_school st on st.id = m.school_id and st.school_type = :type" : "")
                + " where m.unit_id in (:units) and m.valid_from <= :d and (m.valid_to is null or m.valid_to >= :d)"
                + ") ";
    }

    /** A unit id that matches nothing, for an empty subtree ({@code in ()} is not SQL). */
    public static final UUID NO_UNIT = new UUID(0, 0);

    /** {@link #subtree} ready for {@code :units}. */
    public static List<UUID> unitsParameter(EntityManager em, UUID unitId, LocalDate date) {
        List<UUID> units = subtree(em, unitId, date);
        return units.isEmpty() ? List.of(NO_UNIT) : units;
    }

    /**
     * Refuses {@code actor} unless it is a unit officer of a unit the school belongs to on {@code date}
     * or of a unit above it.
     */
    public static void officerOverSchool(EntityManager em, Actor actor, UUID schoolId, LocalDate date, String action) {
        List<UUID> officerUnits = actor.grants().stream().filter(g -> g.role() == Role.UNIT_OFFICER).map(Grant::scopeId).toList();
        if (!officerUnits.isEmpty()) {
            List<UUID> units = em.createQuery("select m.unit.id from UnitMembership m where m.school.id = :s"
                            + " and m.validFrom <= :d and (m.validTo is null or m.validTo >= :d)", UUID.class)
                    .setParameter("s", schoolId).setParameter("d", date).getResultList();
            for (UUID unitId : units) {
                SupervisingUnit u = em.find(SupervisingUnit.class, unitId);
                for (int depth = 0; u != null && depth < 64; depth++) {
                    if (officerUnits.contains(u.getId())) {
                        return;
                    }
                    u = u.getParent();
                }
            }
        }
        throw new AccessDeniedException(actor.id(), action, "school " + schoolId + " (unit officer above the school)");
    }

    /** A native query's date column as a {@link LocalDate}, whatever type the provider returns. */
    public static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }

    /** A native query's UUID column as a {@link UUID}, whatever type the provider returns. */
    public static UUID uuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof byte[] b && b.length == 16) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
            return new UUID(buf.getLong(), buf.getLong());
        }
        return UUID.fromString(String.valueOf(value));
    }

    /** Number of a native query's numeric column, whatever Java type the driver returns. */
    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
