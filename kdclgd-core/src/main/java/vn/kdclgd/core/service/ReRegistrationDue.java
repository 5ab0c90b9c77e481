package vn.kdclgd.core.service;

import java.time.LocalDate;

/**
 * A certificate whose holder must have completed its self-assessment and registered again by
 * {@code dueOn} ({@code validUntil − renewalLeadMonths} of the certificate's own recognition scheme,
 * e.g. 05 tháng under khoản 2 Điều 35 of the 2018 regulations).
 *
 * @param certificate the certificate
 * @param leadMonths  the scheme's lead time in months
 * @param dueOn       the day by which the school must have registered again
 */
public record ReRegistrationDue(CertificateInfo certificate, int leadMonths, LocalDate dueOn) {
}
