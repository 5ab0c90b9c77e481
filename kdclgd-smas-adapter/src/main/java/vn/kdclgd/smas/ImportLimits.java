package vn.kdclgd.smas;

/**
 * Limits that refuse implausible or hostile files with a clear error ({@code KDCL-91xx}) before they
 * exhaust memory or time. The defaults fit one school's exports; raise them for bulk files.
 *
 * @param maxFileBytes         largest input file (default 200 MiB)
 * @param maxUncompressedBytes largest total uncompressed size of an xlsx (default 1 GiB; zip-bomb guard)
 * @param maxCompressionRatio  largest uncompressed/compressed ratio of an xlsx part (default 200)
 * @param maxRowsPerSheet      most non-empty rows of one sheet (default 100,000 — a school has thousands)
 * @param maxColumns           most columns of a row (default 1,000)
 * @param maxCellChars         longest cell text (default 32,767, Excel's own limit)
 */
public record ImportLimits(long maxFileBytes, long maxUncompressedBytes, double maxCompressionRatio, int maxRowsPerSheet,
                           int maxColumns, int maxCellChars) {
    /** The defaults. */
    public static ImportLimits defaults() {
        return new ImportLimits(200L << 20, 1L << 30, 200, 100_000, 1_000, 32_767);
    }

    /** The same limits with another row limit. */
    public ImportLimits withMaxRowsPerSheet(int rows) {
        return new ImportLimits(maxFileBytes, maxUncompressedBytes, maxCompressionRatio, rows, maxColumns, maxCellChars);
    }

    /** The same limits with another file-size limit. */
    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxUncompressedBytes, maxCompressionRatio, maxRowsPerSheet, maxColumns, maxCellChars);
    }
}
