package vn.kdclgd.core.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Query;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.internal.Access;
import vn.kdclgd.core.internal.Units;
import vn.kdclgd.core.model.SchoolYears;
import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.catalog.Catalog;

/**
 * Statistics for supervising units (Sở, commune/ward units): counts for a unit subtree, a school year
 * and optionally a school type — never rankings, never per-school lists. Each figure is one aggregate
 * SQL query (after one statement that lists the subtree's unit ids); no entity is loaded.
 *
 * <p><b>Which schools.</b> The units of the subtree that exist on the scope's date (recursive CTE over
 * {@code kdcl_unit.parent_id}; a unit whose {@code valid_to} is before the date — merged, dissolved —
 * and what is below it drop out), and the schools whose {@code kdcl_unit_membership} in one of those
 * units is valid on the date. A school that moved is counted, on each date, in the unit it belonged to
 * then.
 *
 * <p>Access: a unit officer of the unit or of a unit above it ({@code Access.unitRead}).
 */
public final class StatisticsService {
    /** The scope is invalid (school year, school type, negative months). */
    public static final String BAD_SCOPE = "KDCL-7220";

    /**
     * Regimes ({@link Catalog#regime()}) whose improvement plans must be reviewed at least twice a school
     * year (TT57: "rà soát, đánh giá tối thiểu 02 lần trong năm học", Mẫu 2 mục VIII.a). The 2018 regime
     * sets no such number, so its actions are never overdue here.
     */
    public static final Set<String> REVIEWED_TWICE_A_YEAR = Set.of("TT57-2026");

    private final Kdclgd k;

    /** The service on {@code kdclgd}. */
    public StatisticsService(Kdclgd kdclgd) {
        this.k = Objects.requireNonNull(kdclgd, "kdclgd");
    }

    /**
     * Every figure at once (four queries).
     *
     * @param expiringMonths the window for {@link #expiringCertificates}
     * @throws AccessDeniedException unless the actor is a unit officer of the unit or above it
     * @throws ReviewException       {@link #BAD_SCOPE}
     */
    public UnitStatistics summary(Actor actor, StatisticsScope scope, int expiringMonths) {
        check(actor, scope, "statistics.summary");
        if (expiringMonths < 0) {
            throw badScope("expiringMonths", "số tháng không được âm", "the number of months must not be negative");
        }
        return new UnitStatistics(scope, counts(scope), levels(scope), expiringMonths, expiring(scope, expiringMonths), overdue(scope));
    }

    /**
     * Schools, schools with a published self-assessment of the year (count and %), and schools
     * registered for / having completed external review or recognition on a published version of the
     * year (one query).
     */
    public UnitStatistics.SchoolCounts schoolCounts(Actor actor, StatisticsScope scope) {
        check(actor, scope, "statistics.schoolCounts");
        return counts(scope);
    }

    /**
     * The level distribution of the latest published version (by publication time) of each school's
     * self-assessments of the year, published on or before the date, per catalog and level (one query).
     */
    public List<UnitStatistics.LevelCount> levelDistribution(Actor actor, StatisticsScope scope) {
        check(actor, scope, "statistics.levels");
        return levels(scope);
    }

    /**
     * Current certificates (valid on the date, not revoked, not superseded by a later certificate of
     * the same kind) of the scope's schools that end within {@code months} months of the date, per kind
     * (one query).
     */
    public List<UnitStatistics.KindCount> expiringCertificates(Actor actor, StatisticsScope scope, int months) {
        check(actor, scope, "statistics.expiring");
        if (months < 0) {
            throw badScope("months", "số tháng không được âm", "the number of months must not be negative");
        }
        return expiring(scope, months);
    }

    /**
     * Improvement actions whose reviews are overdue (one query). The rule chosen (TT57 Mẫu 2 mục
     * VIII.a: at least two reviews a school year; the review points "cuối học kỳ I" and "cuối năm học"):
     * <ul>
     * <li>actions of the scope's schools' self-assessments of the school year, on a catalog of a regime
     * in {@link #REVIEWED_TWICE_A_YEAR}, not DROPPED;</li>
     * <li>reviews counted: those dated from 1 August (start of the school year) to the scope's date,
     * and never after 31 July (its end);</li>
     * <li>required by the date: 2 from 31 July (the last day of the year) on, 1 from 31 January (the
     * end of học kỳ I, by convention) on, 0 before;</li>
     * <li>an action is overdue when it has fewer reviews than required.</li>
     * </ul>
     */
    public UnitStatistics.OverdueReviews overdueImprovementReviews(Actor actor, StatisticsScope scope) {
        check(actor, scope, "statistics.overdue");
        return overdue(scope);
    }

    private void check(Actor actor, StatisticsScope scope, String action) {
        Objects.requireNonNull(scope, "scope");
        Access.unitRead(k.em(), actor, scope.unitId(), action);
        if (!SchoolYears.isValid(scope.schoolYear())) {
            throw badScope("schoolYear \"" + scope.schoolYear() + "\"", "năm học phải có dạng 2026-2027",
                    "a school year is written 2026-2027");
        }
        if (scope.schoolType().isPresent() && !SchoolType.isValidCode(scope.schoolType().get())) {
            throw badScope("schoolType \"" + scope.schoolType().get() + "\"", "mã loại trường không hợp lệ (ví dụ THCS, MAM_NON)",
                    "invalid school type code (e.g. THCS, MAM_NON)");
        }
    }

    private static ReviewException badScope(String where, String vi, String en) {
        return ReviewException.of(BAD_SCOPE, where, vi, en);
    }

    private Query query(StatisticsScope scope, String select) {
        Query q = k.em().createNativeQuery(Units.scopeCte(scope.schoolType().isPresent()) + select)
                .setParameter("units", Units.unitsParameter(k.em(), scope.unitId(), scope.date())).setParameter("d", scope.date());
        scope.schoolType().ifPresent(t -> q.setParameter("type", t));
        return q;
    }

    /** Publication is "on or before the date": before the start of the next day in the clock's zone. */
    private Instant until(StatisticsScope scope) {
        return scope.date().plusDays(1).atStartOfDay(k.clock().getZone()).toInstant();
    }

    private UnitStatistics.SchoolCounts counts(StatisticsScope scope) {
        // set-based (the database picks hash joins for a province, index lookups for a commune) rather
        // than three EXISTS per school
        String ofYear = " from sch s join kdcl_assessment a on a.school_id = s.id join kdcl_published_version p on p.assessment_id = a.id";
        String sql = "select count(*), count(pub.school_id), count(regd.school_id), count(dcd.school_id) from sch"
                + " left join (select distinct a.school_id" + ofYear
                + " where a.school_year = :y and p.published_at < :until) pub on pub.school_id = sch.id"
                + " left join (select distinct a.school_id" + ofYear + " join kdcl_external_review r on r.snapshot_id = p.id"
                + " where a.school_year = :y and r.registered_on <= :d and r.state <> 'WITHDRAWN') regd on regd.school_id = sch.id"
                + " left join (select distinct a.school_id" + ofYear + " join kdcl_external_review r on r.snapshot_id = p.id"
                + " where a.school_year = :y and r.state = 'DECIDED' and r.decided_on <= :d) dcd on dcd.school_id = sch.id";
        Object[] r = (Object[]) query(scope, sql).setParameter("y", scope.schoolYear()).setParameter("until", until(scope))
                .getSingleResult();
        long schools = Units.number(r[0]);
        long published = Units.number(r[1]);
        double percent = schools == 0 ? 0 : Math.round(published * 1000.0 / schools) / 10.0;
        return new UnitStatistics.SchoolCounts(schools, published, percent, Units.number(r[2]), Units.number(r[3]));
    }

    private List<UnitStatistics.LevelCount> levels(StatisticsScope scope) {
        String sql = "select x.catalog_id, x.school_level, count(*) from ("
                + " select a.catalog_id, p.school_level,"
                + " row_number() over (partition by a.school_id order by p.published_at desc, p.number desc, a.catalog_id, a.part_level) rn"
                + " from sch join kdcl_assessment a on a.school_id = sch.id join kdcl_published_version p on p.assessment_id = a.id"
                + " where a.school_year = :y and p.published_at < :until"
                + ") x where x.rn = 1 group by x.catalog_id, x.school_level order by x.catalog_id, x.school_level";
        List<UnitStatistics.LevelCount> out = new ArrayList<>();
        for (Object row : query(scope, sql).setParameter("y", scope.schoolYear()).setParameter("until", until(scope)).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new UnitStatistics.LevelCount((String) r[0], (int) Units.number(r[1]), Units.number(r[2])));
        }
        return List.copyOf(out);
    }

    private List<UnitStatistics.KindCount> expiring(StatisticsScope scope, int months) {
        String sql = "select c.kind, count(*) from kdcl_certificate c join sch on c.school_id = sch.id where"
                + RecognitionService.currentCertificatesWhere() + " and c.valid_until <= :limit group by c.kind order by c.kind";
        List<UnitStatistics.KindCount> out = new ArrayList<>();
        for (Object row : query(scope, sql).setParameter("limit", scope.date().plusMonths(months)).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new UnitStatistics.KindCount((String) r[0], Units.number(r[1])));
        }
        return List.copyOf(out);
    }

    private UnitStatistics.OverdueReviews overdue(StatisticsScope scope) {
        LocalDate end = scope.yearEnd();
        LocalDate mid = LocalDate.of(end.getYear(), 1, 31);
        LocalDate d = scope.date();
        int required = !d.isBefore(end) ? 2 : !d.isBefore(mid) ? 1 : 0;
        List<String> catalogs = k.catalogs().catalogs().stream().filter(c -> REVIEWED_TWICE_A_YEAR.contains(c.regime()))
                .map(Catalog::id).toList();
        if (required == 0 || catalogs.isEmpty()) {
            return new UnitStatistics.OverdueReviews(required, 0, 0);
        }
        // each action keeps its first and second review date within the school year (V3, derived on save)
        String reviewOn = required == 1 ? "ia.review1_on" : "ia.review2_on";
        String sql = "select count(*), count(distinct a.school_id)"
                + " from sch join kdcl_assessment a on a.school_id = sch.id join kdcl_improvement_action ia on ia.assessment_id = a.id"
                + " where a.school_year = :y and a.catalog_id in (:catalogs) and ia.status <> 'DROPPED'"
                + " and (" + reviewOn + " is null or " + reviewOn + " > :upto)";
        Object[] r = (Object[]) query(scope, sql).setParameter("y", scope.schoolYear())
                .setParameter("upto", d.isBefore(end) ? d : end).setParameter("catalogs", catalogs).getSingleResult();
        return new UnitStatistics.OverdueReviews(required, Units.number(r[0]), Units.number(r[1]));
    }
}
