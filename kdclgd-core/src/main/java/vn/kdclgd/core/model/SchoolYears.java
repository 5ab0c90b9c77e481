package vn.kdclgd.core.model;

import java.time.LocalDate;

/** School years written {@code 2025-2026}: two consecutive years. */
public final class SchoolYears {
    /** The pattern of a school year. */
    public static final String PATTERN = "(19|20)\\d\\d-(19|20)\\d\\d";

    private SchoolYears() {
    }

    /** Whether {@code value} is a school year of two consecutive years. */
    public static boolean isValid(String value) {
        if (value == null || !value.matches(PATTERN)) {
            return false;
        }
        return Integer.parseInt(value.substring(5)) == Integer.parseInt(value.substring(0, 4)) + 1;
    }

    /** The school year following {@code value}. */
    public static String next(String value) {
        int start = Integer.parseInt(value.substring(0, 4)) + 1;
        return start + "-" + (start + 1);
    }

    /** The first day of school year {@code value} (1 August of its first year, by convention). */
    public static LocalDate firstDay(String value) {
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 8, 1);
    }

    /** The last day of school year {@code value} (31 July of its second year, by convention). */
    public static LocalDate lastDay(String value) {
        return LocalDate.of(Integer.parseInt(value.substring(5)), 7, 31);
    }

    /** The school year containing {@code date} (a school year starts on 1 August here, by convention). */
    public static String of(LocalDate date) {
        int start = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return start + "-" + (start + 1);
    }
}
