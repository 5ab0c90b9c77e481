package vn.kdclgd.core.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/**
 * Reads the school's judgements out of a published snapshot (JSON). Accepted shapes, all optional:
 * <ul>
 * <li>{@code "judgements": {"1.1": {"1": true, "2": {"a": true, "b": false}}}} and
 * {@code "level4": {"1": true}} — the rating JSON of {@code docs/rating.md}; a whole-level boolean
 * counts for every item of that level in the catalog;</li>
 * <li>{@code "parts": {"TIEU_HOC": {"judgements": …}, …}} — a multi-level school rated per cấp học: an
 * item is met only when every part that judged it met it;</li>
 * <li>{@code "evaluations": [{"criterion": "1.1", "judgements": [{"level": 1, "itemKey": "a", "met": true}]}]}
 * — the criterion evaluations as stored.</li>
 * </ul>
 * Mức-4 items are keyed by criterion {@link #LEVEL4} ({@code MUC4}) and level 4. The snapshots
 * {@link Snapshots} publishes use the {@code evaluations} shape.
 */
public final class SnapshotJudgements {
    /** Criterion code of the Mức-4 items (2018 regime): the one the assessment services store them under. */
    public static final String LEVEL4 = Data.LEVEL4;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SnapshotJudgements() {
    }

    /** Criterion → level → item key → met. Thrown {@link JsonProcessingException}s become {@link IllegalArgumentException}s. */
    public static Map<String, Map<Integer, Map<String, Boolean>>> schoolJudgements(String json, Catalog catalog) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
        Map<String, Map<Integer, Map<String, Boolean>>> out = new LinkedHashMap<>();
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the snapshot is not a JSON object");
        }
        ratingShape(root, catalog, out);
        JsonNode parts = root.get("parts");
        if (parts != null && parts.isObject()) {
            for (Iterator<JsonNode> it = parts.elements(); it.hasNext(); ) {
                ratingShape(it.next(), catalog, out);
            }
        }
        JsonNode evaluations = root.get("evaluations");
        if (evaluations != null && evaluations.isArray()) {
            for (JsonNode e : evaluations) {
                String criterion = e.path("criterion").asText("");
                for (JsonNode j : e.path("judgements")) {
                    // the published snapshot (Snapshots) writes "item"; "itemKey" is the stored field name
                    String key = j.hasNonNull("item") ? j.path("item").asText("") : j.path("itemKey").asText("");
                    put(out, criterion, j.path("level").asInt(), key, j.path("met").asBoolean());
                }
            }
        }
        return out;
    }

    private static void ratingShape(JsonNode node, Catalog catalog, Map<String, Map<Integer, Map<String, Boolean>>> out) {
        JsonNode judgements = node.get("judgements");
        if (judgements != null && judgements.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> cs = judgements.fields(); cs.hasNext(); ) {
                Map.Entry<String, JsonNode> c = cs.next();
                Optional<Criterion> criterion = catalog.criterion(c.getKey());
                for (Iterator<Map.Entry<String, JsonNode>> ls = c.getValue().fields(); ls.hasNext(); ) {
                    Map.Entry<String, JsonNode> l = ls.next();
                    int level;
                    try {
                        level = Integer.parseInt(l.getKey());
                    } catch (NumberFormatException e) {
                        continue;
                    }
                    if (l.getValue().isBoolean()) {
                        for (Item item : criterion.map(cr -> cr.items(level)).orElse(java.util.List.of())) {
                            put(out, c.getKey(), level, item.key(), l.getValue().asBoolean());
                        }
                    } else {
                        for (Iterator<Map.Entry<String, JsonNode>> is = l.getValue().fields(); is.hasNext(); ) {
                            Map.Entry<String, JsonNode> i = is.next();
                            if (i.getValue().isBoolean()) {
                                put(out, c.getKey(), level, i.getKey(), i.getValue().asBoolean());
                            }
                        }
                    }
                }
            }
        }
        JsonNode level4 = node.get("level4");
        if (level4 != null && level4.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> is = level4.fields(); is.hasNext(); ) {
                Map.Entry<String, JsonNode> i = is.next();
                if (i.getValue().isBoolean()) {
                    put(out, LEVEL4, 4, i.getKey(), i.getValue().asBoolean());
                }
            }
        }
    }

    private static void put(Map<String, Map<Integer, Map<String, Boolean>>> out, String criterion, int level, String key, boolean met) {
        if (criterion.isEmpty() || key.isEmpty()) {
            return;
        }
        out.computeIfAbsent(criterion, c -> new TreeMap<>()).computeIfAbsent(level, l -> new LinkedHashMap<>())
                .merge(key, met, Boolean::logicalAnd);
    }
}
