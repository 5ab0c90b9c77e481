package vn.kdclgd.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Every bundled catalog, the amendment and the crosswalk validate against the JSON Schemas in
 * {@code docs/}; deliberately broken copies do not.
 */
class BundledFilesSchemaTest {

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();

    private static JsonSchema schema(String name) {
        Path file = BundledTestFiles.projectRoot().resolve("docs").resolve(name);
        JsonNode node = BundledTestFiles.readJson(BundledTestFiles.read(file));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, CONFIG);
    }

    private static Set<String> errors(JsonSchema schema, JsonNode doc) {
        return schema.validate(doc).stream()
                .map(m -> m.getInstanceLocation() + " " + m.getMessage())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Stream<String> catalogIds() {
        return BundledTestFiles.CATALOG_IDS.stream();
    }

    @Test
    void schemasDeclareDraft2020_12() {
        for (String name : List.of("catalog.schema.json", "amendment.schema.json", "crosswalk.schema.json")) {
            JsonNode node = BundledTestFiles.readJson(
                    BundledTestFiles.read(BundledTestFiles.projectRoot().resolve("docs").resolve(name)));
            assertThat(node.path("$schema").asText()).as(name)
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(node.path("additionalProperties").asBoolean(true)).as(name + " top-level unknown fields")
                    .isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void bundledCatalogIsValid(String id) {
        assertThat(errors(schema("catalog.schema.json"), BundledTestFiles.catalog(id))).as(id).isEmpty();
    }

    @Test
    void bundledAmendmentIsValid() {
        assertThat(errors(schema("amendment.schema.json"), BundledTestFiles.bundled("amendments/TT22-2024.json")))
                .isEmpty();
    }

    @Test
    void bundledCrosswalkIsValid() {
        assertThat(errors(schema("crosswalk.schema.json"),
                BundledTestFiles.bundled("crosswalk/TT2018-TT57-2026.json"))).isEmpty();
    }

    // ---- broken copies --------------------------------------------------------------------

    private static Arguments broken(String name, String base, Consumer<ObjectNode> breakIt, String expectedPath) {
        return Arguments.of(name, base, breakIt, expectedPath);
    }

    private static ObjectNode criterion(ObjectNode cat, int standard, int criterion) {
        return (ObjectNode) cat.get("standards").get(standard).get("criteria").get(criterion);
    }

    static Stream<Arguments> brokenCatalogs() {
        return Stream.of(
                broken("unknown top-level field", "TT17-2018", c -> c.put("mandatoryCriteria", "1.3"), "$"),
                broken("unknown criterion field (typo)", "TT57-2026-PT",
                        c -> criterion(c, 0, 0).set("levelText", criterion(c, 0, 0).get("levelTexts")),
                        "$.standards[0].criteria[0]"),
                broken("wrong format", "TT19-2018", c -> c.put("format", "kdclgd-catalog/2"), "$.format"),
                broken("bad date (not ISO)", "TT18-2018", c -> c.put("issued", "22/08/2018"), "$.issued"),
                broken("bad date (no such day)", "TT57-2026-MN", c -> c.put("effective", "2026-02-30"),
                        "$.effective"),
                broken("missing level 1", "TT17-2018",
                        c -> ((ObjectNode) criterion(c, 0, 1).get("levels")).remove("1"),
                        "$.standards[0].criteria[1].levels"),
                broken("level 3 without level 2", "TT17-2018",
                        c -> ((ObjectNode) criterion(c, 0, 0).get("levels")).remove("2"),
                        "$.standards[0].criteria[0].levels"),
                broken("empty level", "TT57-2026-GDTX",
                        c -> ((ObjectNode) criterion(c, 1, 0).get("levels")).putArray("2"),
                        "$.standards[1].criteria[0].levels['2']"),
                broken("bad criterion code", "TT19-2018", c -> criterion(c, 0, 9).put("code", "1.10a"),
                        "$.standards[0].criteria[9].code"),
                broken("unknown condition type", "TT57-2026-PT",
                        c -> ((ObjectNode) c.get("schoolRule").get("levels").get(0).get("conditions").get(0))
                                .put("type", "percentage"),
                        "$.schoolRule.levels[0].conditions[0]"),
                broken("two accreditation schemes", "TT18-2018",
                        c -> ((ArrayNode) c.get("recognition")).add(c.get("recognition").get(0).deepCopy()),
                        "$.recognition"),
                broken("unknown evidence-code scheme", "TT57-2026-MN", c -> c.put("evidenceCodeScheme", "X"),
                        "$.evidenceCodeScheme"),
                broken("missing sources", "TT19-2018", c -> c.remove("sources"), "$"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCatalogs")
    void brokenCatalogFails(String name, String base, Consumer<ObjectNode> breakIt, String expectedPath) {
        ObjectNode copy = BundledTestFiles.catalog(base).deepCopy();
        breakIt.accept(copy);
        Set<String> errors = errors(schema("catalog.schema.json"), copy);
        assertThat(errors).as(name).isNotEmpty();
        assertThat(errors).as(name).anyMatch(e -> e.startsWith(expectedPath));
    }

    static Stream<Arguments> brokenAmendments() {
        return Stream.of(
                broken("unknown operation field", "amendments/TT22-2024.json",
                        a -> ((ObjectNode) a.get("targets").get(0).get("operations").get(0)).put("text", "…"),
                        "$.targets[0].operations[0]"),
                broken("operation that writes text", "amendments/TT22-2024.json",
                        a -> ((ObjectNode) a.get("targets").get(0).get("operations").get(0)).put("op", "replaceText"),
                        "$.targets[0].operations[0].op"),
                broken("wrong format", "amendments/TT22-2024.json", a -> a.put("format", "kdclgd-catalog/1"),
                        "$.format"),
                broken("bad date", "amendments/TT22-2024.json", a -> a.put("issued", "2024-12-32"), "$.issued"),
                broken("empty keys", "amendments/TT22-2024.json",
                        a -> ((ObjectNode) a.get("targets").get(0).get("operations").get(1)).putArray("keys"),
                        "$.targets[0].operations[1].keys"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAmendments")
    void brokenAmendmentFails(String name, String base, Consumer<ObjectNode> breakIt, String expectedPath) {
        ObjectNode copy = BundledTestFiles.bundled(base).deepCopy();
        breakIt.accept(copy);
        Set<String> errors = errors(schema("amendment.schema.json"), copy);
        assertThat(errors).as(name).anyMatch(e -> e.startsWith(expectedPath));
    }

    static Stream<Arguments> brokenCrosswalks() {
        return Stream.of(
                broken("unknown entry field", "crosswalk/TT2018-TT57-2026.json",
                        x -> ((ObjectNode) x.get("mappings").get(0).get("entries").get(0)).put("target", "1.1"),
                        "$.mappings[0].entries[0]"),
                broken("missing note", "crosswalk/TT2018-TT57-2026.json",
                        x -> ((ObjectNode) x.get("mappings").get(1).get("entries").get(2)).remove("note"),
                        "$.mappings[1].entries[2]"),
                broken("bad target code", "crosswalk/TT2018-TT57-2026.json",
                        x -> ((ArrayNode) x.get("mappings").get(2).get("entries").get(3).get("targets")).add("5"),
                        "$.mappings[2].entries[3].targets"),
                broken("wrong format", "crosswalk/TT2018-TT57-2026.json", x -> x.put("format", "crosswalk"),
                        "$.format"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCrosswalks")
    void brokenCrosswalkFails(String name, String base, Consumer<ObjectNode> breakIt, String expectedPath) {
        ObjectNode copy = BundledTestFiles.bundled(base).deepCopy();
        breakIt.accept(copy);
        Set<String> errors = errors(schema("crosswalk.schema.json"), copy);
        assertThat(errors).as(name).anyMatch(e -> e.startsWith(expectedPath));
    }

    @Test
    void validationMessagesAreReadable() {
        ObjectNode copy = BundledTestFiles.catalog("TT17-2018").deepCopy();
        copy.put("colour", "blue");
        Set<ValidationMessage> messages = schema("catalog.schema.json").validate(copy);
        assertThat(messages).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("colour"));
    }
}
