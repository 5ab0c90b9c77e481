package vn.kdclgd.rules.crosswalk;

import static vn.kdclgd.rules.internal.JsonChecker.index;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.internal.Json;
import vn.kdclgd.rules.internal.JsonChecker;

/**
 * Reads and validates {@code kdclgd-crosswalk/1} documents with the shared {@link JsonChecker},
 * collecting every problem before failing. Package-private: use {@link Crosswalk#read(InputStream, String)}.
 */
final class CrosswalkReader {
    private static final Pattern CRITERION = Pattern.compile("[1-9][0-9]*\\.[1-9][0-9]*");
    private static final Set<String> TOP_FIELDS = Set.of("format", "id", "title", "status", "mappings");
    private static final Set<String> MAPPING_FIELDS = Set.of("from", "to", "entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("criterion", "targets", "note");

    private final JsonChecker c = new JsonChecker();

    private CrosswalkReader() {
    }

    static Crosswalk read(InputStream in, String sourceName) {
        JsonNode root = Json.parse(in, sourceName);
        CrosswalkReader r = new CrosswalkReader();
        Crosswalk result = r.crosswalk(root);
        if (r.c.hasProblems() || result == null) {
            throw new KdclException(r.c.problems().stream().map(p -> p.within(sourceName)).toList());
        }
        return result;
    }

    private Crosswalk crosswalk(JsonNode root) {
        JsonChecker.Obj o = c.object(root, "$", TOP_FIELDS);
        if (o == null) {
            return null;
        }
        o.format(Crosswalk.FORMAT);
        String id = o.id("id");
        String title = o.string("title");
        String status = o.string("status");
        List<CrosswalkMapping> mappings = new ArrayList<>();
        Map<String, Integer> froms = new HashMap<>();
        List<JsonNode> nodes = o.array("mappings", false);
        for (int i = 0; i < nodes.size(); i++) {
            CrosswalkMapping m = mapping(nodes.get(i), index(o.at("mappings"), i));
            if (m == null) {
                continue;
            }
            Integer previous = froms.putIfAbsent(m.from(), i);
            if (previous != null) {
                c.problem("KDCL-4011", index(o.at("mappings"), i) + ".from",
                        "đã có ánh xạ từ \"" + m.from() + "\" tại $.mappings[" + previous + "]; hãy gộp hai ánh xạ",
                        "a mapping from \"" + m.from() + "\" already exists at $.mappings[" + previous + "]; merge the two");
            }
            mappings.add(m);
        }
        return c.hasProblems() ? null : new Crosswalk(id, title, status, mappings);
    }

    private CrosswalkMapping mapping(JsonNode node, String path) {
        JsonChecker.Obj o = c.object(node, path, MAPPING_FIELDS);
        if (o == null) {
            return null;
        }
        String from = o.id("from");
        String to = o.id("to");
        List<CrosswalkEntry> entries = new ArrayList<>();
        List<JsonNode> nodes = o.array("entries", false);
        if (o.has("entries") && o.raw("entries").isArray() && nodes.isEmpty()) {
            c.problem("KDCL-4012", o.at("entries"), "ánh xạ không có mục nào; cần một mục cho mỗi tiêu chí cũ",
                    "the mapping has no entries; one entry per old criterion is needed");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String p = index(o.at("entries"), i);
            CrosswalkEntry e = entry(nodes.get(i), p);
            if (e == null) {
                continue;
            }
            Integer previous = seen.putIfAbsent(e.criterion(), i);
            if (previous != null) {
                c.problem("KDCL-4009", p + ".criterion",
                        "tiêu chí \"" + e.criterion() + "\" đã có tại " + index(o.at("entries"), previous)
                                + "; mỗi tiêu chí cũ chỉ xuất hiện một lần",
                        "criterion \"" + e.criterion() + "\" already appears at " + index(o.at("entries"), previous)
                                + "; each old criterion must appear exactly once");
            }
            entries.add(e);
        }
        return from.isEmpty() || to.isEmpty() ? null : new CrosswalkMapping(from, to, entries);
    }

    private CrosswalkEntry entry(JsonNode node, String path) {
        JsonChecker.Obj o = c.object(node, path, ENTRY_FIELDS);
        if (o == null) {
            return null;
        }
        String criterion = o.string("criterion");
        if (!criterion.isEmpty()) {
            checkCriterion(criterion, o.at("criterion"));
        }
        List<String> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> nodes = o.array("targets", false);
        for (int i = 0; i < nodes.size(); i++) {
            String p = index(o.at("targets"), i);
            JsonNode t = nodes.get(i);
            if (!t.isTextual()) {
                c.problem(vn.kdclgd.rules.internal.Codes.WRONG_TYPE, p, "cần một mã tiêu chí dạng chuỗi, ví dụ \"1.1\"",
                        "expected a criterion code string, e.g. \"1.1\"");
                continue;
            }
            String code = JsonChecker.nfc(t.textValue());
            checkCriterion(code, p);
            if (!seen.add(code)) {
                c.problem("KDCL-4010", p, "tiêu chí đích \"" + code + "\" bị lặp; hãy xóa bản lặp",
                        "target \"" + code + "\" is listed twice; remove the duplicate");
            }
            targets.add(code);
        }
        String note = o.string("note");
        return criterion.isEmpty() || note.isEmpty() ? null : new CrosswalkEntry(criterion, targets, note);
    }

    private void checkCriterion(String code, String path) {
        if (!CRITERION.matcher(code).matches()) {
            c.problem("KDCL-4008", path, "mã tiêu chí \"" + code + "\" không hợp lệ; cần dạng <tiêu chuẩn>.<số>, ví dụ 1.10",
                    "criterion code \"" + code + "\" is malformed; expected <standard>.<n>, e.g. 1.10");
        }
    }
}
