package vn.kdclgd.core.dossier;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a dossier holds, as its manifest and {@code dossier.json} say.
 *
 * @param format        the format, {@value DossierService#FORMAT}
 * @param schoolId      the school's id (kept on import)
 * @param schoolCode    the school's code
 * @param schoolName    the school's name
 * @param createdAt     when the archive was made (from the manifest)
 * @param createdBy     the account that made it (from the manifest)
 * @param dossierSha256 SHA-256 of {@code dossier.json}: equal for equal data, whichever installation exported it
 * @param entries       number of ZIP entries, {@code manifest.json} included
 * @param fileBytes     total size of the evidence files
 * @param counts        section of {@code dossier.json} → number of records (e.g. {@code evidence} → 24,
 *                      {@code files} → 24), in the order of the format
 */
public record DossierSummary(String format, UUID schoolId, String schoolCode, String schoolName, Instant createdAt,
                             String createdBy, String dossierSha256, int entries, long fileBytes, Map<String, Integer> counts) {
    /** Validates the components and makes {@code counts} immutable (order kept). */
    public DossierSummary {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(dossierSha256, "dossierSha256");
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
}
