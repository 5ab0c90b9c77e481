package vn.kdclgd.smas;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an import reads and what it keeps. Immutable; start from {@link #defaults()}.
 *
 * @param limits       refusal limits for implausible files
 * @param templates    the templates that may match a sheet
 * @param template     a template to use for every file instead of detecting one
 * @param keepPersonal personal fields kept in memory and stored at commit (empty by default: counts only)
 * @param maxIssues    most issues listed per kind of problem (the rest are counted in the last one)
 * @param xlsxReader   the reader for {@code .xlsx} files ({@link XlsxReader#KDCLGD} by default)
 */
public record ImportOptions(ImportLimits limits, ImportTemplates templates, Optional<String> template,
                            Set<PersonalField> keepPersonal, int maxIssues, XlsxReader xlsxReader) {
    /** Validates and copies. */
    public ImportOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(xlsxReader, "xlsxReader");
        keepPersonal = keepPersonal.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keepPersonal));
        if (maxIssues < 1) {
            throw new IllegalArgumentException("maxIssues must be at least 1");
        }
    }

    /**
     * Default limits, {@link ImportTemplates#defaults()}, detection, nothing personal kept, 50 issues per
     * kind, kdclgd's xlsx reader.
     */
    public static ImportOptions defaults() {
        return new ImportOptions(ImportLimits.defaults(), ImportTemplates.defaults(), Optional.empty(), Set.of(), 50,
                XlsxReader.KDCLGD);
    }

    /** With other limits. */
    public ImportOptions withLimits(ImportLimits l) {
        return new ImportOptions(l, templates, template, keepPersonal, maxIssues, xlsxReader);
    }

    /** With other templates. */
    public ImportOptions withTemplates(ImportTemplates t) {
        return new ImportOptions(limits, t, template, keepPersonal, maxIssues, xlsxReader);
    }

    /** Using template {@code id} for every file. */
    public ImportOptions withTemplate(String id) {
        return new ImportOptions(limits, templates, Optional.of(id), keepPersonal, maxIssues, xlsxReader);
    }

    /** Reading {@code .xlsx} files with {@code reader}. */
    public ImportOptions withXlsxReader(XlsxReader reader) {
        return new ImportOptions(limits, templates, template, keepPersonal, maxIssues, reader);
    }

    /** Keeping (and storing at commit) these personal fields — turn on only what you need. */
    public ImportOptions keepingPersonal(Set<PersonalField> fields) {
        return new ImportOptions(limits, templates, template, fields, maxIssues, xlsxReader);
    }
}
