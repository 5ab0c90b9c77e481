package vn.kdclgd.smas.internal.read;

import java.util.Map;
import java.util.Set;

/**
 * What reading one sheet met.
 *
 * @param rowsRead          non-empty rows handed to the handler
 * @param legacyConversions legacy encoding label ({@code "TCVN3"}, {@code "VNI"}) → number of cells converted
 * @param hiddenColumns     0-based indexes of the columns marked hidden (empty when unknown, e.g. CSV)
 */
public record ReadStats(int rowsRead, Map<String, Integer> legacyConversions, Set<Integer> hiddenColumns) {
}
