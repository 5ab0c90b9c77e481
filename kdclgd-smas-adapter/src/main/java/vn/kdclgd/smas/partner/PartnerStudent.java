package vn.kdclgd.smas.partner;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One student as a partner API reports it. Text is Unicode NFC and stripped of surrounding white space.
 *
 * @param code      the student code (mã học sinh), not blank
 * @param fullName  the full name (họ và tên), not blank
 * @param birthDate the birth day, when the API gives one
 * @param classId   the id of the student's class, as in {@link PartnerClass#id()}
 * @param className the name of the student's class, e.g. {@code 6A1}
 * @param extra     the further fields a vendor asked to keep
 *                  ({@link PartnerFieldNames.Student#extra()}), by field name in that order; only those
 *                  present in the record; empty unless configured
 */
public record PartnerStudent(String code, String fullName, Optional<LocalDate> birthDate, String classId,
                             String className, Map<String, String> extra) {

    /** Checks that no component is null and keeps an unmodifiable copy of {@code extra} in its order. */
    public PartnerStudent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(className, "className");
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
