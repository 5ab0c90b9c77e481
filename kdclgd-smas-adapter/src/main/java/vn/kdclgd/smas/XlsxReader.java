package vn.kdclgd.smas;

/**
 * Which reader an import uses for {@code .xlsx} files ({@link ImportOptions#withXlsxReader}). Both give
 * the same rows, counts and errors — the tests read every xlsx fixture both ways and compare — and both
 * read a workbook whose shared strings do not fit the heap through temporary files, in a small heap at
 * any file size.
 */
public enum XlsxReader {
    /**
     * kdclgd's own streaming reader (the default): every sheet is inflated once and parsed from its bytes,
     * with the checks against hostile files (zip bombs, DTDs, over-long cells) on the same stream. About as
     * fast as fastexcel-reader reading the file bare; see docs/import.md.
     */
    KDCLGD,
    /**
     * fastexcel-reader 0.20.2, after a separate pass that checks every part of the file. Slower (each
     * sheet is inflated twice); there for a vendor who prefers the third-party parser, or to compare when
     * a file reads unexpectedly.
     */
    FASTEXCEL
}
