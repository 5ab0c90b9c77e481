package vn.kdclgd.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.internal.Json;

/** Every validation rule, each with the exact code and JSON path it must report. */
class CatalogValidationTest {
    static final CatalogRegistry BUNDLED = CatalogRegistry.bundled();

    static ObjectNode tree(String id) {
        return (ObjectNode) Json.parse(CatalogLoader.toJson(BUNDLED.get(id)), id);
    }

    static Catalog read(JsonNode tree) {
        return CatalogLoader.read(new ByteArrayInputStream(tree.toString().getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    static ObjectNode criterion(ObjectNode t, int s, int c) {
        return (ObjectNode) t.get("standards").get(s).get("criteria").get(c);
    }

    static Arguments mutation(String id, String code, String where, Consumer<ObjectNode> change) {
        return Arguments.of(id, code, where, change);
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                mutation("TT57-2026-PT", "KDCL-1003", "$.format", t -> t.put("format", "kdclgd-catalog/9")),
                mutation("TT57-2026-PT", "KDCL-1101", "$.titel", t -> t.put("titel", "x")),
                mutation("TT57-2026-PT", "KDCL-1102", "$.title", t -> t.remove("title")),
                mutation("TT57-2026-PT", "KDCL-1102", "$.effective", t -> t.remove("effective")),
                mutation("TT57-2026-PT", "KDCL-1103", "$.levels", t -> t.put("levels", "2")),
                mutation("TT57-2026-PT", "KDCL-1104", "$.sources", t -> t.put("sources", "  ")),
                mutation("TT57-2026-PT", "KDCL-1105", "$.levels", t -> t.put("levels", 10)),
                mutation("TT57-2026-PT", "KDCL-1106", "$.issued", t -> t.put("issued", "07/7/2026")),
                mutation("TT57-2026-PT", "KDCL-1107", "$.standards", t -> t.putArray("standards")),
                mutation("TT57-2026-PT", "KDCL-1108", "$.evidenceCodeScheme", t -> t.put("evidenceCodeScheme", "HC")),
                mutation("TT57-2026-PT", "KDCL-1108", "$.schoolTypes[0]", t -> ((ArrayNode) t.get("schoolTypes")).set(0, "thcs")),
                mutation("TT57-2026-PT", "KDCL-1201", "$.id", t -> t.put("id", "TT 57")),
                mutation("TT57-2026-PT", "KDCL-1202", "$.standards[1].number", t -> ((ObjectNode) t.get("standards").get(1)).put("number", 3)),
                mutation("TT57-2026-PT", "KDCL-1203", "$.standards[1].criteria[0].code", t -> criterion(t, 1, 0).put("code", "2.2")),
                mutation("TT57-2026-PT", "KDCL-1204", "$.standards[0].criteria[0].levels['3']",
                        t -> ((ObjectNode) criterion(t, 0, 0).get("levels")).set("3", criterion(t, 0, 0).get("levels").get("2"))),
                mutation("TT18-2018", "KDCL-1204", "$.standards[0].criteria[0].levels",
                        t -> ((ObjectNode) criterion(t, 0, 0).get("levels")).remove("2")),
                mutation("TT57-2026-PT", "KDCL-1107", "$.standards[0].criteria[0].levels['1']",
                        t -> ((ObjectNode) criterion(t, 0, 0).get("levels")).putArray("1")),
                mutation("TT57-2026-PT", "KDCL-1205", "$.standards[0].criteria[0].levels['1'][1].key",
                        t -> ((ObjectNode) criterion(t, 0, 0).get("levels").get("1").get(1)).put("key", "a")),
                mutation("TT57-2026-PT", "KDCL-1205", "$.standards[0].criteria[0].levels['1'][0].key",
                        t -> ((ObjectNode) criterion(t, 0, 0).get("levels").get("1").get(0)).put("key", "A)")),
                mutation("TT57-2026-PT", "KDCL-1206", "$.schoolRule.levels[1].level",
                        t -> ((ObjectNode) t.get("schoolRule").get("levels").get(1)).put("level", 3)),
                mutation("TT57-2026-PT", "KDCL-1207", "$.schoolRule.levels[0].conditions[1].atLeast",
                        t -> ((ObjectNode) t.get("schoolRule").get("levels").get(0).get("conditions").get(1)).put("atLeast", 9)),
                mutation("TT57-2026-PT", "KDCL-1207", "$.schoolRule.levels[0].conditions[0].type",
                        t -> ((ObjectNode) t.get("schoolRule").get("levels").get(0).get("conditions").get(0)).removeAll().put("type", "level4")),
                mutation("TT18-2018", "KDCL-1207", "$.schoolRule.levels[2].conditions[0].minLevel",
                        t -> ((ObjectNode) t.get("schoolRule").get("levels").get(2).get("conditions").get(0)).remove("capAtCriterionMax")),
                mutation("TT57-2026-PT", "KDCL-1108", "$.schoolRule.levels[0].conditions[0].select",
                        t -> ((ObjectNode) t.get("schoolRule").get("levels").get(0).get("conditions").get(0)).put("select", "some")),
                mutation("TT57-2026-PT", "KDCL-1208", "$.recognition[0].levels[1]",
                        t -> ((ObjectNode) t.get("recognition").get(0).get("levels").get(1)).put("level", 1)),
                mutation("TT57-2026-PT", "KDCL-1208", "$.recognition[0].levels[1].minSchoolLevel",
                        t -> ((ObjectNode) t.get("recognition").get(0).get("levels").get(1)).put("minSchoolLevel", 3)),
                mutation("TT57-2026-PT", "KDCL-1210", "$.transitional[0].until",
                        t -> ((ObjectNode) t.get("transitional").get(0)).put("until", "2020-01-01")),
                mutation("TT57-2026-PT", "KDCL-1108", "$.multiLevelSchools.policy",
                        t -> ((ObjectNode) t.get("multiLevelSchools")).put("policy", "HIGHEST")),
                mutation("TT17-2018", "KDCL-1209", "$.knownIssues[0].criterion",
                        t -> ((ObjectNode) t.get("knownIssues").get(0)).put("criterion", "9.9")));
    }

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @MethodSource("mutations")
    void reportsTheProblemWithItsCodeAndPath(String id, String code, String where, Consumer<ObjectNode> change) {
        ObjectNode t = tree(id);
        change.accept(t);
        assertThatThrownBy(() -> read(t)).isInstanceOfSatisfying(KdclException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.code()).isEqualTo(code);
                    assertThat(p.where()).isEqualTo("test.json " + where);
                    assertThat(p.message()).contains(" / ");
                }));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ObjectNode t = tree("TT57-2026-PT");
        t.put("levels", 0);
        t.put("issued", "yesterday");
        criterion(t, 2, 1).put("code", "3.9");
        t.put("extra", true);
        assertThatThrownBy(() -> read(t)).isInstanceOfSatisfying(KdclException.class, e -> {
            assertThat(e.problems()).extracting(Problem::code)
                    .containsExactlyInAnyOrder("KDCL-1105", "KDCL-1106", "KDCL-1203", "KDCL-1101");
            assertThat(e.getMessage()).startsWith(e.problems().size() + " lỗi / problems:");
        });
    }

    @Test
    void syntaxErrorsHaveLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n  \"format\": \"kdclgd-catalog/1\",\n  \"id\": \"X\" \"title\": 1\n}");
        List<Problem> problems = CatalogLoader.validate(f, BUNDLED);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("KDCL-1001");
            assertThat(p.where()).contains("bad.json").contains("line 3");
        });
        Files.writeString(f, "{\"id\": \"A\", \"id\": \"B\"}");
        assertThat(CatalogLoader.validate(f, BUNDLED)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Duplicate field 'id'"));
        assertThat(CatalogLoader.validate(dir.resolve("missing.json"), BUNDLED)).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("KDCL-1002"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledIds")
    void writingAndReadingBackGivesAnEqualCatalog(String id) {
        Catalog original = BUNDLED.get(id);
        String json = CatalogLoader.toJson(original);
        Catalog again = read(Json.parse(json, id));
        assertThat(again).isEqualTo(original);
        assertThat(CatalogLoader.toJson(again)).isEqualTo(json);
    }

    static Stream<String> bundledIds() {
        return BUNDLED.catalogs().stream().map(Catalog::id);
    }

    @Test
    void textIsNormalisedToNfc() {
        ObjectNode t = tree("TT57-2026-PT");
        String nfd = java.text.Normalizer.normalize("Tầm nhìn", java.text.Normalizer.Form.NFD);
        criterion(t, 0, 0).put("name", nfd);
        assertThat(nfd).isNotEqualTo("Tầm nhìn");
        assertThat(read(t).criterion("1.1").orElseThrow().name()).isEqualTo("Tầm nhìn");
    }

    @Test
    void bundledFilesAndAmendmentValidateFromTheFileSystem() throws Exception {
        Path root = Path.of("src/main/resources/vn/kdclgd/rules");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("crosswalk")).toList();
            assertThat(json).hasSizeGreaterThanOrEqualTo(7);
            for (Path p : json) {
                assertThat(CatalogLoader.validate(p, BUNDLED)).as(p.toString()).isEmpty();
            }
        }
    }
}
