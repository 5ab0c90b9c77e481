package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.internal.Access;
import vn.kdclgd.core.internal.Audit;
import vn.kdclgd.core.internal.Data;
import vn.kdclgd.core.internal.Problems;
import vn.kdclgd.core.internal.Scopes;
import vn.kdclgd.core.internal.Text;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.model.SchoolYears;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.UnitMembership;

/**
 * Supervising units (a tree with effective dates), schools, their membership history and their
 * yearly profile counts.
 *
 * <p>Access: a {@link vn.kdclgd.core.access.Role#UNIT_OFFICER} maintains the organisation below the
 * unit of their grant (units, schools, memberships) and lists its schools; school roles read their
 * school; school writers (admin, council chair, secretary) record the school's profile. The first
 * unit of an installation (when there is no unit at all) may be created by any actor — the vendor's
 * set-up; later root units need an officer of an existing root unit.
 *
 * <p>Every method runs in the caller's transaction ({@link Kdclgd#em()}), checks access first, validates
 * what it writes and records an audit line per write.
 */
public final class OrganisationService {
    private final Kdclgd k;

    /** The service on the context {@code k}. */
    public OrganisationService(Kdclgd k) {
        this.k = Objects.requireNonNull(k, "k");
    }

    /**
     * Creates a supervising unit below {@code parentId} (null for a root unit).
     *
     * @throws AccessDeniedException unless the actor is an officer of the parent (or, for a root, of a
     *                               root unit, or there is no unit yet)
     * @throws vn.kdclgd.rules.KdclException {@code KDCL-7084} when the parent does not exist on
     *                               {@code validFrom}; {@code KDCL-7001} for invalid values
     */
    public SupervisingUnit createUnit(Actor actor, String code, String name, UnitKind kind, UUID parentId, LocalDate validFrom) {
        EntityManager em = k.em();
        SupervisingUnit parent = null;
        if (parentId != null) {
            Access.unitRead(em, actor, parentId, "unit.create");
            parent = em.find(SupervisingUnit.class, parentId);
            if (parent == null) {
                throw new NotFoundException("unit", parentId);
            }
            if (validFrom != null && !parent.isValidOn(validFrom)) {
                throw Problems.input(Problems.UNIT_NOT_VALID, "unit " + parent.getCode(),
                        "đơn vị cấp trên " + parent.getCode() + " không tồn tại vào ngày " + validFrom,
                        "the parent unit " + parent.getCode() + " does not exist on " + validFrom);
            }
        } else {
            Long units = em.createQuery("select count(u) from SupervisingUnit u", Long.class).getSingleResult();
            if (units > 0) {
                List<UUID> roots = em.createQuery("select u.id from SupervisingUnit u where u.parent is null", UUID.class).getResultList();
                boolean ok = actor.grants().stream().anyMatch(g -> g.role() == vn.kdclgd.core.access.Role.UNIT_OFFICER
                        && roots.contains(g.scopeId()));
                if (!ok) {
                    throw new AccessDeniedException(actor.id(), "unit.create", "root unit " + code);
                }
            }
        }
        SupervisingUnit u = new SupervisingUnit(Text.clean(code), Text.clean(name), kind, parent, validFrom);
        Data.validate(k, u);
        em.persist(u);
        Audit.record(k, actor, "unit.create", u, null, "code=" + u.getCode() + " parent=" + (parent == null ? "-" : parent.getCode()));
        return u;
    }

    /**
     * Closes a unit: {@code lastDay} is its last day (dissolved or merged). Schools must have been moved
     * and units below it closed first.
     *
     * @throws AccessDeniedException unless the actor is an officer of the unit's parent (of the unit itself for a root)
     * @throws WorkflowException {@code KDCL-7080} last day before the start; {@code KDCL-7081} schools still
     *                           belong to it after {@code lastDay}; {@code KDCL-7082} units below it stay open
     */
    public SupervisingUnit closeUnit(Actor actor, UUID unitId, LocalDate lastDay) {
        EntityManager em = k.em();
        UUID parentId = em.createQuery("select u.parent.id from SupervisingUnit u where u.id = :id", UUID.class)
                .setParameter("id", unitId).getResultStream().findFirst().orElse(null);
        Access.unitRead(em, actor, parentId != null ? parentId : unitId, "unit.close");
        SupervisingUnit u = em.find(SupervisingUnit.class, unitId);
        if (u == null) {
            throw new NotFoundException("unit", unitId);
        }
        Objects.requireNonNull(lastDay, "lastDay");
        List<vn.kdclgd.rules.Problem> problems = new ArrayList<>();
        if (lastDay.isBefore(u.getValidFrom())) {
            problems.add(Problems.of(Problems.DATES, "unit " + u.getCode(),
                    "ngày cuối " + lastDay + " trước ngày bắt đầu " + u.getValidFrom(),
                    "the last day " + lastDay + " is before the start " + u.getValidFrom()));
        }
        List<String> schools = em.createQuery("select m.school.code from UnitMembership m where m.unit = :u "
                        + "and (m.validTo is null or m.validTo > :d) order by m.school.code", String.class)
                .setParameter("u", u).setParameter("d", lastDay).getResultList();
        if (!schools.isEmpty()) {
            problems.add(Problems.of(Problems.UNIT_HAS_SCHOOLS, "unit " + u.getCode(),
                    "các trường vẫn thuộc đơn vị sau ngày " + lastDay + ": " + String.join(", ", schools) + "; chuyển trường sang đơn vị mới trước",
                    "schools still belong to the unit after " + lastDay + ": " + String.join(", ", schools) + "; move them to the new unit first"));
        }
        List<String> children = em.createQuery("select c.code from SupervisingUnit c where c.parent = :u "
                        + "and (c.validTo is null or c.validTo > :d) order by c.code", String.class)
                .setParameter("u", u).setParameter("d", lastDay).getResultList();
        if (!children.isEmpty()) {
            problems.add(Problems.of(Problems.UNIT_HAS_CHILDREN, "unit " + u.getCode(),
                    "các đơn vị trực thuộc vẫn hoạt động sau ngày " + lastDay + ": " + String.join(", ", children),
                    "units below it stay open after " + lastDay + ": " + String.join(", ", children)));
        }
        Problems.throwIfAny(problems);
        u.setValidTo(lastDay);
        Data.validate(k, u);
        Audit.record(k, actor, "unit.close", u, null, "validTo=" + lastDay);
        return u;
    }

    /**
     * Creates a school that belongs to {@code unitId} from {@code memberFrom}.
     *
     * @param schoolType   e.g. {@code THCS} (a {@link vn.kdclgd.rules.SchoolType} code)
     * @param levelsTaught cấp học taught, e.g. {@code TIEU_HOC}, {@code THCS}
     * @throws AccessDeniedException unless the actor is an officer of the unit
     */
    public School createSchool(Actor actor, UUID unitId, String code, String name, String schoolType, Set<String> levelsTaught,
                               LocalDate memberFrom) {
        EntityManager em = k.em();
        Access.unitRead(em, actor, unitId, "school.create");
        SupervisingUnit unit = unit(em, unitId);
        requireValid(unit, memberFrom);
        Set<String> levels = new LinkedHashSet<>();
        for (String l : levelsTaught) {
            levels.add(Text.clean(l));
        }
        School s = new School(Text.clean(code), Text.clean(name), Text.clean(schoolType), levels);
        Data.validate(k, s);
        em.persist(s);
        UnitMembership m = new UnitMembership(s, unit, memberFrom);
        Data.validate(k, m);
        em.persist(m);
        Audit.record(k, actor, "school.create", s, s.getId(), "code=" + s.getCode() + " unit=" + unit.getCode() + " from=" + memberFrom);
        return Data.loaded(s);
    }

    /**
     * Moves a school to {@code newUnitId} from {@code from}: the current membership ends the day before.
     *
     * @throws AccessDeniedException unless the actor is an officer of both the current and the new unit
     * @throws vn.kdclgd.rules.KdclException {@code KDCL-7083} when {@code from} is not after the start of
     *                               the current membership; {@code KDCL-7084} when the new unit does not exist on {@code from}
     */
    public UnitMembership moveSchool(Actor actor, UUID schoolId, UUID newUnitId, LocalDate from) {
        EntityManager em = k.em();
        Objects.requireNonNull(from, "from");
        Access.unitRead(em, actor, newUnitId, "school.move");
        Scopes.school(em, schoolId);
        List<UnitMembership> open = em.createQuery("select m from UnitMembership m where m.school.id = :s "
                + "and (m.validTo is null or m.validTo >= :d)", UnitMembership.class)
                .setParameter("s", schoolId).setParameter("d", from).getResultList();
        for (UnitMembership m : open) {
            Access.unitRead(em, actor, m.getUnit().getId(), "school.move");
        }
        SupervisingUnit unit = unit(em, newUnitId);
        for (UnitMembership m : open) {
            if (!from.isAfter(m.getValidFrom())) {
                throw Problems.input(Problems.MEMBERSHIP_DATE, "school " + schoolId,
                        "ngày chuyển " + from + " phải sau ngày bắt đầu " + m.getValidFrom() + " của đơn vị hiện tại",
                        "the move date " + from + " must be after the start " + m.getValidFrom() + " of the current membership");
            }
        }
        requireValid(unit, from);
        School school = em.find(School.class, schoolId);
        for (UnitMembership m : open) {
            m.setValidTo(from.minusDays(1));
            Data.validate(k, m);
            Audit.record(k, actor, "membership.close", m, schoolId, "unit=" + m.getUnit().getCode() + " validTo=" + m.getValidTo());
        }
        UnitMembership m = new UnitMembership(school, unit, from);
        Data.validate(k, m);
        em.persist(m);
        Audit.record(k, actor, "membership.create", m, schoolId, "unit=" + unit.getCode() + " from=" + from);
        return m;
    }

    /** The membership history of a school, oldest first (school roles, or an officer of a unit it belongs to today). */
    public List<UnitMembership> memberships(Actor actor, UUID schoolId) {
        EntityManager em = k.em();
        Scopes.schoolOrUnitRead(em, actor, schoolId, LocalDate.now(k.clock()), "school.memberships");
        Scopes.school(em, schoolId);
        return em.createQuery("select m from UnitMembership m join fetch m.unit where m.school.id = :s order by m.validFrom",
                UnitMembership.class).setParameter("s", schoolId).getResultList();
    }

    /**
     * Records counts of the school's profile for a school year, merging with what is recorded: a
     * {@code null} value makes the category unknown again (unknown is never zero).
     *
     * @throws AccessDeniedException unless the actor is a school writer (admin, council chair, secretary)
     * @throws vn.kdclgd.rules.KdclException {@code KDCL-7013} bad school year; {@code KDCL-7085} negative count
     */
    public SchoolProfile recordProfile(Actor actor, UUID schoolId, String schoolYear, Map<String, Integer> counts) {
        EntityManager em = k.em();
        Access.schoolWrite(actor, schoolId, "profile.record");
        Scopes.school(em, schoolId);
        requireYear(schoolYear);
        List<vn.kdclgd.rules.Problem> problems = new ArrayList<>();
        counts.forEach((c, v) -> {
            if (v != null && v < 0) {
                problems.add(Problems.of(Problems.NEGATIVE_COUNT, "counts." + c, "số lượng không được âm: " + v,
                        "a count must not be negative: " + v));
            }
        });
        if (!problems.isEmpty()) {
            throw new vn.kdclgd.rules.KdclException(problems);
        }
        SchoolProfile p = em.createQuery("select p from SchoolProfile p where p.school.id = :s and p.schoolYear = :y", SchoolProfile.class)
                .setParameter("s", schoolId).setParameter("y", schoolYear).getResultStream().findFirst().orElse(null);
        if (p == null) {
            p = new SchoolProfile(em.find(School.class, schoolId), schoolYear);
            em.persist(p);
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String category = Text.clean(e.getKey());
            if (e.getValue() == null) {
                p.getCounts().remove(category);
            } else {
                p.setCount(category, e.getValue());
            }
        }
        Data.validate(k, p);
        Audit.record(k, actor, "profile.record", p, schoolId, "year=" + schoolYear + " categories=" + counts.keySet());
        return Data.loaded(p);
    }

    /**
     * Replaces the categories of the school's profile for a school year that start with one of
     * {@code prefixes} by {@code counts} (an import re-run replaces what the previous run wrote, and a
     * category it no longer knows becomes unknown again); categories outside the prefixes are kept.
     * Every key of {@code counts} must start with one of the prefixes.
     *
     * @throws AccessDeniedException unless the actor is a school writer (admin, council chair, secretary)
     * @throws vn.kdclgd.rules.KdclException {@code KDCL-7013} bad school year; {@code KDCL-7085} negative
     *                                       count or a category outside the prefixes
     */
    public SchoolProfile replaceProfile(Actor actor, UUID schoolId, String schoolYear, List<String> prefixes, Map<String, Integer> counts) {
        EntityManager em = k.em();
        Access.schoolWrite(actor, schoolId, "profile.replace");
        Scopes.school(em, schoolId);
        requireYear(schoolYear);
        List<vn.kdclgd.rules.Problem> problems = new ArrayList<>();
        counts.forEach((c, v) -> {
            if (v == null || v < 0) {
                problems.add(Problems.of(Problems.NEGATIVE_COUNT, "counts." + c, "số lượng phải là số không âm: " + v,
                        "a count must be a non-negative number: " + v));
            }
            if (prefixes.stream().noneMatch(c::startsWith)) {
                problems.add(Problems.of(Problems.NEGATIVE_COUNT, "counts." + c, "mục \"" + c + "\" không thuộc các nhóm được thay " + prefixes,
                        "category \"" + c + "\" is outside the replaced groups " + prefixes));
            }
        });
        if (!problems.isEmpty()) {
            throw new vn.kdclgd.rules.KdclException(problems);
        }
        SchoolProfile p = em.createQuery("select p from SchoolProfile p where p.school.id = :s and p.schoolYear = :y", SchoolProfile.class)
                .setParameter("s", schoolId).setParameter("y", schoolYear).getResultStream().findFirst().orElse(null);
        if (p == null) {
            p = new SchoolProfile(em.find(School.class, schoolId), schoolYear);
            em.persist(p);
        }
        p.getCounts().keySet().removeIf(c -> prefixes.stream().anyMatch(c::startsWith));
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            p.setCount(Text.clean(e.getKey()), e.getValue());
        }
        Data.validate(k, p);
        Audit.record(k, actor, "profile.replace", p, schoolId, "year=" + schoolYear + " replaced=" + prefixes + " categories=" + counts.size());
        return Data.loaded(p);
    }

    /** The school's profile of a school year, if any was recorded (school roles or an officer of its unit). */
    public Optional<SchoolProfile> profile(Actor actor, UUID schoolId, String schoolYear) {
        EntityManager em = k.em();
        Scopes.schoolOrUnitRead(em, actor, schoolId, LocalDate.now(k.clock()), "profile.read");
        Scopes.school(em, schoolId);
        return em.createQuery("select p from SchoolProfile p where p.school.id = :s and p.schoolYear = :y", SchoolProfile.class)
                .setParameter("s", schoolId).setParameter("y", schoolYear).getResultStream().findFirst().map(Data::loaded);
    }

    /**
     * The schools that belong, on {@code date}, to {@code unitId} or a unit below it, by code.
     *
     * @throws AccessDeniedException unless the actor is an officer of the unit or a unit above it
     */
    public List<School> schools(Actor actor, UUID unitId, LocalDate date) {
        EntityManager em = k.em();
        Access.unitRead(em, actor, unitId, "unit.schools");
        unit(em, unitId);
        Set<UUID> all = new LinkedHashSet<>(List.of(unitId));
        List<UUID> frontier = List.of(unitId);
        for (int depth = 0; !frontier.isEmpty() && depth < 64; depth++) {
            frontier = em.createQuery("select u.id from SupervisingUnit u where u.parent.id in :f", UUID.class)
                    .setParameter("f", frontier).getResultList().stream().filter(all::add).toList();
        }
        return em.createQuery("select distinct m.school from UnitMembership m where m.unit.id in :units and m.validFrom <= :d "
                        + "and (m.validTo is null or m.validTo >= :d)", School.class)
                .setParameter("units", all).setParameter("d", date).getResultList().stream()
                .sorted(java.util.Comparator.comparing(School::getCode)).map(Data::loaded).toList();
    }

    /** A school (school roles, or an officer of a unit it belongs to today). */
    public School school(Actor actor, UUID schoolId) {
        EntityManager em = k.em();
        Scopes.schoolOrUnitRead(em, actor, schoolId, LocalDate.now(k.clock()), "school.read");
        Scopes.school(em, schoolId);
        return Data.loaded(em.find(School.class, schoolId));
    }

    private static SupervisingUnit unit(EntityManager em, UUID unitId) {
        SupervisingUnit u = em.find(SupervisingUnit.class, unitId);
        if (u == null) {
            throw new NotFoundException("unit", unitId);
        }
        return u;
    }

    private static void requireValid(SupervisingUnit unit, LocalDate date) {
        if (date != null && !unit.isValidOn(date)) {
            throw Problems.input(Problems.UNIT_NOT_VALID, "unit " + unit.getCode(),
                    "đơn vị " + unit.getCode() + " không tồn tại vào ngày " + date + " (" + unit.getValidFrom() + " – "
                            + (unit.getValidTo() == null ? "…" : unit.getValidTo()) + ")",
                    "unit " + unit.getCode() + " does not exist on " + date);
        }
    }

    static void requireYear(String schoolYear) {
        if (!SchoolYears.isValid(schoolYear)) {
            throw Problems.input(Problems.SCHOOL_YEAR, "schoolYear \"" + schoolYear + "\"",
                    "năm học phải có dạng 2025-2026 (hai năm liên tiếp)", "the school year must look like 2025-2026 (two consecutive years)");
        }
    }
}
