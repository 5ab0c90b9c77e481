package vn.kdclgd.smas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an import read: the sources, the counts derived for the school profile, warnings and errors. A
 * count is present only when it is known — a missing column or a row without the value makes it
 * unknown ({@link #count} empty, {@code null} in JSON), never 0. Nothing is written until
 * {@link SchoolDataImporter#commit}; a result with errors cannot be committed.
 */
public final class ImportResult {
    private final String schoolYear;
    private final List<SourceReport> sources;
    private final Map<String, Integer> counts;
    private final Set<ImportKind> kinds;
    private final List<ImportIssue> warnings;
    private final List<ImportIssue> errors;
    private final List<PersonRecordData> people;

    ImportResult(String schoolYear, List<SourceReport> sources, Map<String, Integer> counts, Set<ImportKind> kinds,
                 List<ImportIssue> warnings, List<ImportIssue> errors, List<PersonRecordData> people) {
        this.schoolYear = schoolYear;
        this.sources = List.copyOf(sources);
        this.counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        this.kinds = Set.copyOf(kinds);
        this.warnings = List.copyOf(warnings);
        this.errors = List.copyOf(errors);
        this.people = List.copyOf(people);
    }

    /** The school year the data is for, e.g. {@code 2025-2026}. */
    public String schoolYear() {
        return schoolYear;
    }

    /** One entry per sheet read. */
    public List<SourceReport> sources() {
        return sources;
    }

    /**
     * The known counts by profile category ({@code students.total}, {@code students.female},
     * {@code students.grade.6}, {@code classes.total}, {@code staff.role.TEACHER},
     * {@code facilities.rooms.CLASSROOM.SOLID} …; docs/import.md).
     */
    public Map<String, Integer> counts() {
        return counts;
    }

    /** One count, empty when unknown. */
    public OptionalInt count(String category) {
        Integer v = counts.get(category);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** The kinds of data found (students, staff, classes, rooms); their categories are replaced at commit. */
    public Set<ImportKind> kinds() {
        return kinds;
    }

    /** Warnings: the import can be committed, but read them. */
    public List<ImportIssue> warnings() {
        return warnings;
    }

    /** Errors: the import cannot be committed until they are fixed. */
    public List<ImportIssue> errors() {
        return errors;
    }

    /** Whether the import can be committed: data was found and there is no error. */
    public boolean usable() {
        return errors.isEmpty() && !sources.isEmpty();
    }

    /** Students per class (2 decimals), when both counts are known and there are classes. */
    public Optional<BigDecimal> studentsPerClass() {
        return ratio("students.total", "classes.total");
    }

    /** Teachers per class (2 decimals), when both counts are known and there are classes. */
    public Optional<BigDecimal> teachersPerClass() {
        return ratio("staff.role.TEACHER", "classes.total");
    }

    private Optional<BigDecimal> ratio(String num, String den) {
        Integer n = counts.get(num);
        Integer d = counts.get(den);
        if (n == null || d == null || d == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP));
    }

    /** The personal records kept (empty unless {@link ImportOptions#keepPersonal} names fields). */
    public List<PersonRecordData> people() {
        return people;
    }

    /** The result as JSON (the CLI's {@code --json} output; docs/import.md). */
    public String toJson() {
        return vn.kdclgd.smas.internal.map.ResultJson.write(this);
    }
}
