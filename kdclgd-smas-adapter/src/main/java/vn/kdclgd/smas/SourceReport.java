package vn.kdclgd.smas;

import java.util.Optional;

/**
 * What was read from one sheet of one input file.
 *
 * @param file      the file's name
 * @param fileKind  {@code XLSX}, {@code XLS} or {@code CSV}, detected from the content
 * @param sheet     the sheet read (for a CSV file, its name without the extension)
 * @param template  id of the template whose header was found
 * @param kind      what its rows are
 * @param headerRow 1-based row of the header (the last row of a two-row header)
 * @param encoding  the text encoding met: the CSV charset, {@code "Unicode"} for a workbook, and any legacy
 *                  encoding converted with its cell count, e.g. {@code "Unicode; TCVN3 → Unicode: 412 ô"}
 * @param rowsRead  non-empty rows read from the sheet
 * @param records   data rows (students, staff, classes or rooms) counted, after duplicates, left pupils and staff,
 *                  and rooms not in use
 */
public record SourceReport(String file, String fileKind, String sheet, String template, ImportKind kind, int headerRow,
                           String encoding, int rowsRead, int records) {
    /** The sheet, empty for a CSV file (whose one sheet {@link #sheet()} names after the file). */
    public Optional<String> sheetName() {
        return "CSV".equals(fileKind) ? Optional.empty() : Optional.of(sheet);
    }
}
