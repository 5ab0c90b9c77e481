package vn.kdclgd.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdclgd.rules.catalog.BundledTestFiles.catalog;
import static vn.kdclgd.rules.catalog.BundledTestFiles.isTt57;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Compares every regulation text of the six bundled catalogs with the read-only sources in
 * {@code ../shared/regulations} (skipped when the sources are not there). Each test collects all
 * mismatches of one catalog and reports them with their JSON paths, so a failure says which catalog,
 * where, what was expected and what was found.
 */
class BundledCatalogSourceTextTest {

    static Stream<String> catalogIds() {
        return BundledTestFiles.CATALOG_IDS.stream();
    }

    static Stream<String> tt57Ids() {
        return catalogIds().filter(BundledTestFiles::isTt57);
    }

    /** Mismatches of one catalog, each "path: expected … but was …". */
    private static final class Diff {
        private final String catalogId;
        private final List<String> mismatches = new ArrayList<>();

        Diff(String catalogId) {
            this.catalogId = catalogId;
        }

        void eq(String path, JsonNode expected, JsonNode actual) {
            JsonNode e = expected == null ? MissingNode.getInstance() : expected;
            JsonNode a = actual == null ? MissingNode.getInstance() : actual;
            if (!e.equals(a)) {
                mismatches.add(path + ": expected " + show(e) + " but was " + show(a));
            }
        }

        void eq(String path, Object expected, Object actual) {
            if (!Objects.equals(expected, actual)) {
                mismatches.add(path + ": expected " + expected + " but was " + actual);
            }
        }

        void check(boolean ok, String path, String message) {
            if (!ok) {
                mismatches.add(path + ": " + message);
            }
        }

        void assertNone(String what) {
            assertThat(mismatches).as("%s: %s (%d mismatches)", catalogId, what, mismatches.size()).isEmpty();
        }

        private static String show(JsonNode n) {
            return n.isMissingNode() ? "<absent>" : n.toString();
        }
    }

    private static JsonNode source(String catalogId) {
        Path shared = BundledTestFiles.sharedRegulationsOrAbort();
        return BundledTestFiles.readJson(BundledTestFiles.read(BundledTestFiles.sourceCatalog(shared, catalogId)));
    }

    private static JsonNode orEmptyArray(JsonNode node) {
        return node == null || node.isMissingNode() ? JsonNodeFactory.instance.arrayNode() : node;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void headerMatchesSource(String id) {
        JsonNode src = source(id);
        JsonNode cat = catalog(id);
        Diff d = new Diff(id);
        d.eq("$.format", "kdclgd-catalog/1", cat.path("format").asText());
        d.eq("$.id", src.get("id"), cat.get("id"));
        d.eq("$.id (file name)", id, cat.path("id").asText());
        for (String f : List.of("title", "issued", "schoolTypes", "sources", "confidence")) {
            d.eq("$." + f, src.get(f), cat.get(f));
        }
        if (isTt57(id)) {
            d.eq("$.regime", "TT57-2026", cat.path("regime").asText());
            d.eq("$.evidenceCodeScheme", "MC", cat.path("evidenceCodeScheme").asText());
            for (String f : List.of("circular", "appendix", "appendixTitle", "appendixNote", "schoolTypesNote",
                    "effective", "replaces", "replacesNote", "levels", "levelDefinitions")) {
                d.eq("$." + f, src.get(f), cat.get(f));
            }
            d.check(!cat.has("counts") && !cat.has("mandatoryCriteria"), "$",
                    "source-only keys counts/mandatoryCriteria must not be copied");
        } else {
            d.eq("$.regime", "TT2018", cat.path("regime").asText());
            d.eq("$.evidenceCodeScheme", "H", cat.path("evidenceCodeScheme").asText());
            d.eq("$.levels", 3, cat.path("levels").asInt());
            d.eq("$.effective", "2018-10-10", cat.path("effective").asText());
            d.eq("$.circular", id.substring(2, 4) + "/2018/TT-BGDĐT", cat.path("circular").asText());
        }
        d.assertNone("header differs from the source");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void standardsMatchSource(String id) {
        JsonNode src = source(id).get("standards");
        JsonNode cat = catalog(id).get("standards");
        Diff d = new Diff(id);
        d.eq("$.standards.length", src.size(), cat.size());
        for (int s = 0; s < Math.min(src.size(), cat.size()); s++) {
            String p = "$.standards[" + s + "]";
            d.eq(p + ".number", src.get(s).get("number"), cat.get(s).get("number"));
            d.eq(p + ".name", src.get(s).get("name"), cat.get(s).get("name"));
            d.eq(p + ".nameVariants", orEmptyArray(src.get(s).get("nameVariants")),
                    orEmptyArray(cat.get(s).get("nameVariants")));
        }
        d.assertNone("standards differ from the source");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void criteriaMatchSource(String id) {
        JsonNode source = source(id);
        JsonNode src = source.get("standards");
        JsonNode cat = catalog(id).get("standards");
        Set<String> mandatory = new HashSet<>();
        source.path("mandatoryCriteria").forEach(n -> mandatory.add(n.asText()));
        Diff d = new Diff(id);
        for (int s = 0; s < Math.min(src.size(), cat.size()); s++) {
            JsonNode sc = src.get(s).get("criteria");
            JsonNode cc = cat.get(s).get("criteria");
            d.eq("$.standards[" + s + "].criteria.length", sc.size(), cc.size());
            for (int c = 0; c < Math.min(sc.size(), cc.size()); c++) {
                String p = "$.standards[" + s + "].criteria[" + c + "]";
                JsonNode a = sc.get(c);
                JsonNode b = cc.get(c);
                d.eq(p + ".code", a.get("code"), b.get("code"));
                d.eq(p + ".name", a.get("name"), b.get("name"));
                d.eq(p + ".nameVariants", orEmptyArray(a.get("nameVariants")), orEmptyArray(b.get("nameVariants")));
                if (isTt57(id)) {
                    d.eq(p + ".mandatory", a.get("mandatory"), b.get("mandatory"));
                    d.eq(p + ".mandatory (source mandatoryCriteria)", mandatory.contains(a.path("code").asText()),
                            b.path("mandatory").asBoolean());
                } else {
                    d.eq(p + ".mandatory", false, b.path("mandatory").asBoolean(true));
                }
            }
        }
        if (isTt57(id)) {
            d.check(!mandatory.isEmpty(), "$.mandatoryCriteria (source)", "source lists no mandatory criteria");
        }
        d.assertNone("criteria differ from the source");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void levelItemsMatchSource(String id) {
        JsonNode src = source(id).get("standards");
        JsonNode cat = catalog(id).get("standards");
        Diff d = new Diff(id);
        int compared = 0;
        for (int s = 0; s < Math.min(src.size(), cat.size()); s++) {
            JsonNode sc = src.get(s).get("criteria");
            JsonNode cc = cat.get(s).get("criteria");
            for (int c = 0; c < Math.min(sc.size(), cc.size()); c++) {
                String p = "$.standards[" + s + "].criteria[" + c + "].levels";
                JsonNode sl = sc.get(c).get("levels");
                JsonNode cl = cc.get(c).get("levels");
                d.eq(p + " (level keys in order)", fieldNames(sl), fieldNames(cl));
                for (String level : fieldNames(sl)) {
                    JsonNode si = sl.get(level);
                    JsonNode ci = cl.path(level);
                    d.eq(p + "." + level + ".length", si.size(), ci.size());
                    for (int i = 0; i < Math.min(si.size(), ci.size()); i++) {
                        d.eq(p + "." + level + "[" + i + "].key", si.get(i).get("key"), ci.get(i).get("key"));
                        d.eq(p + "." + level + "[" + i + "].text", si.get(i).get("text"), ci.get(i).get("text"));
                        compared++;
                    }
                }
            }
        }
        d.check(compared > 0, "$.standards", "no level items compared");
        d.assertNone("level items differ from the source");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void level4MatchesSource(String id) {
        JsonNode src = source(id).path("level4");
        JsonNode cat = catalog(id).path("level4");
        Diff d = new Diff(id);
        if (src.isMissingNode()) {
            d.check(cat.isMissingNode(), "$.level4", "the source has no Mức-4 items, the catalog must not either");
        } else {
            d.eq("$.level4.article", "Điều 22", cat.path("article").asText());
            JsonNode items = cat.path("items");
            d.eq("$.level4.items.length", src.size(), items.size());
            for (int i = 0; i < Math.min(src.size(), items.size()); i++) {
                d.eq("$.level4.items[" + i + "].key", src.get(i).get("code"), items.get(i).get("key"));
                d.eq("$.level4.items[" + i + "].text", src.get(i).get("text"), items.get(i).get("text"));
            }
        }
        d.assertNone("Mức-4 items differ from the source");
    }

    private static final List<String> TT57_CRITERION_EXTRAS = List.of("levelTexts", "evidenceGroup",
            "suggestedEvidence", "suggestedEvidenceText", "quantitativeData", "quantitativeDataText",
            "noSeparateQuantitativeData");

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void tt57CriterionExtrasMatchSource(String id) {
        JsonNode src = source(id).get("standards");
        JsonNode cat = catalog(id).get("standards");
        Diff d = new Diff(id);
        for (int s = 0; s < Math.min(src.size(), cat.size()); s++) {
            JsonNode sc = src.get(s).get("criteria");
            JsonNode cc = cat.get(s).get("criteria");
            for (int c = 0; c < Math.min(sc.size(), cc.size()); c++) {
                String p = "$.standards[" + s + "].criteria[" + c + "].";
                for (String f : TT57_CRITERION_EXTRAS) {
                    d.eq(p + f, sc.get(c).get(f), cc.get(c).get(f));
                }
            }
        }
        d.assertNone("TT57 extras differ from the source (2018: must be absent)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tt57Ids")
    void tt57SplitsReproduceTheExactCells(String id) {
        JsonNode cat = catalog(id).get("standards");
        Diff d = new Diff(id);
        for (int s = 0; s < cat.size(); s++) {
            JsonNode cc = cat.get(s).get("criteria");
            for (int c = 0; c < cc.size(); c++) {
                JsonNode k = cc.get(c);
                String p = "$.standards[" + s + "].criteria[" + c + "].";
                for (String level : fieldNames(k.get("levelTexts"))) {
                    List<String> sentences = new ArrayList<>();
                    k.path("levels").path(level).forEach(i -> sentences.add(i.get("text").asText()));
                    d.eq(p + "levels." + level + " joined with ' '", k.get("levelTexts").get(level).asText(),
                            String.join(" ", sentences));
                }
                d.eq(p + "suggestedEvidence joined with '; ' + '.'", k.get("suggestedEvidenceText").asText(),
                        String.join("; ", texts(k.get("suggestedEvidence"))) + ".");
                if (k.get("noSeparateQuantitativeData").asBoolean()) {
                    d.eq(p + "quantitativeData", 0, k.get("quantitativeData").size());
                    d.eq(p + "quantitativeDataText", "Không yêu cầu dữ liệu định lượng riêng.",
                            k.get("quantitativeDataText").asText());
                } else {
                    d.eq(p + "quantitativeData joined with '; ' + '.'", k.get("quantitativeDataText").asText(),
                            String.join("; ", texts(k.get("quantitativeData"))) + ".");
                }
            }
        }
        d.assertNone("split items do not reproduce the exact appendix cells");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tt57Ids")
    void tt57CountsMatchSourceCounts(String id) {
        JsonNode counts = source(id).get("counts");
        JsonNode cat = catalog(id);
        int criteria = 0;
        int mandatory = 0;
        int evidence = 0;
        int quantitative = 0;
        Map<String, Integer> sentences = new TreeMap<>();
        List<String> withoutQuantitative = new ArrayList<>();
        for (JsonNode s : cat.get("standards")) {
            for (JsonNode c : s.get("criteria")) {
                criteria++;
                if (c.path("mandatory").asBoolean()) {
                    mandatory++;
                }
                for (Map.Entry<String, JsonNode> e : c.get("levels").properties()) {
                    sentences.merge(e.getKey(), e.getValue().size(), Integer::sum);
                }
                evidence += c.get("suggestedEvidence").size();
                quantitative += c.get("quantitativeData").size();
                if (c.get("noSeparateQuantitativeData").asBoolean()) {
                    withoutQuantitative.add(c.get("code").asText());
                }
            }
        }
        Map<String, Integer> expectedSentences = new TreeMap<>();
        counts.get("levelSentences").properties().forEach(e -> expectedSentences.put(e.getKey(),
                e.getValue().asInt()));
        Diff d = new Diff(id);
        d.eq("counts.standards", counts.get("standards").asInt(), cat.get("standards").size());
        d.eq("counts.criteria", counts.get("criteria").asInt(), criteria);
        d.eq("counts.mandatory", counts.get("mandatory").asInt(), mandatory);
        d.eq("counts.levelSentences", expectedSentences, sentences);
        d.eq("counts.suggestedEvidenceItems", counts.get("suggestedEvidenceItems").asInt(), evidence);
        d.eq("counts.quantitativeIndicators", counts.get("quantitativeIndicators").asInt(), quantitative);
        d.eq("counts.criteriaWithoutSeparateQuantitativeData",
                texts(counts.get("criteriaWithoutSeparateQuantitativeData")), withoutQuantitative);
        d.assertNone("counts computed from the bundled file differ from the source's counts");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void quotedTextsOccurVerbatimInSources(String id) {
        Path shared = BundledTestFiles.sharedRegulationsOrAbort();
        String rules = BundledTestFiles.read(BundledTestFiles.rulesFile(shared, id));
        JsonNode src = source(id);
        List<String> sourceStrings = BundledTestFiles.strings(src);
        JsonNode cat = catalog(id);
        Diff d = new Diff(id);
        Map<String, String> quoted = new HashMap<>();
        JsonNode recognition = cat.path("recognition");
        for (int r = 0; r < recognition.size(); r++) {
            JsonNode conditions = recognition.get(r).path("conditions");
            for (int c = 0; c < conditions.size(); c++) {
                quoted.put("$.recognition[" + r + "].conditions[" + c + "].text",
                        conditions.get(c).path("text").asText());
            }
        }
        if (cat.path("schoolRule").has("text")) {
            quoted.put("$.schoolRule.text", cat.path("schoolRule").path("text").asText());
        }
        if (cat.has("criterionRule")) {
            quoted.put("$.criterionRule.text", cat.path("criterionRule").path("text").asText());
        }
        JsonNode transitional = cat.path("transitional");
        for (int t = 0; t < transitional.size(); t++) {
            if (transitional.get(t).has("text")) {
                quoted.put("$.transitional[" + t + "].text", transitional.get(t).path("text").asText());
            }
        }
        new TreeMap<>(quoted).forEach((path, text) -> d.check(!text.isEmpty() && (rules.contains(text)
                || sourceStrings.stream().anyMatch(s -> s.contains(text))), path,
                "not found verbatim in " + BundledTestFiles.rulesFile(shared, id).getFileName()
                        + " or the source JSON: \"" + text + "\""));
        if (isTt57(id)) {
            d.eq("$.schoolRule.text", src.path("schoolRule").get("text"), cat.path("schoolRule").get("text"));
            d.eq("$.schoolRule.article", src.path("schoolRule").get("article"), cat.path("schoolRule").get("article"));
            d.eq("$.schoolRule.textStatus", src.path("schoolRule").get("textStatus"),
                    cat.path("schoolRule").get("textStatus"));
            d.eq("$.criterionRule", src.get("criterionRule"), cat.get("criterionRule"));
            d.check(quoted.keySet().stream().anyMatch(k -> k.startsWith("$.transitional")), "$.transitional",
                    "the khoản 4 Điều 27 text is missing");
            if (!id.endsWith("GDTX")) {
                d.eq("$.recognition[0].conditions.length", 4, recognition.path(0).path("conditions").size());
            }
        } else {
            String sentence = "Thông tư này có hiệu lực thi hành kể từ ngày 10 tháng 10 năm 2018.";
            d.check(rules.contains(sentence) && cat.path("effectiveNote").asText().contains(sentence),
                    "$.effectiveNote", "must quote the verbatim sentence of RULES.md §1");
            d.check(!cat.path("schoolRule").has("text"), "$.schoolRule.text",
                    "no Vietnamese wording of Điều 6 was seen; the catalog must not carry a text");
        }
        d.assertNone("quoted texts are not verbatim in the sources");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void knownIssuesPointAtExistingItems(String id) {
        JsonNode cat = catalog(id);
        Diff d = new Diff(id);
        JsonNode issues = cat.path("knownIssues");
        for (int i = 0; i < issues.size(); i++) {
            JsonNode issue = issues.get(i);
            String p = "$.knownIssues[" + i + "]";
            if (issue.has("criterion")) {
                JsonNode criterion = findCriterion(cat, issue.get("criterion").asText());
                d.check(criterion != null, p + ".criterion", "no such criterion");
                if (criterion != null && issue.has("level")) {
                    JsonNode level = criterion.path("levels").path(issue.get("level").asText());
                    d.check(!level.isMissingNode(), p + ".level", "no such level");
                    if (issue.has("key")) {
                        d.check(texts(level, "key").contains(issue.get("key").asText()), p + ".key", "no such key");
                    }
                }
            } else if (issue.has("key")) {
                d.eq(p + ".level (Mức-4 item)", 4, issue.path("level").asInt());
                d.check(texts(cat.path("level4").path("items"), "key").contains(issue.get("key").asText()),
                        p + ".key", "no such Mức-4 item");
            }
        }
        d.assertNone("known issues point at items that do not exist");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogIds")
    void everyStringIsNfcAndTheFileEndsWithANewline(String id) {
        String text = BundledTestFiles.bundledText("catalogs/" + id + ".json");
        Diff d = new Diff(id);
        d.check(Normalizer.isNormalized(text, Normalizer.Form.NFC), "file", "not NFC");
        d.check(text.endsWith("}\n") && !text.endsWith("\n\n"), "file", "must end with exactly one newline");
        d.check(!text.contains("\\u00") && !text.contains("\\u1e"), "file", "Vietnamese must not be \\u-escaped");
        d.assertNone("file encoding");
    }

    private static JsonNode findCriterion(JsonNode cat, String code) {
        for (JsonNode s : cat.path("standards")) {
            for (JsonNode c : s.path("criteria")) {
                if (code.equals(c.path("code").asText())) {
                    return c;
                }
            }
        }
        return null;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }
}
