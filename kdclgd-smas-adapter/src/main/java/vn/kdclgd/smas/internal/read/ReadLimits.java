package vn.kdclgd.smas.internal.read;

/**
 * Limits that make an implausible or hostile file fail early with a clear error instead of exhausting
 * memory or time.
 *
 * @param maxFileBytes          largest input file accepted
 * @param maxUncompressedBytes  largest total uncompressed size of the parts of an xlsx (zip bomb guard)
 * @param maxCompressionRatio   largest uncompressed/compressed ratio of any xlsx part (zip bomb guard)
 * @param maxRowsPerSheet       most non-empty rows read from one sheet (a school has thousands, not millions)
 * @param maxColumns            most columns in a row
 * @param maxCellChars          longest cell text
 */
public record ReadLimits(long maxFileBytes, long maxUncompressedBytes, double maxCompressionRatio,
                         int maxRowsPerSheet, int maxColumns, int maxCellChars) {
    /** Defaults for one school's exports. */
    public static ReadLimits defaults() {
        return new ReadLimits(200L << 20, 1L << 30, 200, 100_000, 1_000, 32_767);
    }
}
