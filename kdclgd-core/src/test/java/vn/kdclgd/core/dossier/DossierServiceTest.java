package vn.kdclgd.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.kdclgd.core.dossier.DossierFixture.admin;
import static vn.kdclgd.core.dossier.DossierFixture.bytes;
import static vn.kdclgd.core.dossier.DossierFixture.entries;
import static vn.kdclgd.core.dossier.DossierFixture.json;
import static vn.kdclgd.core.dossier.DossierFixture.withFreshManifest;
import static vn.kdclgd.core.dossier.DossierFixture.zip;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.dossier.DossierFixture.Installation;
import vn.kdclgd.core.internal.DossierJson;
import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.core.testing.SampleSchool;
import vn.kdclgd.rules.KdclException;

/**
 * A school's dossier: export → import into a fresh installation → export again gives the same
 * {@code dossier.json} byte for byte and the same files; damaged or forged archives are refused with a
 * {@code KDCL-80xx} code and write nothing (rows counted in every table, files in the store).
 */
class DossierServiceTest {
    @TempDir
    Path dir;

    private record Source(Installation installation, SampleSchool sample, byte[] zip) {
    }

    private Source source(Databases db) {
        Installation src = Installation.fresh(db, "source", dir);
        SampleSchool sample = src.tx().run(() -> SampleSchool.build(src.tx().current(), src.kdclgd().evidenceStore()));
        return new Source(src, sample, src.export(admin(sample.school.getId()), sample.school.getId()));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void exportImportExportGivesTheSameDossier(Databases db) throws Exception {
        Source s = source(db);
        UUID schoolId = s.sample().school.getId();
        try (Installation src = s.installation(); Installation dst = Installation.fresh(db, "target", dir)) {
            DossierSummary imported = dst.importDossier(admin(schoolId), s.zip());
            byte[] again = dst.export(admin(schoolId), schoolId);

            Map<String, byte[]> a = entries(s.zip());
            Map<String, byte[]> b = entries(again);
            assertThat(new String(b.get("dossier.json"), StandardCharsets.UTF_8))
                    .isEqualTo(new String(a.get("dossier.json"), StandardCharsets.UTF_8));
            assertThat(b.get("dossier.json")).isEqualTo(a.get("dossier.json"));
            assertThat(b.keySet()).isEqualTo(a.keySet());
            for (String name : a.keySet()) {
                if (name.startsWith("files/")) {
                    assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
                    assertThat(DossierJson.sha256(a.get(name))).isEqualTo(name.substring(6));
                }
            }
            assertThat(json(b.get("manifest.json")).get("entries")).isEqualTo(json(a.get("manifest.json")).get("entries"));
            assertThat(List.copyOf(a.keySet())).first().isEqualTo("dossier.json");
            assertThat(List.copyOf(a.keySet())).last().isEqualTo("manifest.json");

            // Everything is there, and only this school.
            assertThat(imported.schoolId()).isEqualTo(schoolId);
            assertThat(imported.schoolCode()).isEqualTo(SampleSchool.CODE);
            Map<String, Integer> c = imported.counts();
            assertThat(c.get("selfAssessments")).isEqualTo(2);
            assertThat(c.get("evaluations")).isEqualTo(28 + 15);
            assertThat(c.get("evidence")).isEqualTo(s.sample().evidenceItems).isGreaterThanOrEqualTo(20);
            assertThat(c.get("files")).isGreaterThanOrEqualTo(20);
            assertThat(c.get("publishedVersions")).isEqualTo(3);
            assertThat(c.get("councilMembers")).isEqualTo(14);
            assertThat(c.get("externalReviews")).isEqualTo(1);
            assertThat(c.get("certificates")).isEqualTo(2);
            assertThat(c.get("units")).isEqualTo(3);
            assertThat(c.get("unitMemberships")).isEqualTo(2);
            assertThat(c.get("audit")).as("the export's own audit line is not in the dossier").isEqualTo(5);
            assertThat(a.keySet().stream().filter(n -> n.startsWith("files/")).count()).isEqualTo(c.get("files").longValue());
            String text = new String(a.get("dossier.json"), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("01000123").doesNotContain("Chu Văn An").doesNotContain("Hà Nội")
                    .doesNotContain("catalog.reload").contains("\"format\": \"kdclgd-dossier/1\"");

            // Ids are kept; files are in the new store; the import is audited.
            dst.tx().run(() -> {
                School school = dst.tx().current().find(School.class, schoolId);
                assertThat(school.getCode()).isEqualTo(SampleSchool.CODE);
                List<AuditEntry> lines = dst.tx().current()
                        .createQuery("select a from AuditEntry a where a.schoolId = :s and a.action like 'dossier.%' order by a.action", AuditEntry.class)
                        .setParameter("s", schoolId).getResultList();
                assertThat(lines).extracting(AuditEntry::getAction).containsExactly("dossier.export", "dossier.import");
                assertThat(lines.get(1).getDetail()).contains(imported.dossierSha256());
            });
            assertThat(dst.storedFiles()).isEqualTo(c.get("files").longValue());
            assertThat(dst.kdclgd().evidenceStore().contains(a.keySet().stream().filter(n -> n.startsWith("files/")).findFirst()
                    .orElseThrow().substring(6))).isTrue();

            // Exporting again from the source (its audit trail now has an export line) changes nothing.
            byte[] second = src.export(admin(schoolId), schoolId);
            assertThat(entries(second).get("dossier.json")).isEqualTo(a.get("dossier.json"));
            assertThat(src.dossiers().describe(new ByteArrayInputStream(second)).dossierSha256()).isEqualTo(imported.dossierSha256());

            // dossier.json follows the published JSON Schema.
            assertThat(schemaErrors(json(a.get("dossier.json")))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void damagedOrForgedArchivesAreRefusedAndWriteNothing(Databases db) {
        Source s = source(db);
        UUID schoolId = s.sample().school.getId();
        Map<String, byte[]> good = entries(s.zip());
        String aFile = good.keySet().stream().filter(n -> n.startsWith("files/")).findFirst().orElseThrow();
        Map<String, Tamper> cases = new LinkedHashMap<>();
        cases.put("one byte of a file changed", new Tamper(DossierException.HASH_MISMATCH, e -> {
            byte[] data = e.get(aFile).clone();
            data[data.length / 2] ^= 1;
            e.put(aFile, data);
            return e;
        }));
        cases.put("a hash in the manifest changed", new Tamper(DossierException.HASH_MISMATCH, e -> {
            ObjectNode m = (ObjectNode) json(e.get("manifest.json"));
            ((ObjectNode) m.get("entries").get(0)).put("sha256", "0".repeat(64));
            e.put("manifest.json", bytes(m));
            return e;
        }));
        cases.put("a size in the manifest changed", new Tamper(DossierException.HASH_MISMATCH, e -> {
            ObjectNode m = (ObjectNode) json(e.get("manifest.json"));
            ObjectNode first = (ObjectNode) m.get("entries").get(1);
            first.put("size", first.get("size").longValue() + 1);
            e.put("manifest.json", bytes(m));
            return e;
        }));
        cases.put("an entry missing", new Tamper(DossierException.MISSING_ENTRY, e -> {
            e.remove(aFile);
            return e;
        }));
        cases.put("dossier.json missing", new Tamper(DossierException.MISSING_ENTRY, e -> {
            e.remove("dossier.json");
            return e;
        }));
        cases.put("manifest missing", new Tamper(DossierException.BAD_MANIFEST, e -> {
            e.remove("manifest.json");
            return e;
        }));
        cases.put("an extra entry", new Tamper(DossierException.EXTRA_ENTRY, e -> {
            byte[] extra = "extra".getBytes(StandardCharsets.UTF_8);
            e.put("files/" + DossierJson.sha256(extra), extra);
            return e;
        }));
        cases.put("a ../ name", new Tamper(DossierException.BAD_ENTRY_NAME, e -> {
            e.put("../../etc/kdclgd.txt", "x".getBytes(StandardCharsets.UTF_8));
            return e;
        }));
        cases.put("an absolute name", new Tamper(DossierException.BAD_ENTRY_NAME, e -> {
            e.put("/tmp/x", "x".getBytes(StandardCharsets.UTF_8));
            return e;
        }));
        cases.put("a ../ name listed in the manifest", new Tamper(DossierException.BAD_ENTRY_NAME, e -> {
            e.put("files/../dossier.json", "x".getBytes(StandardCharsets.UTF_8));
            return withFreshManifest(e);
        }));
        cases.put("wrong format version", new Tamper(DossierException.UNSUPPORTED_FORMAT, e -> {
            ObjectNode d = (ObjectNode) json(e.get("dossier.json"));
            d.put("format", "kdclgd-dossier/2");
            e.put("dossier.json", bytes(d));
            return withFreshManifest(e);
        }));
        cases.put("wrong manifest format", new Tamper(DossierException.UNSUPPORTED_FORMAT, e -> {
            ObjectNode m = (ObjectNode) json(e.get("manifest.json"));
            m.put("format", "something-else/1");
            e.put("manifest.json", bytes(m));
            return e;
        }));
        cases.put("dossier.json without a required field", new Tamper(DossierException.BAD_DOSSIER, e -> {
            ObjectNode d = (ObjectNode) json(e.get("dossier.json"));
            ((ObjectNode) d.get("evidence").get(0)).remove("title");
            ((ObjectNode) d.get("selfAssessments").get(0)).put("state", "DONE");
            e.put("dossier.json", bytes(d));
            return withFreshManifest(e);
        }));
        cases.put("dossier.json not JSON", new Tamper(DossierException.BAD_DOSSIER, e -> {
            e.put("dossier.json", "{\"format\": ".getBytes(StandardCharsets.UTF_8));
            return withFreshManifest(e);
        }));
        cases.put("a dangling reference", new Tamper(DossierException.BAD_REFERENCE, e -> {
            ObjectNode d = (ObjectNode) json(e.get("dossier.json"));
            ((ObjectNode) d.get("selfAssessments").get(0).get("evidenceUses").get(0)).put("evidenceId", UUID.randomUUID().toString());
            e.put("dossier.json", bytes(d));
            return withFreshManifest(e);
        }));
        cases.put("a published snapshot altered, manifest recomputed", new Tamper(DossierException.BAD_DOSSIER, e -> {
            ObjectNode d = (ObjectNode) json(e.get("dossier.json"));
            ObjectNode pv = (ObjectNode) d.get("selfAssessments").get(0).get("publishedVersions").get(0);
            pv.put("snapshot", pv.get("snapshot").asText().replaceFirst("\\d", "9") + " ");
            e.put("dossier.json", bytes(d));
            return withFreshManifest(e);
        }));
        cases.put("an unreferenced file, listed", new Tamper(DossierException.FILES_MISMATCH, e -> {
            byte[] extra = "extra".getBytes(StandardCharsets.UTF_8);
            e.put("files/" + DossierJson.sha256(extra), extra);
            return withFreshManifest(e);
        }));
        cases.put("a value the entities refuse", new Tamper(DossierException.INVALID_VALUE, e -> {
            ObjectNode d = (ObjectNode) json(e.get("dossier.json"));
            ((ObjectNode) d.get("profiles").get(0)).put("schoolYear", "2024/25");
            e.put("dossier.json", bytes(d));
            return withFreshManifest(e);
        }));
        cases.put("the same name twice", new Tamper(DossierException.DUPLICATE_ENTRY, null));
        cases.put("truncated", new Tamper(DossierException.NOT_A_ZIP, null));
        cases.put("not a zip", new Tamper(DossierException.NOT_A_ZIP, null));

        try (Installation src = s.installation(); Installation dst = Installation.fresh(db, "tampered", dir)) {
            Map<String, Long> before = dst.rowCounts();
            assertThat(before).hasSizeGreaterThan(25).allSatisfy((t, n) -> assertThat(n).as(t).isZero());
            for (Map.Entry<String, Tamper> c : cases.entrySet()) {
                byte[] zip = switch (c.getKey()) {
                    case "truncated" -> Arrays.copyOf(s.zip(), s.zip().length * 2 / 3);
                    case "not a zip" -> "PK but not really".getBytes(StandardCharsets.UTF_8);
                    case "the same name twice" -> sameNameTwice(good);
                    default -> zip(c.getValue().change().apply(new LinkedHashMap<>(good)));
                };
                Throwable t = catchThrowable(() -> dst.importDossier(admin(schoolId), zip));
                assertThat(t).as(c.getKey()).isInstanceOf(DossierException.class);
                assertThat(((KdclException) t).problems()).as(c.getKey() + ": " + t.getMessage())
                        .anySatisfy(p -> assertThat(p.code()).isEqualTo(c.getValue().code()));
                assertThat(t.getMessage()).as(c.getKey()).doesNotContain("Exception");
                assertThat(dst.rowCounts()).as(c.getKey() + ": nothing written").isEqualTo(before);
                assertThat(dst.storedFiles()).as(c.getKey() + ": no file stored").isZero();
            }

            // Limits: counted while reading, whatever the ZIP headers say.
            DossierService strict = new DossierService(dst.kdclgd(), new DossierLimits(s.zip().length - 1, 1L << 30, 1L << 29, 1000));
            DossierService smallFiles = new DossierService(dst.kdclgd(), new DossierLimits(1L << 30, 1000, 1L << 29, 1000));
            DossierService fewEntries = new DossierService(dst.kdclgd(), new DossierLimits(1L << 30, 1L << 30, 1L << 29, 10));
            for (DossierService limited : List.of(strict, smallFiles, fewEntries)) {
                Throwable t = catchThrowable(() -> dst.tx().run(() -> limited.importDossier(admin(schoolId), new ByteArrayInputStream(s.zip()))));
                assertThat(t).isInstanceOf(DossierException.class);
                assertThat(((DossierException) t).code()).isEqualTo(DossierException.TOO_LARGE);
                assertThat(dst.rowCounts()).isEqualTo(before);
            }

            // A dossier the checks accept but the database refuses (two evaluations of one criterion): nothing is written.
            Map<String, byte[]> dup = new LinkedHashMap<>(good);
            ObjectNode d = (ObjectNode) json(dup.get("dossier.json"));
            ArrayNode evaluations = (ArrayNode) d.get("selfAssessments").get(0).get("evaluations");
            ObjectNode copy = evaluations.get(0).deepCopy();
            copy.put("id", UUID.randomUUID().toString());
            evaluations.add(copy);
            dup.put("dossier.json", bytes(d));
            Throwable refused = catchThrowable(() -> dst.importDossier(admin(schoolId), zip(withFreshManifest(dup))));
            assertThat(refused).isInstanceOf(DossierException.class);
            assertThat(((DossierException) refused).code()).isEqualTo(DossierException.DATABASE_REFUSED);
            assertThat(dst.rowCounts()).as("rolled back").isEqualTo(before);

            // The untouched archive still imports; a second time it is refused (school code exists), nothing more written.
            dst.importDossier(admin(schoolId), s.zip());
            Map<String, Long> after = dst.rowCounts();
            assertThatThrownBy(() -> dst.importDossier(admin(schoolId), s.zip())).isInstanceOf(DossierException.class)
                    .extracting(e -> ((DossierException) e).code()).isEqualTo(DossierException.SCHOOL_EXISTS);
            assertThat(dst.rowCounts()).isEqualTo(after);
        }
    }

    private record Tamper(String code, UnaryOperator<Map<String, byte[]>> change) {
    }

    /** Two entries renamed to one name (same length, so only the name bytes change). */
    private static byte[] sameNameTwice(Map<String, byte[]> good) {
        List<String> files = good.keySet().stream().filter(n -> n.startsWith("files/")).toList();
        byte[] zip = zip(good);
        byte[] from = files.get(1).getBytes(StandardCharsets.US_ASCII);
        byte[] to = files.get(0).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
            }
        }
        return zip;
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void onlyTheSchoolAdminImportsAndOnlyAdminOrChairExports(Databases db) {
        Source s = source(db);
        UUID schoolId = s.sample().school.getId();
        try (Installation src = s.installation(); Installation dst = Installation.fresh(db, "access", dir)) {
            Actor teacher = Actor.of("gv", Grant.school(Role.TEACHER, schoolId));
            Actor secretary = Actor.of("thuky", Grant.school(Role.COUNCIL_SECRETARY, schoolId));
            Actor chair = Actor.of("hieutruong", Grant.school(Role.COUNCIL_CHAIR, schoolId));
            Actor otherAdmin = admin(UUID.randomUUID());
            assertThatThrownBy(() -> src.export(teacher, schoolId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> src.export(secretary, schoolId)).isInstanceOf(AccessDeniedException.class);
            assertThat(entries(src.export(chair, schoolId)).get("dossier.json")).isEqualTo(entries(s.zip()).get("dossier.json"));
            assertThatThrownBy(() -> src.export(admin(UUID.randomUUID()), UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
            UUID nowhere = UUID.randomUUID();
            assertThatThrownBy(() -> src.export(admin(nowhere), nowhere)).isInstanceOf(DossierException.class)
                    .extracting(e -> ((DossierException) e).code()).isEqualTo(DossierException.UNKNOWN_SCHOOL);

            Map<String, Long> before = dst.rowCounts();
            for (Actor a : List.of(chair, otherAdmin, teacher)) {
                assertThatThrownBy(() -> dst.importDossier(a, s.zip())).as(a.id()).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(dst.rowCounts()).isEqualTo(before);
            assertThat(dst.storedFiles()).isZero();

            DossierSummary d = dst.dossiers().describe(new ByteArrayInputStream(s.zip()));
            assertThat(d.schoolId()).isEqualTo(schoolId);
            assertThat(d.schoolName()).isEqualTo("Trường THCS Nguyễn Du");
            assertThat(d.createdBy()).startsWith("admin-");
            assertThat(dst.rowCounts()).as("describe writes nothing").isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void importingIntoAnInstallationThatHasTheUnitsReusesThem(Databases db) {
        Source s = source(db);
        UUID schoolId = s.sample().school.getId();
        try (Installation src = s.installation(); Installation dst = Installation.fresh(db, "units", dir)) {
            // The target knows the province under another id (same code): the import uses it and adds the rest.
            dst.tx().run(() -> dst.tx().current().persist(new vn.kdclgd.core.model.SupervisingUnit("79", "Sở GDĐT TP.HCM",
                    vn.kdclgd.core.model.UnitKind.PROVINCE, null, java.time.LocalDate.of(2008, 1, 1))));
            dst.importDossier(admin(schoolId), s.zip());
            assertThat(dst.rowCounts().get("kdcl_unit")).isEqualTo(3);
            JsonNode again = json(entries(dst.export(admin(schoolId), schoolId)).get("dossier.json"));
            assertThat(again.get("units")).extracting(u -> u.get("code").asText()).containsExactlyInAnyOrder("79", "79-760", "79-26734");
            assertThat(again.get("units").toString()).contains("Sở GDĐT TP.HCM");
        }
    }

    @Test
    void theSchemaIsDraft2020AndRefusesUnknownFields() {
        JsonNode schema = json(read(schemaFile()));
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        ObjectNode doc = (ObjectNode) json(("{\"format\":\"kdclgd-dossier/1\",\"school\":{\"id\":\"" + UUID.randomUUID()
                + "\",\"code\":\"X\",\"name\":\"Y\",\"schoolType\":\"THCS\",\"levelsTaught\":[\"THCS\"],\"campuses\":[]},"
                + "\"units\":[],\"unitMemberships\":[],\"profiles\":[],\"evidence\":[],\"selfAssessments\":[],\"externalReviews\":[],"
                + "\"certificates\":[],\"audit\":[]}").getBytes(StandardCharsets.UTF_8));
        assertThat(schemaErrors(doc)).isEmpty();
        doc.put("surprise", 1);
        assertThat(schemaErrors(doc)).isNotEmpty();
        doc.remove("surprise");
        doc.put("format", "kdclgd-dossier/2");
        assertThat(schemaErrors(doc)).isNotEmpty();
    }

    private static Path schemaFile() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("docs").resolve("dossier.schema.json");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new IllegalStateException("docs/dossier.schema.json not found above " + Path.of("").toAbsolutePath());
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> schemaErrors(JsonNode doc) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json(read(schemaFile())), config);
        return schema.validate(doc).stream().map(m -> m.getInstanceLocation() + " " + m.getMessage())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
