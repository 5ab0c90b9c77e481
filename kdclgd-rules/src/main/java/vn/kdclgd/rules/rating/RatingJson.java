package vn.kdclgd.rules.rating;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.internal.Codes;
import vn.kdclgd.rules.internal.Json;
import vn.kdclgd.rules.internal.JsonChecker;
import vn.kdclgd.rules.internal.rating.Rater;

/**
 * The JSON form of rating requests and results used by the CLI and by integrations in any language
 * (documented in {@code docs/rating.md}).
 *
 * <pre>{@code
 * {"catalog": "TT57-2026-PT",
 *  "judgements": {"1.1": {"1": true, "2": {"a": true, "b": false}}, …},
 *  "level4": {"1": true},                      // 2018 regime only
 *  "options": {"gaps": true}}
 * // or, for a multi-level school rated per cấp học:
 * {"catalog": "TT57-2026-PT", "parts": {"TIEU_HOC": {"judgements": {…}}, "THCS": {"judgements": {…}}}}
 * }</pre>
 */
public final class RatingJson {
    private static final Set<String> TOP = Set.of("catalog", "judgements", "level4", "parts", "options");
    private static final Set<String> PART = Set.of("judgements", "level4");
    private static final Set<String> OPTIONS = Set.of("gaps");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RatingJson() {
    }

    /**
     * Reads a request, resolving the catalog in {@code registry}.
     *
     * @throws KdclException with every problem found (JSON syntax with line/column, unknown fields,
     *                       wrong types, unknown catalog, judgements that do not fit the catalog — each
     *                       with its JSON path)
     */
    public static RatingRequest readRequest(InputStream in, String source, CatalogRegistry registry) {
        JsonNode root = Json.parse(in, source);
        JsonChecker c = new JsonChecker();
        JsonChecker.Obj o = c.object(root, "$", TOP);
        Catalog catalog = null;
        Judgements judgements = Judgements.empty();
        Map<String, Judgements> parts = new LinkedHashMap<>();
        RatingOptions options = RatingOptions.defaults();
        if (o != null) {
            String id = o.string("catalog");
            if (!id.isEmpty()) {
                catalog = registry.find(id).orElse(null);
                if (catalog == null) {
                    c.problem(Codes.UNKNOWN_CATALOG, o.at("catalog"),
                            "không có danh mục \"" + id + "\"; xem danh sách bằng lệnh \"kdclgd catalogs\"",
                            "there is no catalog \"" + id + "\"; list them with \"kdclgd catalogs\"");
                }
            }
            if (o.has("parts")) {
                for (String f : List.of("judgements", "level4")) {
                    if (o.has(f)) {
                        c.problem(Codes.UNKNOWN_FIELD, o.at(f), "dùng \"parts\" hoặc \"" + f + "\", không dùng cả hai",
                                "use either \"parts\" or \"" + f + "\", not both");
                    }
                }
                JsonChecker.Obj p = o.object("parts", null, true);
                if (p != null) {
                    for (String name : p.fieldNames()) {
                        JsonChecker.Obj part = c.object(p.raw(name), p.at(name), PART);
                        if (part != null) {
                            parts.put(name, judgements(c, part));
                        }
                    }
                }
            } else {
                if (!o.has("judgements")) {
                    c.problem(Codes.MISSING_FIELD, o.at("judgements"), "thiếu \"judgements\" (hoặc \"parts\" cho trường nhiều cấp học)",
                            "\"judgements\" is missing (or \"parts\" for a multi-level school)");
                }
                judgements = judgements(c, o);
            }
            JsonChecker.Obj opt = o.object("options", OPTIONS, false);
            if (opt != null) {
                options = options.withGaps(opt.bool("gaps", true));
            }
        }
        List<Problem> problems = new ArrayList<>(c.problems());
        if (catalog != null) {
            if (parts.isEmpty()) {
                problems.addAll(Rater.check(catalog, judgements, "$.judgements", "$.level4"));
            }
            for (Map.Entry<String, Judgements> e : parts.entrySet()) {
                String path = "$.parts['" + e.getKey() + "']";
                problems.addAll(Rater.check(catalog, e.getValue(), path + ".judgements", path + ".level4"));
            }
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems.stream().map(p -> p.within(source)).toList());
        }
        return new RatingRequest(catalog, judgements, parts, options);
    }

    private static Judgements judgements(JsonChecker c, JsonChecker.Obj o) {
        Judgements.Builder b = Judgements.builder();
        JsonChecker.Obj j = o.object("judgements", null, false);
        if (j != null) {
            for (String code : j.fieldNames()) {
                JsonChecker.Obj levels = c.object(j.raw(code), j.at(code), null);
                if (levels == null) {
                    continue;
                }
                for (String lk : levels.fieldNames()) {
                    int level = levelOf(c, lk, levels.at(lk));
                    JsonNode v = levels.raw(lk);
                    if (v.isBoolean()) {
                        if (level > 0) {
                            b.level(code, level, v.booleanValue());
                        }
                    } else if (v.isObject()) {
                        JsonChecker.Obj items = c.object(v, levels.at(lk), null);
                        for (String key : items.fieldNames()) {
                            JsonNode iv = items.raw(key);
                            if (!iv.isBoolean()) {
                                c.problem(Codes.WRONG_TYPE, items.at(key), "cần true (đạt) hoặc false (không đạt)",
                                        "expected true (met) or false (not met)");
                            } else if (level > 0) {
                                b.item(code, level, key, iv.booleanValue());
                            }
                        }
                    } else {
                        c.problem(Codes.WRONG_TYPE, levels.at(lk),
                                "cần true/false cho cả mức hoặc {\"a\": true, …} cho từng yêu cầu",
                                "expected true/false for the whole level or {\"a\": true, …} item by item");
                    }
                }
            }
        }
        JsonChecker.Obj l4 = o.object("level4", null, false);
        if (l4 != null) {
            for (String key : l4.fieldNames()) {
                JsonNode v = l4.raw(key);
                if (!v.isBoolean()) {
                    c.problem(Codes.WRONG_TYPE, l4.at(key), "cần true (đạt) hoặc false (không đạt)", "expected true (met) or false (not met)");
                } else {
                    b.level4(key, v.booleanValue());
                }
            }
        }
        return b.build();
    }

    private static int levelOf(JsonChecker c, String key, String path) {
        if (key.matches("[1-9]")) {
            return Integer.parseInt(key);
        }
        c.problem(Codes.WRONG_TYPE, path, "khóa mức \"" + key + "\" không hợp lệ, dùng \"1\", \"2\", \"3\"",
                "level key \"" + key + "\" is invalid; use \"1\", \"2\", \"3\"");
        return -1;
    }

    /** The result as pretty-printed JSON. */
    public static String toJson(RatingResult result) {
        try {
            return Json.MAPPER.writeValueAsString(tree(result)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(RatingResult r) {
        ObjectNode o = F.objectNode();
        o.put("catalog", r.catalogId());
        o.put("complete", r.complete());
        ArrayNode missing = o.putArray("missing");
        r.missing().forEach(m -> missing.add(ref(m)));
        o.put("schoolLevel", r.schoolLevel());
        o.put("schoolLevelUpperBound", r.schoolLevelUpperBound());
        optInt(o, "accreditationLevel", r.accreditationLevel());
        optInt(o, "nationalStandardDegree", r.nationalStandardDegree());
        ObjectNode criteria = o.putObject("criteria");
        r.criteria().forEach((code, cr) -> {
            ObjectNode n = criteria.putObject(code);
            n.put("level", cr.level());
            n.put("upperBound", cr.upperBound());
            n.put("determined", cr.determined());
            n.put("maxLevel", cr.maxLevel());
            n.put("mandatory", cr.mandatory());
            ObjectNode levels = n.putObject("levels");
            for (int l = 1; l <= cr.maxLevel(); l++) {
                levels.put(String.valueOf(l), cr.status(l).name());
            }
        });
        ArrayNode standards = o.putArray("standards");
        r.standards().forEach(s -> {
            ObjectNode n = standards.addObject();
            n.put("number", s.number());
            ObjectNode reached = n.putObject("reached");
            ObjectNode outOf = n.putObject("outOf");
            for (int l = 1; l <= s.reached().size(); l++) {
                reached.put(String.valueOf(l), s.reached(l));
                outOf.put(String.valueOf(l), s.outOf(l));
            }
        });
        if (!r.level4().isEmpty()) {
            ObjectNode l4 = o.putObject("level4");
            r.level4().forEach(l4::put);
        }
        ArrayNode ex = o.putArray("explanation");
        r.explanation().forEach(ex::add);
        ArrayNode exEn = o.putArray("explanationEn");
        r.explanationEn().forEach(exEn::add);
        ArrayNode gaps = o.putArray("gaps");
        for (Gap g : r.gaps()) {
            ObjectNode n = gaps.addObject();
            g.part().ifPresent(p -> n.put("part", p));
            n.put("targetLevel", g.targetLevel());
            n.put("itemCount", g.itemCount());
            ArrayNode cs = n.putArray("criteria");
            for (Gap.CriterionGap cg : g.criteria()) {
                ObjectNode cn = cs.addObject();
                cn.put("code", cg.code());
                cn.put("mandatory", cg.mandatory());
                cn.put("currentLevel", cg.currentLevel());
                cn.put("targetLevel", cg.targetLevel());
                ArrayNode items = cn.putArray("items");
                cg.items().forEach(i -> items.add(ref(i)));
            }
            if (!g.level4Items().isEmpty()) {
                ArrayNode l4 = n.putArray("level4Items");
                g.level4Items().forEach(i -> l4.add(ref(i)));
            }
        }
        if (!r.parts().isEmpty()) {
            ObjectNode parts = o.putObject("parts");
            r.parts().forEach((k, v) -> parts.set(k, tree(v)));
        }
        return o;
    }

    private static ObjectNode ref(JudgementRef m) {
        ObjectNode n = F.objectNode();
        m.part().ifPresent(p -> n.put("part", p));
        Optional<String> criterion = m.criterion();
        if (criterion.isPresent()) {
            n.put("criterion", criterion.get());
        }
        n.put("level", m.level());
        n.put("key", m.key());
        n.put("status", m.missing() ? "MISSING" : "NOT_MET");
        n.put("label", m.label());
        n.put("text", m.text());
        return n;
    }

    private static void optInt(ObjectNode o, String name, OptionalInt v) {
        if (v.isPresent()) {
            o.put(name, v.getAsInt());
        } else {
            o.putNull(name);
        }
    }
}
