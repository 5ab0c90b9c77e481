package vn.kdclgd.rules.crosswalk;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * A crosswalk between catalogs (format {@code kdclgd-crosswalk/1}): for each old catalog, where each of
 * its criteria went in the new catalog. The bundled crosswalk {@code TT2018-TT57-2026} maps TT19-2018 to
 * TT57-2026-MN and TT17-2018 / TT18-2018 to TT57-2026-PT.
 *
 * <p><strong>A crosswalk is a suggestion, not regulation</strong>: it is kdclgd maintainers' reading of
 * criterion content ({@link #status()} says so) and must be reviewed before it is relied on.
 *
 * <p>Reading validates the whole input and reports <em>every</em> problem at once in one
 * {@link KdclException}; each {@link Problem} has a stable code, the source name plus the JSON path
 * (e.g. {@code crosswalk.json $.mappings[0].entries[3].targets[0]}) and a Vietnamese / English message.
 * Codes:
 * <ul>
 *   <li>the shared JSON codes ({@code KDCL-1001} syntax, {@code 1003} format, {@code 1101} unknown field,
 *       {@code 1102} missing field, {@code 1103} wrong type, {@code 1104} empty text, {@code 1201} malformed id);</li>
 *   <li>{@code KDCL-4008} — malformed criterion code (must be {@code <standard>.<n>}, e.g. {@code 1.10});</li>
 *   <li>{@code KDCL-4009} — an old criterion appears more than once in a mapping;</li>
 *   <li>{@code KDCL-4010} — a target appears more than once in an entry;</li>
 *   <li>{@code KDCL-4011} — two mappings start from the same catalog;</li>
 *   <li>{@code KDCL-4012} — a mapping has no entries;</li>
 *   <li>{@code KDCL-4013} — the bundled crosswalk resource is missing.</li>
 * </ul>
 * Whether every old criterion is present and every target exists depends on the catalogs and is
 * checked where the catalogs are known (the bundled data is checked by kdclgd's tests).
 *
 * <p>Every string is normalised to Unicode NFC when read. Instances are immutable.
 *
 * @param id       stable id, e.g. {@code TT2018-TT57-2026}
 * @param title    human-readable title
 * @param status   how the crosswalk may be used (for the bundled one: a suggestion to review)
 * @param mappings one mapping per old catalog
 */
public record Crosswalk(String id, String title, String status, List<CrosswalkMapping> mappings) {

    /** The file format this model corresponds to. */
    public static final String FORMAT = "kdclgd-crosswalk/1";

    /** Class-path location of the bundled crosswalk. */
    public static final String BUNDLED_RESOURCE = "/vn/kdclgd/rules/crosswalk/TT2018-TT57-2026.json";

    private static volatile Crosswalk bundled;

    /** Validates the components and makes them immutable. */
    public Crosswalk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        mappings = List.copyOf(mappings);
    }

    /**
     * The bundled crosswalk {@code TT2018-TT57-2026} (loaded once, then shared).
     *
     * @throws KdclException if the resource is missing or invalid (a packaging error)
     */
    public static Crosswalk bundled() {
        Crosswalk result = bundled;
        if (result == null) {
            synchronized (Crosswalk.class) {
                result = bundled;
                if (result == null) {
                    result = loadBundled();
                    bundled = result;
                }
            }
        }
        return result;
    }

    private static Crosswalk loadBundled() {
        try (InputStream in = Crosswalk.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new KdclException(Problem.of("KDCL-4013", BUNDLED_RESOURCE,
                        "không tìm thấy tệp crosswalk đi kèm; hãy kiểm tra gói kdclgd-rules",
                        "the bundled crosswalk resource is missing; check the kdclgd-rules jar"));
            }
            return read(in, BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new KdclException(List.of(Problem.of("KDCL-1002", BUNDLED_RESOURCE,
                    "không đọc được tệp crosswalk đi kèm: " + e.getMessage(),
                    "cannot read the bundled crosswalk: " + e.getMessage())), e);
        }
    }

    /**
     * Reads and validates a crosswalk. The stream is read to its end but not closed.
     *
     * @param in         UTF-8 JSON in format {@value #FORMAT}
     * @param sourceName name used in problem locations, e.g. a file name
     * @return the crosswalk, all strings in NFC
     * @throws KdclException with every problem found, if the input is not a valid crosswalk
     */
    public static Crosswalk read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        return CrosswalkReader.read(in, sourceName == null ? "" : sourceName);
    }

    /** The mapping that starts from catalog {@code catalogId}, e.g. {@code TT17-2018}. */
    public Optional<CrosswalkMapping> mappingFrom(String catalogId) {
        return mappings.stream().filter(m -> m.from().equals(catalogId)).findFirst();
    }

    /**
     * The new criteria that old criterion {@code criterionCode} of catalog {@code fromCatalogId} maps to,
     * best match first; empty when the catalog or the criterion is not in the crosswalk, or when the
     * criterion has no sensible target.
     */
    public List<String> targets(String fromCatalogId, String criterionCode) {
        return mappingFrom(fromCatalogId)
                .flatMap(m -> m.entry(criterionCode))
                .map(CrosswalkEntry::targets)
                .orElse(List.of());
    }
}
