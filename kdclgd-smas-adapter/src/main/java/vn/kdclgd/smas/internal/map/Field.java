package vn.kdclgd.smas.internal.map;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.kdclgd.smas.ImportKind;

/**
 * The fields a template can map a column to, per kind, with the canonical values of the coded ones.
 * The names are the keys of a template's {@code columns} and {@code values} objects.
 */
public enum Field {
    STUDENT_CODE(ImportKind.STUDENTS, "studentCode", Set.of()),
    FULL_NAME(null, "fullName", Set.of()),
    BIRTH_DATE(null, "birthDate", Set.of()),
    CLASS_CODE(null, "classCode", Set.of()),
    CLASS_NAME(null, "className", Set.of()),
    GRADE(null, "grade", Set.of()),
    GENDER(null, "gender", Set.of("FEMALE", "MALE")),
    ETHNICITY(null, "ethnicity", Set.of("MAJORITY", "MINORITY")),
    STUDENT_STATUS(ImportKind.STUDENTS, "status", Set.of("ENROLLED", "LEFT")),
    DISABILITY(ImportKind.STUDENTS, "disability", Set.of("NONE", "DISABLED")),
    STAFF_CODE(ImportKind.STAFF, "staffCode", Set.of()),
    ROLE(ImportKind.STAFF, "role", Set.of("MANAGER", "TEACHER", "SUPPORT")),
    TRAINING(ImportKind.STAFF, "trainingLevel", Set.of("DOCTORATE", "MASTER", "BACHELOR", "COLLEGE", "INTERMEDIATE", "OTHER")),
    STANDARD(ImportKind.STAFF, "professionalStandard", Set.of("GOOD", "FAIR", "MET", "NOT_MET")),
    STAFF_STATUS(ImportKind.STAFF, "staffStatus", Set.of("WORKING", "LEFT")),
    CLASS_SIZE(ImportKind.CLASSES, "classSize", Set.of()),
    ROOM_CODE(ImportKind.FACILITIES, "roomCode", Set.of()),
    ROOM_NAME(ImportKind.FACILITIES, "roomName", Set.of()),
    SITE(ImportKind.FACILITIES, "site", Set.of()),
    /** The block of the report's "Cơ cấu khối công trình" table a room belongs to (docs/import.md). */
    ROOM_TYPE(ImportKind.FACILITIES, "roomType",
            ordered("CLASSROOM", "SUBJECT_ROOM", "LEARNING_SUPPORT", "ADMINISTRATION", "LIBRARY", "KITCHEN", "OTHER")),
    /** Kiên cố / bán kiên cố / tạm. */
    BUILDING_GRADE(ImportKind.FACILITIES, "buildingGrade", ordered("SOLID", "SEMI_SOLID", "TEMPORARY")),
    AREA(ImportKind.FACILITIES, "area", Set.of()),
    IN_USE(ImportKind.FACILITIES, "inUse", Set.of("IN_USE", "NOT_IN_USE"));

    private final ImportKind only;
    private final String key;
    private final Set<String> canonical;

    Field(ImportKind only, String key, Set<String> canonical) {
        this.only = only;
        this.key = key;
        this.canonical = canonical;
    }

    private static Set<String> ordered(String... values) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(values)));
    }

    /** The name used in template files. */
    public String key() {
        return key;
    }

    /**
     * The canonical values of a coded field (empty for free text, codes, dates and numbers); for room types and
     * building grades in the order of the report's table.
     */
    public Set<String> canonical() {
        return canonical;
    }

    /** Whether values of this field are mapped through a value table. */
    public boolean coded() {
        return !canonical.isEmpty() || this == GRADE;
    }

    /** Whether a template of {@code kind} may map this field. */
    public boolean allowedIn(ImportKind kind) {
        if (only != null) {
            return only == kind;
        }
        return switch (this) {
            case FULL_NAME, BIRTH_DATE, GENDER, ETHNICITY -> kind == ImportKind.STUDENTS || kind == ImportKind.STAFF;
            case CLASS_CODE, CLASS_NAME, GRADE -> kind == ImportKind.STUDENTS || kind == ImportKind.CLASSES;
            default -> true;
        };
    }

    /** The field named {@code key}. */
    public static Optional<Field> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The field names allowed for {@code kind}, for messages. */
    public static List<String> keys(ImportKind kind) {
        return Arrays.stream(values()).filter(f -> f.allowedIn(kind)).map(Field::key).toList();
    }
}
