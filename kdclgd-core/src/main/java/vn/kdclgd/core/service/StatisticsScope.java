package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import vn.kdclgd.core.model.SchoolYears;

/**
 * What a statistics query covers: a supervising unit and its subtree, optionally one school type, a
 * school year, and the date on which unit membership, publication, reviews and certificates are taken.
 *
 * @param unitId     the unit (its subtree is included)
 * @param schoolType a school type code ({@code THCS}, {@code MAM_NON} …); empty for every type
 * @param schoolYear the school year, e.g. {@code 2026-2027}
 * @param date       the "as of" date
 */
public record StatisticsScope(UUID unitId, Optional<String> schoolType, String schoolYear, LocalDate date) {
    /** Checks the components. */
    public StatisticsScope {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(schoolType, "schoolType");
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(date, "date");
    }

    /** A whole school year of every school type: as of its last day (31 July, see {@link SchoolYears#of}). */
    public static StatisticsScope forYear(UUID unitId, String schoolYear) {
        return new StatisticsScope(unitId, Optional.empty(), schoolYear, lastDay(schoolYear));
    }

    /** A whole school year of one school type: as of its last day (31 July). */
    public static StatisticsScope forYear(UUID unitId, String schoolType, String schoolYear) {
        return new StatisticsScope(unitId, Optional.of(schoolType), schoolYear, lastDay(schoolYear));
    }

    /** Every school type, as of {@code date}, in the school year containing it. */
    public static StatisticsScope onDate(UUID unitId, LocalDate date) {
        return new StatisticsScope(unitId, Optional.empty(), SchoolYears.of(date), date);
    }

    /** One school type, as of {@code date}, in the school year containing it. */
    public static StatisticsScope onDate(UUID unitId, String schoolType, LocalDate date) {
        return new StatisticsScope(unitId, Optional.of(schoolType), SchoolYears.of(date), date);
    }

    /** First day of the school year (1 August). */
    public LocalDate yearStart() {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 8, 1);
    }

    /** Last day of the school year (31 July). */
    public LocalDate yearEnd() {
        return lastDay(schoolYear);
    }

    private static LocalDate lastDay(String schoolYear) {
        if (!SchoolYears.isValid(schoolYear)) {
            throw ReviewException.of(StatisticsService.BAD_SCOPE, "schoolYear \"" + schoolYear + "\"",
                    "năm học phải có dạng 2026-2027 (hai năm liên tiếp)", "a school year is written 2026-2027 (two consecutive years)");
        }
        return LocalDate.of(Integer.parseInt(schoolYear.substring(5)), 7, 31);
    }
}
