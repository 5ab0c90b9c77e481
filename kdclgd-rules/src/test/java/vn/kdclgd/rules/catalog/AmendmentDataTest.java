package vn.kdclgd.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bundled TT22/2024 amendment: every operation targets a criterion, level and keys that exist in
 * its base catalog file, applying it leaves levels contiguous, and the targeted items are what the
 * interpretation of TT22-2024-changes.json says they are.
 */
class AmendmentDataTest {

    private static final JsonNode AMENDMENT = BundledTestFiles.bundled("amendments/TT22-2024.json");

    static Stream<JsonNode> targets() {
        List<JsonNode> list = new ArrayList<>();
        AMENDMENT.get("targets").forEach(list::add);
        return list.stream();
    }

    static Stream<String> bases() {
        return targets().map(t -> t.get("base").asText());
    }

    private static JsonNode criterion(JsonNode catalog, String code) {
        for (JsonNode s : catalog.get("standards")) {
            for (JsonNode c : s.get("criteria")) {
                if (c.get("code").asText().equals(code)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String item(JsonNode catalog, String code, int level, String key) {
        for (JsonNode i : criterion(catalog, code).get("levels").get(String.valueOf(level))) {
            if (i.get("key").asText().equals(key)) {
                return i.get("text").asText();
            }
        }
        throw new AssertionError(code + " Mức " + level + " has no item " + key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void everyOperationTargetsAnExistingItem(String base) {
        JsonNode target = target(base);
        JsonNode catalog = BundledTestFiles.catalog(base);
        List<String> problems = new ArrayList<>();
        JsonNode ops = target.get("operations");
        for (int i = 0; i < ops.size(); i++) {
            JsonNode op = ops.get(i);
            String p = base + " operations[" + i + "] (" + op.path("provision").asText() + ")";
            JsonNode c = criterion(catalog, op.get("criterion").asText());
            if (c == null) {
                problems.add(p + ": no criterion " + op.get("criterion").asText());
                continue;
            }
            JsonNode level = c.get("levels").get(op.get("level").asText());
            if (level == null) {
                problems.add(p + ": criterion " + op.get("criterion").asText() + " has no Mức " + op.get("level"));
                continue;
            }
            List<String> keys = new ArrayList<>();
            level.forEach(it -> keys.add(it.get("key").asText()));
            op.path("keys").forEach(k -> {
                if (!keys.contains(k.asText())) {
                    problems.add(p + ": no key " + k.asText() + " (has " + keys + ")");
                }
            });
            if (!op.path("sourceText").asText().contains(op.path("provision").asText())) {
                problems.add(p + ": the provision does not occur in sourceText");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(target.get("resultId").asText()).isEqualTo(base + "+" + AMENDMENT.get("id").asText());
    }

    /** Applies the operations to a map criterion -> level -> keys, in order. */
    private static Map<String, TreeMap<Integer, List<String>>> apply(JsonNode catalog, JsonNode ops) {
        Map<String, TreeMap<Integer, List<String>>> result = new LinkedHashMap<>();
        for (JsonNode s : catalog.get("standards")) {
            for (JsonNode c : s.get("criteria")) {
                TreeMap<Integer, List<String>> levels = new TreeMap<>();
                c.get("levels").properties().forEach(e -> {
                    List<String> keys = new ArrayList<>();
                    e.getValue().forEach(it -> keys.add(it.get("key").asText()));
                    levels.put(Integer.parseInt(e.getKey()), keys);
                });
                result.put(c.get("code").asText(), levels);
            }
        }
        for (JsonNode op : ops) {
            TreeMap<Integer, List<String>> levels = result.get(op.get("criterion").asText());
            int level = op.get("level").asInt();
            if (op.has("keys")) {
                List<String> remove = new ArrayList<>();
                op.get("keys").forEach(k -> remove.add(k.asText()));
                levels.get(level).removeAll(remove);
                if (levels.get(level).isEmpty()) {
                    levels.remove(level);
                }
            } else {
                levels.remove(level);
            }
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void applyingLeavesContiguousLevelsFromMuc1(String base) {
        JsonNode target = target(base);
        JsonNode catalog = BundledTestFiles.catalog(target.get("base").asText());
        apply(catalog, target.get("operations")).forEach((code, levels) -> {
            assertThat(levels.keySet()).as(target.get("base").asText() + " " + code).isNotEmpty();
            assertThat(levels.firstKey()).as(code).isEqualTo(1);
            assertThat(levels.lastKey()).as(code + " levels contiguous").isEqualTo(levels.size());
        });
    }

    @Test
    void tt17ResultMatchesTheInterpretation() {
        JsonNode tt17 = BundledTestFiles.catalog("TT17-2018");
        assertThat(item(tt17, "1.5", 2, "a")).contains("không quá 30 (ba mươi) lớp");
        assertThat(item(tt17, "2.2", 2, "a")).contains("trên chuẩn trình độ đào tạo đạt ít nhất 55%");
        assertThat(item(tt17, "2.2", 3, "a")).contains("trên chuẩn trình độ đào tạo đạt ít nhất 65%");
        assertThat(criterion(tt17, "1.5").get("levels").has("3")).as("TT17 1.5 has no Mức 3").isFalse();

        Map<String, TreeMap<Integer, List<String>>> after = apply(tt17, target("TT17-2018").get("operations"));
        assertThat(after.get("1.5")).containsOnlyKeys(1);
        assertThat(after.get("2.2")).containsEntry(2, List.of("b", "c")).containsEntry(3, List.of("b"));
        assertThat(provisions(target("TT17-2018").get("notApplied"))).containsExactly("Điều 40");
    }

    @Test
    void tt18ResultMatchesTheInterpretation() {
        JsonNode tt18 = BundledTestFiles.catalog("TT18-2018");
        assertThat(criterion(tt18, "1.5").get("levels").has("3")).as("TT18 1.5 has a Mức 3").isTrue();
        assertThat(item(tt18, "2.2", 2, "a")).contains("tỷ lệ giáo viên trên chuẩn trình độ đào tạo");
        assertThat(item(tt18, "2.2", 3, "a")).as("TT18 2.2 Mức 3 a is about chuẩn nghề nghiệp, not repealed")
                .contains("chuẩn nghề nghiệp").doesNotContain("trình độ đào tạo");
        List<String> withMuc3 = new ArrayList<>();
        tt18.get("standards").get(0).get("criteria").forEach(c -> {
            if (c.get("levels").has("3")) {
                withMuc3.add(c.get("code").asText());
            }
        });
        assertThat(withMuc3.get(3)).as("khoản 4 Điều 17 = 4th standard-1 criterion with Mức 3").isEqualTo("1.5");

        Map<String, TreeMap<Integer, List<String>>> after = apply(tt18, target("TT18-2018").get("operations"));
        assertThat(after.get("1.5")).containsOnlyKeys(1);
        assertThat(after.get("2.2")).containsEntry(2, List.of("b", "c")).containsEntry(3, List.of("a", "b"));
        assertThat(after.get("5.3")).containsKey(1);
        assertThat(provisions(target("TT18-2018").get("notApplied")))
                .containsExactly("khoản 3, khoản 4 và khoản 5 Điều 11", "Điều 40");
        assertThat(target("TT18-2018").get("unknown").toString()).contains("truncated");
    }

    @Test
    void thereIsNoTt19TargetAndTheGapsAreRecorded() {
        assertThat(targets().map(t -> t.get("base").asText())).containsExactly("TT17-2018", "TT18-2018");
        assertThat(AMENDMENT.get("effective").isNull()).isTrue();
        String unknown = AMENDMENT.get("unknown").toString();
        assertThat(unknown).contains("TT19-2018", "C4", "C5", "C6", "C7", "Effective date");
    }

    @Test
    void sourceTextsAndTitleAreVerbatimFromTheChangesFile() {
        Path shared = BundledTestFiles.sharedRegulationsOrAbort();
        JsonNode changes = BundledTestFiles.readJson(BundledTestFiles.read(shared.resolve("TT22-2024-changes.json")));
        List<String> sourceStrings = BundledTestFiles.strings(changes);
        assertThat(AMENDMENT.get("title")).isEqualTo(changes.get("title"));
        assertThat(AMENDMENT.get("issued")).isEqualTo(changes.get("issued"));
        assertThat(AMENDMENT.get("effectiveNote")).isEqualTo(changes.get("effectiveNote"));
        targets().forEach(t -> t.get("operations").forEach(op ->
                assertThat(sourceStrings).as(t.get("base").asText() + " " + op.get("provision").asText())
                        .contains(op.get("sourceText").asText())));
    }

    private static JsonNode target(String base) {
        return targets().filter(t -> t.get("base").asText().equals(base)).findFirst().orElseThrow();
    }

    private static List<String> provisions(JsonNode notApplied) {
        List<String> out = new ArrayList<>();
        notApplied.forEach(n -> out.add(n.get("provision").asText()));
        return out;
    }
}
