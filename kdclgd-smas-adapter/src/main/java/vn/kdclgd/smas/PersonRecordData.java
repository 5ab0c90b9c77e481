package vn.kdclgd.smas;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A personal record an import kept because the vendor turned it on; only the configured fields are
 * filled, the others are empty.
 *
 * @param kind      students or staff
 * @param code      the student / staff code, if kept
 * @param fullName  the name, if kept
 * @param birthDate the date of birth, if kept and readable
 * @param className the class, if kept (students)
 */
public record PersonRecordData(ImportKind kind, Optional<String> code, Optional<String> fullName, Optional<LocalDate> birthDate,
                               Optional<String> className) {
}
