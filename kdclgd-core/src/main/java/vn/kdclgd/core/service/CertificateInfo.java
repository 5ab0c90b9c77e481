package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate as listed for a supervising unit (reminders, re-registration).
 *
 * @param certificateId the certificate
 * @param schoolId      the school
 * @param schoolCode    the school's code
 * @param schoolName    the school's name
 * @param kind          {@code accreditation} or {@code nationalStandard}
 * @param level         cấp độ / mức độ
 * @param catalogId     the catalog (regime) it was issued under
 * @param issuedOn      date of the decision
 * @param validUntil    last day of validity
 */
public record CertificateInfo(UUID certificateId, UUID schoolId, String schoolCode, String schoolName, String kind, int level,
                              String catalogId, LocalDate issuedOn, LocalDate validUntil) {
}
