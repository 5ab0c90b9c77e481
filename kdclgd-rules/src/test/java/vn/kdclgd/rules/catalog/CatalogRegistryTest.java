package vn.kdclgd.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.internal.Json;

class CatalogRegistryTest {
    static final CatalogRegistry BUNDLED = CatalogRegistry.bundled();

    @Test
    void bundlesBothRegimesAndTheTt22Amendments() {
        assertThat(BUNDLED.catalogs()).extracting(Catalog::id).containsExactly(
                "TT19-2018", "TT17-2018", "TT18-2018", "TT57-2026-MN", "TT57-2026-PT", "TT57-2026-GDTX",
                "TT17-2018+TT22-2024", "TT18-2018+TT22-2024");
        assertThat(BUNDLED.get("TT19-2018").criteria()).hasSize(25);
        assertThat(BUNDLED.get("TT17-2018").criteria()).hasSize(27);
        assertThat(BUNDLED.get("TT18-2018").criteria()).hasSize(28);
        assertThat(BUNDLED.get("TT57-2026-PT").evidenceCodeScheme()).isEqualTo(vn.kdclgd.rules.evidence.EvidenceCodeScheme.MC);
        assertThat(BUNDLED.get("TT18-2018").evidenceCodeScheme()).isEqualTo(vn.kdclgd.rules.evidence.EvidenceCodeScheme.H);
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> BUNDLED.get("TT99"))
                .isInstanceOfSatisfying(KdclException.class, e -> {
                    assertThat(e.code()).isEqualTo("KDCL-1301");
                    assertThat(e.getMessage()).contains("TT57-2026-PT");
                });
        assertThat(BUNDLED.find("TT99")).isEmpty();
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            "MAM_NON, 2018-10-09, ",
            "MAM_NON, 2018-10-10, TT19-2018",
            "MAM_NON, 2026-07-06, TT19-2018",
            "MAM_NON, 2026-07-07, TT57-2026-MN",
            "TIEU_HOC, 2025-05-01, TT17-2018",
            "TIEU_HOC, 2026-07-07, TT57-2026-PT",
            "THCS, 2026-07-06, TT18-2018",
            "THCS, 2026-07-07, TT57-2026-PT",
            "THPT, 2030-01-01, TT57-2026-PT",
            "PHO_THONG_NHIEU_CAP, 2024-01-01, TT18-2018",
            "PHO_THONG_NHIEU_CAP, 2026-09-05, TT57-2026-PT",
            "TRUNG_TAM_GDTX, 2026-01-01, ",
            "TRUNG_TAM_GDTX, 2026-07-07, TT57-2026-GDTX",
            "TRUNG_TAM_GDNN_GDTX, 2027-01-01, TT57-2026-GDTX",
    })
    void picksTheCatalogInForce(String type, String date, String expected) {
        assertThat(BUNDLED.forSchool(new SchoolType(type), LocalDate.parse(date)).map(Catalog::id).orElse(null))
                .isEqualTo(expected);
    }

    @Test
    void vendorCatalogsFromADirectoryJoinTheBundledOnes(@TempDir Path dir) throws IOException {
        write(dir.resolve("vendor.json"), vendorCatalog("VENDOR-THCS-2027", "2027-09-01", "[\"TT57-2026-PT\"]"));
        CatalogRegistry r = CatalogRegistry.builder().addBundled().addDirectory(dir).build();
        assertThat(r.find("VENDOR-THCS-2027")).isPresent();
        assertThat(r.forSchool(SchoolType.THCS, LocalDate.parse("2027-09-01")).orElseThrow().id()).isEqualTo("VENDOR-THCS-2027");
        assertThat(r.forSchool(SchoolType.THCS, LocalDate.parse("2027-08-31")).orElseThrow().id()).isEqualTo("TT57-2026-PT");
    }

    @Test
    void twoCatalogsInForceWithoutReplacesAreAmbiguousNeverASilentChoice(@TempDir Path dir) throws IOException {
        write(dir.resolve("vendor.json"), vendorCatalog("VENDOR-THCS-2027", "2027-09-01", "[]"));
        CatalogRegistry r = CatalogRegistry.builder().addBundled().addDirectory(dir).build();
        assertThatThrownBy(() -> r.forSchool(SchoolType.THCS, LocalDate.parse("2027-09-01")))
                .isInstanceOfSatisfying(KdclException.class, e -> {
                    assertThat(e.code()).isEqualTo("KDCL-1303");
                    assertThat(e.getMessage()).contains("TT57-2026-PT").contains("VENDOR-THCS-2027").contains("replaces");
                });
    }

    @Test
    void duplicateIdsAreRefused(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.json"), vendorCatalog("TT57-2026-PT", "2027-09-01", "[]"));
        assertThatThrownBy(() -> CatalogRegistry.builder().addBundled().addDirectory(dir).build())
                .isInstanceOfSatisfying(KdclException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code).containsExactly("KDCL-1302");
                    assertThat(e.problems().get(0).where()).contains("a.json");
                });
    }

    @Test
    void aBadVendorCatalogStopsTheWholeBuildWithEveryProblem(@TempDir Path dir) throws IOException {
        write(dir.resolve("a-good.json"), vendorCatalog("VENDOR-A", "2027-09-01", "[]"));
        write(dir.resolve("b-bad.json"), vendorCatalog("VENDOR-B", "2027-13-01", "[]").replace("\"levels\" : 2,", "\"levels\" : 0,"));
        write(dir.resolve("c-broken.json"), "{\"format\": \"kdclgd-catalog/1\", ");
        assertThatThrownBy(() -> CatalogRegistry.builder().addBundled().addDirectory(dir).build())
                .isInstanceOfSatisfying(KdclException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code).contains("KDCL-1106", "KDCL-1105", "KDCL-1001");
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.where()).contains("b-bad.json $.issued"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.where()).contains("c-broken.json").contains("line"));
                });
    }

    @Test
    void providersAreFoundWithServiceLoader() {
        CatalogRegistry r = CatalogRegistry.defaultRegistry();
        assertThat(r.find("TEST-PROVIDER-CATALOG")).as("registered in src/test/resources/META-INF/services").isPresent();
        assertThat(r.catalogs()).hasSize(BUNDLED.catalogs().size() + 1);
    }

    @Test
    void anAmendmentWhoseBaseIsMissingIsReported() {
        assertThatThrownBy(() -> CatalogRegistry.builder()
                .addResource(getClass().getClassLoader(), "vn/kdclgd/rules/amendments/TT22-2024.json").build())
                .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsOnly("KDCL-1211"));
    }

    /** A small valid TT57-shaped vendor catalog derived from the bundled PT catalog. */
    static String vendorCatalog(String id, String effective, String replaces) {
        ObjectNode tree = (ObjectNode) Json.parse(CatalogLoader.toJson(BUNDLED.get("TT57-2026-PT")), "pt");
        tree.put("id", id);
        tree.put("issued", effective);
        tree.put("effective", effective);
        tree.set("replaces", Json.parse(replaces, "replaces"));
        tree.remove("multiLevelSchools");
        return tree.toPrettyString();
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} on {1}: warn-only = {2}")
    @CsvSource({
            "TT57-2026-PT, 2026-07-06, false",
            "TT57-2026-PT, 2026-07-07, true",
            "TT57-2026-MN, 2028-12-31, true",
            "TT57-2026-GDTX, 2029-01-01, false",
            "TT18-2018, 2027-01-01, false",
    })
    void quantitativeDataOnlyWarnsUntilTheEndOf2028(String id, String date, boolean warnOnly) {
        assertThat(BUNDLED.get(id).quantitativeDataWarnOnly(LocalDate.parse(date))).isEqualTo(warnOnly);
    }

    @Test
    void recognitionRulesComeFromTheData() {
        RecognitionScheme ns57 = BUNDLED.get("TT57-2026-PT").recognition(RecognitionKind.NATIONAL_STANDARD).orElseThrow();
        assertThat(ns57.levelFor(0)).isZero();
        assertThat(ns57.levelFor(1)).isEqualTo(1);
        assertThat(ns57.levelFor(2)).isEqualTo(2);
        assertThat(ns57.validityYears()).hasValue(5);
        assertThat(ns57.upgradeWaitYears()).hasValue(2);
        assertThat(ns57.conditions()).hasSize(4);
        RecognitionScheme ns18 = BUNDLED.get("TT18-2018").recognition(RecognitionKind.NATIONAL_STANDARD).orElseThrow();
        assertThat(ns18.levelFor(1)).isZero();
        assertThat(ns18.levelFor(2)).isEqualTo(1);
        assertThat(ns18.levelFor(4)).isEqualTo(2);
        assertThat(ns18.renewalLeadMonths()).hasValue(5);
        assertThat(BUNDLED.get("TT18-2018").recognition(RecognitionKind.ACCREDITATION).orElseThrow().levelFor(3)).isEqualTo(3);
        assertThat(BUNDLED.get("TT57-2026-GDTX").recognition()).isEmpty();
        assertThat(BUNDLED.get("TT57-2026-PT").recognition(RecognitionKind.ACCREDITATION)).isEmpty();
    }

    @Test
    void theRegistryIsImmutable() {
        List<Catalog> list = BUNDLED.catalogs();
        assertThatThrownBy(() -> list.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
