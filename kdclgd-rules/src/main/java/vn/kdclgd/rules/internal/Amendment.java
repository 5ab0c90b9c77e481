package vn.kdclgd.rules.internal;

import static vn.kdclgd.rules.internal.JsonChecker.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.Standard;

/**
 * An amendment file ({@code kdclgd-amendment/1}): repeals applied on top of base catalogs to produce
 * new catalogs. Only repeals can be expressed; no operation writes regulation text.
 *
 * @param id            amendment id, e.g. {@code TT22-2024}
 * @param title         title of the amending act
 * @param issued        date of the act
 * @param effective     in force from, when established
 * @param effectiveNote note on the date
 * @param confidence    how sure the amendment data is
 * @param targets       one entry per amended catalog
 * @param unknown       what is known to be missing
 */
public record Amendment(String id, String title, LocalDate issued, Optional<LocalDate> effective,
                        Optional<String> effectiveNote, String confidence, List<Target> targets, List<String> unknown) {

    /** The format string of amendment files. */
    public static final String FORMAT = "kdclgd-amendment/1";

    private static final Set<String> TOP = Set.of("format", "id", "title", "issued", "effective", "effectiveNote",
            "confidence", "sources", "targets", "unknown");
    private static final Set<String> TARGET = Set.of("base", "resultId", "operations", "notApplied", "unknown");
    private static final Set<String> OPERATION = Set.of("op", "provision", "criterion", "level", "keys", "sourceText", "mapping");
    private static final Set<String> NOT_APPLIED = Set.of("provision", "reason");

    /**
     * One amended catalog.
     *
     * @param base       id of the base catalog
     * @param resultId   id of the catalog produced
     * @param operations the repeals
     * @param notApplied provisions known but not applied, with the reason
     * @param unknown    what is not known for this target
     * @param path       JSON path of the target (for error messages)
     */
    public record Target(String base, String resultId, List<Repeal> operations, List<String> notApplied,
                         List<String> unknown, String path) {
    }

    /**
     * One repeal (bãi bỏ) of items of a criterion level.
     *
     * @param provision the repealed provision as the act names it
     * @param criterion criterion code
     * @param level     level
     * @param keys      the item keys; empty = the whole level
     * @param mapping   how the provision was mapped to the criterion, and how sure that is
     * @param path      JSON path (for error messages)
     */
    public record Repeal(String provision, String criterion, int level, List<String> keys, String mapping, String path) {
    }

    /** Reads an amendment tree, recording problems in {@code c}; null when there are problems. */
    public static Amendment read(JsonNode root, JsonChecker c) {
        JsonChecker.Obj o = c.object(root, "$", TOP);
        if (o == null) {
            return null;
        }
        o.format(FORMAT);
        String id = o.id("id");
        String title = o.string("title");
        LocalDate issued = o.date("issued");
        if (o.raw("effective") == null) {
            c.problem(Codes.MISSING_FIELD, o.at("effective"), "thiếu trường \"effective\" (ghi null nếu chưa xác định)",
                    "field \"effective\" is missing (write null when not established)");
        }
        Optional<LocalDate> effective = o.optDate("effective");
        Optional<String> effectiveNote = o.optString("effectiveNote");
        String confidence = o.string("confidence");
        o.string("sources");
        List<Target> targets = new ArrayList<>();
        List<JsonNode> tnodes = o.array("targets", true);
        for (int ti = 0; ti < tnodes.size(); ti++) {
            JsonChecker.Obj t = c.object(tnodes.get(ti), index(o.at("targets"), ti), TARGET);
            if (t == null) {
                continue;
            }
            String base = t.string("base");
            String resultId = t.id("resultId");
            List<Repeal> ops = new ArrayList<>();
            List<JsonNode> onodes = t.array("operations", true);
            for (int oi = 0; oi < onodes.size(); oi++) {
                JsonChecker.Obj op = c.object(onodes.get(oi), index(t.at("operations"), oi), OPERATION);
                if (op == null) {
                    continue;
                }
                String kind = op.string("op");
                if (!kind.isEmpty() && !kind.equals("repealItems")) {
                    c.problem(Codes.BAD_VALUE, op.at("op"), "thao tác \"" + kind + "\" không được hỗ trợ; chỉ có repealItems (kdclgd không tự viết văn bản thay thế)",
                            "operation \"" + kind + "\" is not supported; only repealItems exists (kdclgd never writes replacement text)");
                }
                String provision = op.string("provision");
                String criterion = op.string("criterion");
                int level = op.integer("level", 1, 9);
                List<String> keys = op.strings("keys");
                op.string("sourceText");
                String mapping = op.string("mapping");
                ops.add(new Repeal(provision, criterion, level, keys, mapping, op.path()));
            }
            List<String> notApplied = new ArrayList<>();
            List<JsonNode> nnodes = t.optArray("notApplied", false);
            for (int ni = 0; ni < nnodes.size(); ni++) {
                JsonChecker.Obj n = c.object(nnodes.get(ni), index(t.at("notApplied"), ni), NOT_APPLIED);
                if (n != null) {
                    notApplied.add(n.string("provision") + ": " + n.string("reason"));
                }
            }
            targets.add(new Target(base, resultId, ops, notApplied, t.strings("unknown"), t.path()));
        }
        List<String> unknown = o.strings("unknown");
        if (c.hasProblems()) {
            return null;
        }
        return new Amendment(id, title, issued, effective, effectiveNote, confidence, targets, unknown);
    }

    /**
     * Applies every target whose base {@code catalogs} can find; problems go to {@code problems}
     * (prefixed with {@code source}). Returns the produced catalogs.
     */
    public List<Catalog> apply(Function<String, Optional<Catalog>> catalogs, String source, List<Problem> problems) {
        List<Catalog> out = new ArrayList<>();
        for (Target t : targets) {
            Optional<Catalog> base = catalogs.apply(t.base());
            if (base.isEmpty()) {
                problems.add(Problem.of(Codes.AMENDMENT, source + " " + t.path() + ".base",
                        "không có danh mục gốc \"" + t.base() + "\" để áp dụng sửa đổi " + id,
                        "there is no base catalog \"" + t.base() + "\" to apply amendment " + id + " to"));
                continue;
            }
            int before = problems.size();
            Catalog result = applyTo(base.get(), t, source, problems);
            if (problems.size() == before) {
                out.add(result);
            }
        }
        return out;
    }

    private Catalog applyTo(Catalog base, Target t, String source, List<Problem> problems) {
        Map<String, TreeMap<Integer, List<Item>>> levels = new LinkedHashMap<>();
        for (Criterion cr : base.criteria()) {
            levels.put(cr.code(), new TreeMap<>(cr.levels()));
        }
        List<String> notes = new ArrayList<>(base.notes());
        for (Repeal r : t.operations()) {
            TreeMap<Integer, List<Item>> cl = levels.get(r.criterion());
            if (cl == null) {
                problems.add(Problem.of(Codes.AMENDMENT, source + " " + r.path() + ".criterion",
                        "danh mục " + base.id() + " không có tiêu chí " + r.criterion(),
                        "catalog " + base.id() + " has no criterion " + r.criterion()));
                continue;
            }
            List<Item> items = cl.get(r.level());
            if (items == null) {
                problems.add(Problem.of(Codes.AMENDMENT, source + " " + r.path() + ".level",
                        "tiêu chí " + r.criterion() + " không có Mức " + r.level() + " (hoặc mức đó đã bị bãi bỏ)",
                        "criterion " + r.criterion() + " has no level " + r.level() + " (or it was already repealed)"));
                continue;
            }
            if (r.keys().isEmpty()) {
                cl.remove(r.level());
            } else {
                Set<String> keys = new LinkedHashSet<>(r.keys());
                Set<String> present = new HashSet<>();
                items.forEach(i -> present.add(i.key()));
                for (String k : keys) {
                    if (!present.contains(k)) {
                        problems.add(Problem.of(Codes.AMENDMENT, source + " " + r.path() + ".keys",
                                "Mức " + r.level() + " của tiêu chí " + r.criterion() + " không có yêu cầu " + k,
                                "level " + r.level() + " of criterion " + r.criterion() + " has no item " + k));
                    }
                }
                List<Item> kept = items.stream().filter(i -> !keys.contains(i.key())).toList();
                if (kept.isEmpty()) {
                    cl.remove(r.level());
                } else {
                    cl.put(r.level(), kept);
                }
            }
            notes.add("Đã áp dụng " + id + " / Applied " + id + ": bãi bỏ " + r.provision() + " → tiêu chí "
                    + r.criterion() + " Mức " + r.level() + (r.keys().isEmpty() ? "" : " " + r.keys())
                    + " (" + r.mapping() + ")");
        }
        for (Map.Entry<String, TreeMap<Integer, List<Item>>> e : levels.entrySet()) {
            TreeMap<Integer, List<Item>> cl = e.getValue();
            if (cl.isEmpty() || cl.firstKey() != 1 || cl.lastKey() != cl.size()) {
                problems.add(Problem.of(Codes.AMENDMENT, source + " " + t.path(),
                        "sau khi bãi bỏ, các mức của tiêu chí " + e.getKey() + " không còn liên tục từ Mức 1 (" + cl.keySet() + ")",
                        "after the repeals the levels of criterion " + e.getKey() + " are no longer contiguous from level 1 (" + cl.keySet() + ")"));
            }
        }
        if (problems.stream().anyMatch(p -> p.where().startsWith(source + " " + t.path()))) {
            return base;
        }
        t.notApplied().forEach(n -> notes.add("Chưa áp dụng / Not applied (" + id + "): " + n));
        t.unknown().forEach(u -> notes.add("Chưa xác định / Unknown (" + id + "): " + u));
        unknown.forEach(u -> notes.add("Chưa xác định / Unknown (" + id + "): " + u));
        List<Standard> standards = new ArrayList<>();
        for (Standard s : base.standards()) {
            List<Criterion> criteria = new ArrayList<>();
            for (Criterion cr : s.criteria()) {
                criteria.add(new Criterion(cr.code(), cr.name(), cr.nameVariants(), cr.mandatory(),
                        levels.get(cr.code()), cr.levelTexts(), cr.evidence()));
            }
            standards.add(new Standard(s.number(), s.name(), s.nameVariants(), criteria));
        }
        List<String> amendedBy = new ArrayList<>(base.amendedBy());
        amendedBy.add(id);
        return base.amended(t.resultId(), effective, effectiveNote, standards, amendedBy, notes,
                base.confidence() + "; sửa đổi / amended by " + id + ": " + confidence);
    }
}
