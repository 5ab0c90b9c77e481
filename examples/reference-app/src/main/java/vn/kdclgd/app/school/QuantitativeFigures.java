package vn.kdclgd.app.school;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.kdclgd.core.model.SchoolProfile;

/**
 * Key figures of the school's profile for one school year (counts recorded with
 * {@code OrganisationService.recordProfile} or by the school-data import) and the ratios computed from
 * them. A count that is not recorded is "chưa có dữ liệu" (no data), never 0, and gives a warning.
 *
 * @param schoolYear the school year
 * @param recorded   whether any profile was recorded for the year
 * @param figures    the figures, counts first
 * @param warnings   what is missing or cannot be computed
 */
public record QuantitativeFigures(String schoolYear, boolean recorded, List<Figure> figures, List<String> warnings) {
    /** Shown for a figure without data. */
    public static final String NO_DATA = "chưa có dữ liệu";

    /**
     * One figure.
     *
     * @param label label (Vietnamese / English)
     * @param keys  the profile categories it is computed from
     * @param value formatted value, or empty when it cannot be given
     */
    public record Figure(String label, String keys, Optional<String> value) {
        /** The value or {@link #NO_DATA}. */
        public String shown() {
            return value.orElse(NO_DATA);
        }
    }

    /** The figures of {@code profile} (empty when the year has none). */
    public static QuantitativeFigures of(String schoolYear, Optional<SchoolProfile> profile) {
        Map<String, Integer> counts = profile.map(SchoolProfile::getCounts).orElse(Map.of());
        List<Figure> figures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (profile.isEmpty()) {
            warnings.add("Chưa có số liệu của trường cho năm học " + schoolYear + " (nhập ở trang Dữ liệu trường) / no school data for "
                    + schoolYear);
        }
        Integer students = counts.get("students.total");
        Integer classes = counts.get("classes.total");
        String teacherKey = counts.containsKey("staff.teachers") ? "staff.teachers" : "staff.role.TEACHER";
        Integer teachers = counts.get(teacherKey);
        figures.add(count("Tổng số học sinh / students", "students.total", students, warnings, profile.isPresent()));
        figures.add(count("Tổng số lớp / classes", "classes.total", classes, warnings, profile.isPresent()));
        figures.add(count("Số giáo viên / teachers", teacherKey, teachers, warnings, profile.isPresent()));
        figures.add(ratio("Số học sinh bình quân một lớp / students per class", "students.total ÷ classes.total", students, classes, warnings));
        figures.add(ratio("Số giáo viên bình quân một lớp / teachers per class", teacherKey + " ÷ classes.total", teachers, classes, warnings));
        return new QuantitativeFigures(schoolYear, profile.isPresent(), List.copyOf(figures), List.copyOf(warnings));
    }

    private static Figure count(String label, String key, Integer value, List<String> warnings, boolean recorded) {
        if (value == null && recorded) {
            warnings.add(label + ": " + NO_DATA + " (" + key + ")");
        }
        return new Figure(label, key, Optional.ofNullable(value).map(v -> format(BigDecimal.valueOf(v), "#,##0")));
    }

    private static Figure ratio(String label, String keys, Integer num, Integer den, List<String> warnings) {
        if (num == null || den == null) {
            return new Figure(label, keys, Optional.empty());
        }
        if (den == 0) {
            warnings.add(label + ": không tính được vì số lớp là 0 / cannot be computed, no class recorded");
            return new Figure(label, keys, Optional.empty());
        }
        BigDecimal r = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP);
        return new Figure(label, keys, Optional.of(format(r, "#,##0.00")));
    }

    private static String format(BigDecimal v, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"))).format(v);
    }
}
