package vn.kdclgd.rules.crosswalk;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * Reads and validates {@code kdclgd-crosswalk/1} documents, collecting every problem before failing.
 * Package-private: use {@link Crosswalk#read(InputStream, String)}.
 */
final class CrosswalkReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+_-]*");
    private static final Pattern CRITERION = Pattern.compile("[1-9][0-9]*\\.[1-9][0-9]*");

    private static final Set<String> TOP_FIELDS = Set.of("format", "id", "title", "status", "mappings");
    private static final Set<String> MAPPING_FIELDS = Set.of("from", "to", "entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("criterion", "targets", "note");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    private CrosswalkReader(String source) {
        this.source = source;
    }

    static Crosswalk read(InputStream in, String sourceName) {
        return new CrosswalkReader(sourceName).parse(in);
    }

    private Crosswalk parse(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw fail("KDCL-4001", "", "không phải JSON hợp lệ: " + e.getOriginalMessage()
                            + "; hãy sửa cú pháp tệp",
                    "not valid JSON: " + e.getOriginalMessage() + "; fix the file's syntax", e);
        } catch (IOException e) {
            throw fail("KDCL-4001", "", "không đọc được dữ liệu: " + e.getMessage(),
                    "cannot read the input: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw fail("KDCL-4001", "", "dữ liệu rỗng; cần một tài liệu JSON " + Crosswalk.FORMAT,
                    "the input is empty; a " + Crosswalk.FORMAT + " JSON document is expected", null);
        }
        if (!root.isObject()) {
            problem("KDCL-4003", "$", "phải là một đối tượng JSON {…}", "must be a JSON object {…}");
            throw new KdclException(problems);
        }

        unknownFields(root, TOP_FIELDS, "$");
        String format = text(root, "format", "$", false);
        if (format != null && !Crosswalk.FORMAT.equals(format)) {
            problem("KDCL-4005", "$.format",
                    "định dạng \"" + format + "\" không được hỗ trợ, cần \"" + Crosswalk.FORMAT + "\"",
                    "format \"" + format + "\" is not supported, expected \"" + Crosswalk.FORMAT + "\"");
        }
        String id = text(root, "id", "$", true);
        if (id != null) {
            checkId(id, "$.id");
        }
        String title = text(root, "title", "$", true);
        String status = text(root, "status", "$", true);

        List<CrosswalkMapping> mappings = new ArrayList<>();
        JsonNode ms = array(root, "mappings", "$");
        if (ms != null) {
            Map<String, Integer> froms = new HashMap<>();
            for (int i = 0; i < ms.size(); i++) {
                CrosswalkMapping m = mapping(ms.get(i), "$.mappings[" + i + "]");
                if (m != null) {
                    Integer previous = froms.putIfAbsent(m.from(), i);
                    if (previous != null) {
                        problem("KDCL-4011", "$.mappings[" + i + "].from",
                                "đã có ánh xạ từ \"" + m.from() + "\" tại $.mappings[" + previous
                                        + "]; hãy gộp hai ánh xạ",
                                "a mapping from \"" + m.from() + "\" already exists at $.mappings[" + previous
                                        + "]; merge the two");
                    }
                    mappings.add(m);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        return new Crosswalk(id, title, status, mappings);
    }

    private CrosswalkMapping mapping(JsonNode node, String path) {
        if (!node.isObject()) {
            wrongType(path, "đối tượng", "an object");
            return null;
        }
        unknownFields(node, MAPPING_FIELDS, path);
        String from = text(node, "from", path, true);
        if (from != null) {
            checkId(from, path + ".from");
        }
        String to = text(node, "to", path, true);
        if (to != null) {
            checkId(to, path + ".to");
        }
        List<CrosswalkEntry> entries = new ArrayList<>();
        JsonNode es = array(node, "entries", path);
        if (es != null) {
            if (es.isEmpty()) {
                problem("KDCL-4012", path + ".entries",
                        "ánh xạ không có mục nào; cần một mục cho mỗi tiêu chí cũ",
                        "the mapping has no entries; one entry per old criterion is needed");
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < es.size(); i++) {
                String p = path + ".entries[" + i + "]";
                CrosswalkEntry e = entry(es.get(i), p);
                if (e != null) {
                    Integer previous = seen.putIfAbsent(e.criterion(), i);
                    if (previous != null) {
                        problem("KDCL-4009", p + ".criterion",
                                "tiêu chí \"" + e.criterion() + "\" đã có tại " + path + ".entries[" + previous
                                        + "]; mỗi tiêu chí cũ chỉ xuất hiện một lần",
                                "criterion \"" + e.criterion() + "\" already appears at " + path + ".entries["
                                        + previous + "]; each old criterion must appear exactly once");
                    }
                    entries.add(e);
                }
            }
        }
        return from == null || to == null ? null : new CrosswalkMapping(from, to, entries);
    }

    private CrosswalkEntry entry(JsonNode node, String path) {
        if (!node.isObject()) {
            wrongType(path, "đối tượng", "an object");
            return null;
        }
        unknownFields(node, ENTRY_FIELDS, path);
        String criterion = text(node, "criterion", path, true);
        if (criterion != null) {
            checkCriterion(criterion, path + ".criterion");
        }
        List<String> targets = new ArrayList<>();
        JsonNode ts = array(node, "targets", path);
        if (ts != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ts.size(); i++) {
                String p = path + ".targets[" + i + "]";
                JsonNode t = ts.get(i);
                if (!t.isTextual()) {
                    wrongType(p, "chuỗi mã tiêu chí", "a criterion-code string");
                    continue;
                }
                String code = nfc(t.textValue());
                checkCriterion(code, p);
                if (!seen.add(code)) {
                    problem("KDCL-4010", p, "tiêu chí đích \"" + code + "\" bị lặp; hãy xóa bản lặp",
                            "target \"" + code + "\" is listed twice; remove the duplicate");
                }
                targets.add(code);
            }
        }
        String note = text(node, "note", path, true);
        return criterion == null || note == null ? null : new CrosswalkEntry(criterion, targets, note);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private String text(JsonNode parent, String field, String parentPath, boolean nonBlank) {
        String path = parentPath + "." + field;
        JsonNode node = parent.get(field);
        if (node == null) {
            missing(path, field);
            return null;
        }
        if (!node.isTextual()) {
            wrongType(path, "chuỗi", "a string");
            return null;
        }
        String value = nfc(node.textValue());
        if (nonBlank && value.isBlank()) {
            problem("KDCL-4006", path, "không được để trống; hãy điền nội dung",
                    "must not be empty; fill it in");
        }
        return value;
    }

    private JsonNode array(JsonNode parent, String field, String parentPath) {
        String path = parentPath + "." + field;
        JsonNode node = parent.get(field);
        if (node == null) {
            missing(path, field);
            return null;
        }
        if (!node.isArray()) {
            wrongType(path, "mảng […]", "an array […]");
            return null;
        }
        return node;
    }

    private void unknownFields(JsonNode node, Set<String> allowed, String path) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem("KDCL-4004", path + "." + name,
                        "trường \"" + name + "\" không có trong định dạng " + Crosswalk.FORMAT
                                + "; hãy xóa hoặc sửa lỗi chính tả (các trường hợp lệ: " + sorted(allowed) + ")",
                        "unknown field \"" + name + "\" in " + Crosswalk.FORMAT
                                + "; remove it or fix the typo (allowed: " + sorted(allowed) + ")");
            }
        }
    }

    private void checkId(String id, String path) {
        if (!ID.matcher(id).matches()) {
            problem("KDCL-4007", path,
                    "mã \"" + id + "\" không hợp lệ; chỉ dùng chữ, số và . + _ - (ví dụ TT17-2018)",
                    "id \"" + id + "\" is malformed; use letters, digits and . + _ - (e.g. TT17-2018)");
        }
    }

    private void checkCriterion(String code, String path) {
        if (!CRITERION.matcher(code).matches()) {
            problem("KDCL-4008", path,
                    "mã tiêu chí \"" + code + "\" không hợp lệ; cần dạng <tiêu chuẩn>.<số>, ví dụ 1.10",
                    "criterion code \"" + code + "\" is malformed; expected <standard>.<n>, e.g. 1.10");
        }
    }

    private void missing(String path, String field) {
        problem("KDCL-4002", path, "thiếu trường bắt buộc \"" + field + "\"; hãy thêm nó",
                "required field \"" + field + "\" is missing; add it");
    }

    private void wrongType(String path, String vi, String en) {
        problem("KDCL-4003", path, "sai kiểu dữ liệu, cần " + vi, "wrong JSON type, expected " + en);
    }

    private void problem(String code, String path, String vi, String en) {
        problems.add(Problem.of(code, where(path), vi, en));
    }

    private String where(String path) {
        if (path.isEmpty()) {
            return source;
        }
        return source.isEmpty() ? path : source + " " + path;
    }

    private KdclException fail(String code, String path, String vi, String en, Throwable cause) {
        problems.add(Problem.of(code, where(path), vi, en));
        return new KdclException(problems, cause);
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }
}
