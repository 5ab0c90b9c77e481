/**
 * School data in: {@link vn.kdclgd.smas.SchoolDataImporter} reads the exports of CSDL ngành, SMAS and vnEdu
 * (xlsx, xls, csv) by mapping templates ({@link vn.kdclgd.smas.ImportTemplates}) into counts for the school
 * profile; {@code vn.kdclgd.smas.partner} reads a vendor's partner HTTP API. See docs/import.md.
 */
package vn.kdclgd.smas;
