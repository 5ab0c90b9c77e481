package vn.kdclgd.core.service;

import java.util.List;
import java.util.Objects;

/**
 * The statistics of a unit subtree for a school year (no rankings: counts only, no per-school lists).
 *
 * @param scope          what was counted
 * @param counts         schools, publication and external-review counts
 * @param levels         level distribution of the latest published version per school
 * @param expiringMonths the window of {@code expiring}
 * @param expiring       current certificates ending within {@code expiringMonths} months, per kind
 * @param overdue        improvement actions whose reviews are overdue
 */
public record UnitStatistics(StatisticsScope scope, SchoolCounts counts, List<LevelCount> levels, int expiringMonths,
                             List<KindCount> expiring, OverdueReviews overdue) {
    /** Makes the lists immutable. */
    public UnitStatistics {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(counts, "counts");
        levels = List.copyOf(levels);
        expiring = List.copyOf(expiring);
        Objects.requireNonNull(overdue, "overdue");
    }

    /** Certificates expiring within the window, all kinds. */
    public long expiringTotal() {
        return expiring.stream().mapToLong(KindCount::certificates).sum();
    }

    /**
     * Schools and what they have done in the school year.
     *
     * @param schools           schools of the scope (membership valid on the date)
     * @param published         schools with a self-assessment of the year published on or before the date
     * @param publishedPercent  {@code published / schools} in percent, one decimal (0 when there are no schools)
     * @param reviewsRegistered schools registered for external review / recognition on a published version of the year (not withdrawn)
     * @param reviewsCompleted  of those, schools whose review was decided on or before the date
     */
    public record SchoolCounts(long schools, long published, double publishedPercent, long reviewsRegistered, long reviewsCompleted) {
    }

    /**
     * Schools whose latest published version of the year has a school level, per catalog (levels of
     * different regimes mean different things).
     *
     * @param catalogId the catalog of the assessment
     * @param level     the school level (0 = không đạt Mức 1)
     * @param schools   number of schools
     */
    public record LevelCount(String catalogId, int level, long schools) {
    }

    /**
     * Certificates of one kind.
     *
     * @param kind         {@code accreditation} or {@code nationalStandard}
     * @param certificates number of certificates
     */
    public record KindCount(String kind, long certificates) {
    }

    /**
     * Improvement actions whose reviews are overdue on the scope's date (rule in
     * {@link StatisticsService#overdueImprovementReviews}).
     *
     * @param requiredReviews reviews required by the date (0, 1 or 2)
     * @param actions         overdue actions
     * @param schools         schools with at least one overdue action
     */
    public record OverdueReviews(int requiredReviews, long actions, long schools) {
    }
}
