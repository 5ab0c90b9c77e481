package vn.kdclgd.smas;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.model.SchoolYears;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.internal.map.Engine;
import vn.kdclgd.smas.internal.map.Figures;
import vn.kdclgd.smas.internal.map.Problems;
import vn.kdclgd.smas.internal.map.TemplateSpec;
import vn.kdclgd.smas.internal.read.ReadLimits;
import vn.kdclgd.smas.internal.read.Sources;
import vn.kdclgd.smas.internal.read.TabularSource;

/**
 * Imports a school's exports (CSDL ngành, SMAS, vnEdu; xlsx, xls or csv — decided by content) into its
 * yearly profile counts, in two steps: {@link #read} is the dry run (reads, counts, reports every
 * warning and error with file, sheet, row and column; writes nothing), {@link #commit} writes the
 * counts all-or-nothing in the caller's transaction, replacing what an earlier import of the same
 * kinds wrote for that school year. Student names and personal ids are never written by kdclgd; see
 * {@link ImportOptions#keepPersonal} (docs/import.md, "Privacy").
 *
 * <pre>{@code
 * SchoolDataImporter importer = new SchoolDataImporter(ImportOptions.defaults());
 * ImportResult r = importer.read(List.of(Path.of("C1-HocSinh.xlsx")), "2025-2026");
 * r.errors().forEach(System.out::println);
 * if (r.usable()) {
 *     tx.run(() -> importer.commit(kdclgd, actor, schoolId, r));
 * }
 * }</pre>
 */
public final class SchoolDataImporter {
    private final ImportOptions options;
    private final BiFunction<Path, ReadLimits, TabularSource> opener;

    /** An importer with {@code options}. */
    public SchoolDataImporter(ImportOptions options) {
        this(options, options.xlsxReader() == XlsxReader.FASTEXCEL ? Sources::openWithFastexcel : Sources::open);
    }

    SchoolDataImporter(ImportOptions options, BiFunction<Path, ReadLimits, TabularSource> opener) {
        this.options = Objects.requireNonNull(options, "options");
        this.opener = opener;
    }

    /**
     * Reads {@code files} for {@code schoolYear} (the dry run). Bad data never throws: it is in
     * {@link ImportResult#errors()} and {@link ImportResult#warnings()}.
     *
     * @throws KdclException {@code KDCL-9211} when the school year is invalid, no file is given, or the
     *                       template named in the options does not exist
     */
    public ImportResult read(List<Path> files, String schoolYear) {
        if (schoolYear == null || !SchoolYears.isValid(schoolYear)) {
            throw new KdclException(Problem.of(Problems.BAD_REQUEST, "schoolYear", "năm học \"" + schoolYear + "\" không hợp lệ; viết như 2025-2026",
                    "invalid school year \"" + schoolYear + "\"; write it like 2025-2026"));
        }
        if (files.isEmpty()) {
            throw new KdclException(Problem.of(Problems.BAD_REQUEST, "files", "chưa chọn tệp nào để nhập", "no file to import"));
        }
        List<TemplateSpec> specs = options.templates().specs();
        if (options.template().isPresent()) {
            String id = options.template().get();
            specs = specs.stream().filter(s -> s.id().equals(id)).toList();
            if (specs.isEmpty()) {
                throw new KdclException(Problem.of(Problems.BAD_REQUEST, "template", "không có mẫu \"" + id + "\"; các mẫu: "
                        + options.templates().list().stream().map(TemplateInfo::id).toList(), "no template \"" + id + "\"; templates: "
                        + options.templates().list().stream().map(TemplateInfo::id).toList()));
            }
        }
        ImportLimits l = options.limits();
        ReadLimits limits = new ReadLimits(l.maxFileBytes(), l.maxUncompressedBytes(), l.maxCompressionRatio(), l.maxRowsPerSheet(),
                l.maxColumns(), l.maxCellChars());
        Engine.Outcome o = new Engine(specs, options.keepPersonal(), limits, opener).run(files, options.maxIssues());
        Set<ImportKind> kinds = o.tallies.isEmpty() ? Set.of() : EnumSet.copyOf(o.tallies.keySet());
        List<PersonRecordData> people = o.people.stream().map(p -> new PersonRecordData(p.kind(), Optional.ofNullable(p.code()),
                Optional.ofNullable(p.fullName()), Optional.ofNullable(p.birthDate()), Optional.ofNullable(p.className()))).toList();
        return new ImportResult(schoolYear, o.sources, Figures.counts(o.tallies), kinds, o.issues.warnings(), o.issues.errors(), people);
    }

    /**
     * Writes the counts of {@code result} into the school's profile for its school year, in the caller's
     * transaction ({@link Kdclgd#em()}): the categories of the kinds imported ({@code students.*} and
     * {@code classes.*} for students, {@code classes.*} for a class list, {@code staff.*} for staff,
     * {@code facilities.rooms.*} for a room list) are replaced whole — an unknown figure is removed, never
     * written as 0; other categories (e.g. entered by hand, such as the rest of {@code facilities.*}) are kept.
     * Running the same import twice gives the same profile.
     *
     * @throws KdclException {@code KDCL-9212} when the result has errors or no data (nothing is written);
     *                       the profile service's codes for access and validation
     */
    public SchoolProfile commit(Kdclgd k, Actor actor, UUID schoolId, ImportResult result) {
        if (!result.usable()) {
            throw new KdclException(Problem.of(Problems.NOT_COMMITTABLE, "import " + result.schoolYear(),
                    result.sources().isEmpty() ? "không có dữ liệu nào được đọc; không ghi gì"
                            : result.errors().size() + " lỗi phải sửa trước khi ghi; không ghi gì (xem danh sách lỗi)",
                    result.sources().isEmpty() ? "no data was read; nothing written"
                            : result.errors().size() + " errors must be fixed before committing; nothing written (see the error list)"));
        }
        return new OrganisationService(k).replaceProfile(actor, schoolId, result.schoolYear(), Figures.ownedPrefixes(result.kinds()),
                result.counts());
    }
}
