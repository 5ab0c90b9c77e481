package vn.kdclgd.smas.partner;

import java.util.List;
import java.util.Objects;

/**
 * The JSON field names of a partner API's answers: the page envelope, a student and a class.
 *
 * <p><strong>The defaults are kdclgd's assumption, not a published format.</strong> The SMAS partner
 * API's field names are not public; the defaults ({@code items}, {@code total}, {@code hasMore},
 * {@code studentCode}, {@code fullName}, {@code birthDate}, {@code classId}, {@code className},
 * {@code id}, {@code name}, {@code grade}) are plain English camelCase names chosen so that a vendor
 * whose API differs only has to name its own fields here — in Java, or with
 * {@link PartnerApiConfig#fromProperties(java.util.Map, String)} without code.
 *
 * <p>A name may be a dotted path into nested objects: {@code lop.ten} reads {@code {"lop": {"ten": …}}}.
 * A JSON key that itself contains a dot cannot be named.
 *
 * @param page        the envelope around one page of records
 * @param student     the fields of a student record
 * @param schoolClass the fields of a class record
 */
public record PartnerFieldNames(Page page, Student student, SchoolClass schoolClass) {

    /** Checks that no part is null. */
    public PartnerFieldNames {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(schoolClass, "schoolClass");
    }

    /** kdclgd's assumed names for all three parts (see the type's description). */
    public static PartnerFieldNames defaults() {
        return new PartnerFieldNames(Page.defaults(), Student.defaults(), SchoolClass.defaults());
    }

    /** The same names with another page envelope. */
    public PartnerFieldNames withPage(Page newPage) {
        return new PartnerFieldNames(newPage, student, schoolClass);
    }

    /** The same names with other student fields. */
    public PartnerFieldNames withStudent(Student newStudent) {
        return new PartnerFieldNames(page, newStudent, schoolClass);
    }

    /** The same names with other class fields. */
    public PartnerFieldNames withSchoolClass(SchoolClass newSchoolClass) {
        return new PartnerFieldNames(page, student, newSchoolClass);
    }

    /**
     * The envelope of one page: {@code {"items": [...], "total": 1234, "hasMore": true}} by default.
     *
     * @param items   the array of records; empty text when the body itself is the array (then paging can
     *                only stop on a short page, see {@link PartnerApiConfig.Paging.Mode})
     * @param total   the total number of records over all pages (read in
     *                {@link PartnerApiConfig.Paging.Mode#TOTAL_FIELD} mode); empty text when the API has none
     * @param hasMore whether another page follows (read in {@link PartnerApiConfig.Paging.Mode#HAS_MORE_FIELD}
     *                mode); empty text when the API has none
     */
    public record Page(String items, String total, String hasMore) {
        /** Checks that no name is null (empty text means "not used"). */
        public Page {
            Objects.requireNonNull(items, "items");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(hasMore, "hasMore");
        }

        /** {@code items}, {@code total}, {@code hasMore} — kdclgd's assumption. */
        public static Page defaults() {
            return new Page("items", "total", "hasMore");
        }
    }

    /**
     * The fields of one student record. All but {@code birthDate} and {@code extra} are required in every
     * record; a record without one is refused with {@code KDCL-9323}.
     *
     * @param code      the student code (mã học sinh), text or an integer
     * @param fullName  the full name (họ và tên)
     * @param birthDate the birth day, {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; optional in the data;
     *                  empty text when the API has no such field
     * @param classId   the id of the student's class, text or an integer
     * @param className the name of the student's class, e.g. {@code 6A1}
     * @param extra     further fields to keep in {@link PartnerStudent#extra()}, in this order; empty by
     *                  default so that no personal data is kept unless a vendor asks for it by name
     */
    public record Student(String code, String fullName, String birthDate, String classId, String className,
                          List<String> extra) {
        /** Checks that no name is null and copies {@code extra}. */
        public Student {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(birthDate, "birthDate");
            Objects.requireNonNull(classId, "classId");
            Objects.requireNonNull(className, "className");
            extra = List.copyOf(extra);
        }

        /** {@code studentCode}, {@code fullName}, {@code birthDate}, {@code classId}, {@code className}, no extra. */
        public static Student defaults() {
            return new Student("studentCode", "fullName", "birthDate", "classId", "className", List.of());
        }

        /** The same fields, keeping these extra fields. */
        public Student withExtra(List<String> extraFields) {
            return new Student(code, fullName, birthDate, classId, className, extraFields);
        }
    }

    /**
     * The fields of one class record. {@code id} and {@code name} are required in every record.
     *
     * @param id    the class id, text or an integer; the value students refer to with their class id
     * @param name  the class name, e.g. {@code 6A1}
     * @param grade the grade (khối), e.g. {@code 6}, text or an integer; optional in the data; empty text
     *              when the API has no such field
     */
    public record SchoolClass(String id, String name, String grade) {
        /** Checks that no name is null. */
        public SchoolClass {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(grade, "grade");
        }

        /** {@code id}, {@code name}, {@code grade} — kdclgd's assumption. */
        public static SchoolClass defaults() {
            return new SchoolClass("id", "name", "grade");
        }
    }
}
