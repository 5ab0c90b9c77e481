/**
 * A client for a vendor's partner HTTP API that hands out a school's classes and students — the shape
 * SMAS and similar school-management systems expose to partners: a province code, an eight-digit school
 * code, a school year and a per-school secret in; students (code, full name, birth day, class) and classes
 * out.
 *
 * <p>The real API's URLs and JSON names are not public, so everything that differs between vendors is
 * configuration, not code: {@link vn.kdclgd.smas.partner.PartnerApiConfig} (address, paths, credential
 * header, timeouts, retries, paging, limits) and {@link vn.kdclgd.smas.partner.PartnerFieldNames} (JSON
 * field names). The defaults are kdclgd's assumption and say so. Start with
 * {@link vn.kdclgd.smas.partner.SmasPartnerClient}; see {@code docs/smas-partner-api.md}.
 */
package vn.kdclgd.smas.partner;
