package vn.kdclgd.core.dossier;

/**
 * Limits an import checks before it trusts an archive (sizes are counted while reading, never taken
 * from the ZIP headers). Above a limit the import is refused with {@code KDCL-8002}.
 *
 * @param maxArchiveBytes     the whole archive
 * @param maxEntryBytes       one file under {@code files/}
 * @param maxDossierJsonBytes {@code dossier.json} and {@code manifest.json}
 * @param maxEntries          number of entries
 */
public record DossierLimits(long maxArchiveBytes, long maxEntryBytes, long maxDossierJsonBytes, int maxEntries) {
    /** Validates the limits. */
    public DossierLimits {
        if (maxArchiveBytes <= 0 || maxEntryBytes <= 0 || maxDossierJsonBytes <= 0 || maxEntries < 2) {
            throw new IllegalArgumentException("limits must be positive (and at least 2 entries)");
        }
    }

    /** 16 GiB archive, 1 GiB per file, 512 MiB {@code dossier.json}, 500,000 entries. */
    public static DossierLimits defaults() {
        return new DossierLimits(16L << 30, 1L << 30, 512L << 20, 500_000);
    }
}
