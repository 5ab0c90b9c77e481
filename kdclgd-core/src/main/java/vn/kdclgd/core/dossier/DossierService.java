package vn.kdclgd.core.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.PersistenceException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.internal.Access;
import vn.kdclgd.core.internal.Audit;
import vn.kdclgd.core.internal.DossierArchive;
import vn.kdclgd.core.internal.DossierExporter;
import vn.kdclgd.core.internal.DossierImporter;
import vn.kdclgd.core.internal.DossierJson;
import vn.kdclgd.core.internal.DossierReader;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.rules.Problem;

/**
 * The school's way out: a documented, portable export of everything a school has in kdclgd — and its
 * import into another installation. A dossier is one ZIP: {@code dossier.json} (format
 * {@value #FORMAT}, documented in {@code docs/dossier.md} and {@code docs/dossier.schema.json}),
 * {@code files/<sha256>} for every evidence file and {@code manifest.json} with every other entry's
 * SHA-256 and size. It can be read without kdclgd ({@code unzip}, {@code jq}).
 *
 * <p>Like every kdclgd service this runs in the caller's transaction ({@link Kdclgd#em()}). An import
 * checks everything first — the archive against its manifest, {@code dossier.json} against the format,
 * the references, the access, the database (school code and ids free) and Bean Validation — and writes
 * only when all checks pass, so a refused dossier writes nothing; a failure while writing propagates and
 * the caller's transaction rolls back. Evidence files are put into the {@link
 * vn.kdclgd.core.spi.EvidenceStore} just before the rows: the store is content-addressed, so a file left
 * there by a rolled-back import is never visible and is reused by the next attempt.
 *
 * <p>Access: exporting needs {@link Role#SCHOOL_ADMIN} or {@link Role#COUNCIL_CHAIR} on the school;
 * importing needs {@link Role#SCHOOL_ADMIN} on the school id recorded in the dossier (ids are kept, so
 * the receiving application grants its administrator that role on the id that {@link #describe} reads
 * before the import). Both are audited ({@code dossier.export}, {@code dossier.import}); these two kinds
 * of audit line stay in the installation and are not put into dossiers, so the same data always gives the
 * same {@code dossier.json}.
 */
public final class DossierService {
    /** The format (and its version) of {@code dossier.json} and {@code manifest.json}. */
    public static final String FORMAT = "kdclgd-dossier/1";

    private final Kdclgd k;
    private final DossierLimits limits;

    /** A service with the default {@link DossierLimits}. */
    public DossierService(Kdclgd kdclgd) {
        this(kdclgd, DossierLimits.defaults());
    }

    /** A service with import limits. */
    public DossierService(Kdclgd kdclgd, DossierLimits limits) {
        this.k = Objects.requireNonNull(kdclgd, "kdclgd");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Writes the dossier of {@code schoolId} to {@code zip} (finished, not closed).
     *
     * @throws AccessDeniedException unless the actor is school admin or council chair of the school
     * @throws DossierException      {@code KDCL-8030} unknown school, {@code KDCL-8031} files missing from
     *                               the evidence store (all listed, before anything is written),
     *                               {@code KDCL-8032} a damaged stored file, {@code KDCL-8040} I/O
     */
    public DossierSummary export(Actor actor, UUID schoolId, OutputStream zip) {
        Objects.requireNonNull(zip, "zip");
        Access.schoolDecide(actor, schoolId, "dossier.export");
        School school = k.em().find(School.class, schoolId);
        if (school == null) {
            throw DossierException.of(DossierException.UNKNOWN_SCHOOL, "school " + schoolId, "không có trường này",
                    "no such school");
        }
        DossierExporter.Result r = DossierExporter.export(k.em(), school, FORMAT);
        byte[] json = DossierJson.bytes(r.dossier());
        Map<String, StoredFile> files = r.files();
        Instant now = k.clock().instant();
        ObjectNode head = DossierArchive.manifestHead(FORMAT, now, actor.id(), generator(), school.getId(), school.getCode(),
                school.getName());
        DossierArchive.Written w = DossierArchive.write(zip, json, files, files.isEmpty() ? null : k.evidenceStore(), head);
        long fileBytes = w.fileBytes();
        Audit.record(k, actor, "dossier.export", school, school.getId(), detail(w.dossierSha256(), w.entries(), files.size(), fileBytes));
        return new DossierSummary(FORMAT, school.getId(), school.getCode(), school.getName(), now, actor.id(), w.dossierSha256(),
                w.entries(), fileBytes, ordered(r.counts()));
    }

    /**
     * Imports a dossier: all of it in the caller's transaction, or nothing. Ids are kept.
     *
     * @throws DossierException      every problem found (the codes are in {@code docs/dossier.md}); nothing was written
     * @throws AccessDeniedException unless the actor holds {@link Role#SCHOOL_ADMIN} on the dossier's school id
     */
    public DossierSummary importDossier(Actor actor, InputStream zip) {
        Objects.requireNonNull(actor, "actor");
        try (DossierArchive archive = DossierArchive.open(zip, limits, true)) {
            DossierReader.Content content = content(archive);
            School school = content.school;
            if (!actor.has(Role.SCHOOL_ADMIN, school.getId())) {
                throw new AccessDeniedException(actor.id(), "dossier.import", "school " + school.getId());
            }
            DossierImporter.write(k, content, archive);
            String sha = DossierJson.sha256(archive.dossierJson());
            long fileBytes = archive.files().values().stream().mapToLong(Long::longValue).sum();
            Audit.record(k, actor, "dossier.import", school, school.getId(),
                    detail(sha, archive.entryCount(), archive.files().size(), fileBytes));
            try {
                k.em().flush();
            } catch (PersistenceException e) {
                throw new DossierException(List.of(Problem.of(DossierException.DATABASE_REFUSED, "dossier.json",
                        "cơ sở dữ liệu từ chối hồ sơ (" + rootMessage(e) + "); không ghi gì",
                        "the database refused the dossier (" + rootMessage(e) + "); nothing was written")), e);
            }
            return summary(archive, content, sha, fileBytes);
        }
    }

    /**
     * Reads what a dossier holds without importing it and without touching the database: checks entry
     * names, the manifest, the hash of {@code dossier.json} and its format (not the hashes of the files:
     * {@link #importDossier} does that). For showing "you are about to import school X" and for granting
     * the importing administrator its role on the school id.
     *
     * @throws DossierException when the archive or {@code dossier.json} is not valid
     */
    public DossierSummary describe(InputStream zip) {
        try (DossierArchive archive = DossierArchive.open(zip, limits, false)) {
            DossierReader.Content content = content(archive);
            long fileBytes = archive.files().values().stream().mapToLong(Long::longValue).sum();
            return summary(archive, content, DossierJson.sha256(archive.dossierJson()), fileBytes);
        }
    }

    /**
     * Reads a dossier completely without touching the database, checked as {@link #importDossier} checks it
     * (entry names, manifest, every entry's SHA-256 and size, the format, references, the files): for making
     * documents or previews from a dossier. The entities are detached and must not be persisted.
     *
     * @throws DossierException every problem found
     */
    public static DossierContents read(InputStream zip, DossierLimits limits) {
        Objects.requireNonNull(limits, "limits");
        try (DossierArchive archive = DossierArchive.open(zip, limits, true)) {
            DossierReader.Content content = content(archive);
            long fileBytes = archive.files().values().stream().mapToLong(Long::longValue).sum();
            DossierSummary summary = summary(archive, content, DossierJson.sha256(archive.dossierJson()), fileBytes);
            List<DossierContents.Unit> units = content.units.stream()
                    .map(u -> new DossierContents.Unit(u.id(), u.code(), u.name(), u.kind(), java.util.Optional.ofNullable(u.parentId()),
                            u.validFrom(), java.util.Optional.ofNullable(u.validTo())))
                    .toList();
            List<DossierContents.Membership> memberships = content.memberships.stream()
                    .map(m -> new DossierContents.Membership(m.unitId(), m.validFrom(), java.util.Optional.ofNullable(m.validTo())))
                    .sorted(java.util.Comparator.comparing(DossierContents.Membership::validFrom))
                    .toList();
            List<vn.kdclgd.core.model.BaseEntity> entities = content.entities.stream().filter(e -> e != content.school).toList();
            return new DossierContents(summary, content.school, units, memberships, entities);
        }
    }

    private static DossierSummary summary(DossierArchive archive, DossierReader.Content content, String sha, long fileBytes) {
        School s = content.school;
        DossierArchive.Manifest m = archive.manifest();
        return new DossierSummary(FORMAT, s.getId(), s.getCode(), s.getName(), m.createdAt(), m.createdBy(), sha,
                archive.entryCount(), fileBytes, ordered(content.counts));
    }

    /** Parses and reads {@code dossier.json} and checks it against the manifest and the files. */
    private static DossierReader.Content content(DossierArchive archive) {
        JsonNode root;
        try {
            root = DossierJson.MAPPER.readTree(archive.dossierJson());
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new DossierException(List.of(Problem.of(DossierException.BAD_DOSSIER, DossierArchive.DOSSIER,
                    "JSON không hợp lệ: " + detail, "not valid JSON: " + detail)), e);
        }
        if (root == null || !root.isObject() || !root.path("format").isTextual()) {
            throw DossierException.of(DossierException.UNSUPPORTED_FORMAT, DossierArchive.DOSSIER + " $.format",
                    "thiếu \"format\"; không phải hồ sơ kdclgd", "\"format\" is missing; not a kdclgd dossier");
        }
        if (!FORMAT.equals(root.get("format").textValue())) {
            throw DossierArchive.unsupported(DossierArchive.DOSSIER, root.get("format").textValue());
        }
        DossierReader.Content content = DossierReader.read(root);
        if (!content.school.getId().equals(archive.manifest().schoolId())) {
            throw DossierException.of(DossierException.BAD_MANIFEST, DossierArchive.MANIFEST + " $.school.id",
                    "manifest.json và dossier.json ghi hai trường khác nhau", "manifest.json and dossier.json name different schools");
        }
        checkFiles(content, archive);
        return content;
    }

    private static void checkFiles(DossierReader.Content content, DossierArchive archive) {
        List<Problem> problems = new java.util.ArrayList<>();
        Set<String> all = new TreeSet<>(content.files.keySet());
        all.addAll(archive.files().keySet());
        for (String sha : all) {
            StoredFile referenced = content.files.get(sha);
            Long present = archive.files().get(sha);
            if (present == null) {
                problems.add(Problem.of(DossierException.FILES_MISMATCH, "dossier.json " + content.filePaths.get(sha),
                        "minh chứng dẫn tới tệp files/" + sha + " nhưng hồ sơ không có tệp này",
                        "the evidence refers to files/" + sha + " but the dossier does not contain it"));
            } else if (referenced == null) {
                problems.add(Problem.of(DossierException.FILES_MISMATCH, DossierArchive.FILES + sha,
                        "tệp không thuộc minh chứng nào trong dossier.json", "the file belongs to no evidence item in dossier.json"));
            } else if (referenced.size() != present) {
                problems.add(Problem.of(DossierException.FILES_MISMATCH, "dossier.json " + content.filePaths.get(sha) + ".size",
                        "kích thước ghi " + referenced.size() + " byte nhưng tệp có " + present + " byte",
                        "the size says " + referenced.size() + " bytes but the file has " + present + " bytes"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DossierException(problems);
        }
    }

    private static String detail(String sha, int entries, int files, long fileBytes) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("format", FORMAT);
        d.put("dossierSha256", sha);
        d.put("entries", entries);
        d.put("files", files);
        d.put("fileBytes", fileBytes);
        return d.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String generator() {
        String v = DossierService.class.getPackage().getImplementationVersion();
        return "kdclgd-core " + (v == null ? "(development build)" : v);
    }

    /** Every section of {@code dossier.json} whose records {@link DossierSummary#counts()} counts, in order. */
    public static final List<String> SECTIONS = List.of("units", "unitMemberships", "profiles", "evidence", "selfAssessments",
            "councilMembers", "workingGroups", "evaluations", "evidenceUses", "improvementActions", "publishedVersions",
            "externalReviews", "certificates", "audit", "files");

    static Map<String, Integer> ordered(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        SECTIONS.forEach(s -> out.put(s, counts.getOrDefault(s, 0)));
        return out;
    }
}
