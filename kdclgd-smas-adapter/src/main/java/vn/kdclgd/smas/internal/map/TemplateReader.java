package vn.kdclgd.smas.internal.map;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.internal.Json;
import vn.kdclgd.rules.internal.JsonChecker;
import vn.kdclgd.smas.ImportKind;

/**
 * Reads mapping files ({@code kdclgd-import-template/1}) and the bundled default value tables, reporting
 * every problem with its JSON path at once ({@code KDCL-92xx}); a bad file is never half-loaded.
 */
public final class TemplateReader {
    /** The format tag of a template file. */
    public static final String FORMAT = "kdclgd-import-template/1";
    /** The format tag of a value-table file. */
    public static final String VALUES_FORMAT = "kdclgd-import-values/1";

    private static final Set<String> TOP = Set.of("format", "id", "title", "source", "kind", "sheetHints", "headerSearchRows",
            "columns", "values", "classBanner", "gradeFromClass", "notes");
    private static final Set<String> COLUMN = Set.of("aliases", "required");
    private static final Set<String> VALUES = Set.of("map", "rules", "otherwise", "blank");
    private static final Set<String> RULE = Set.of("pattern", "value");

    private TemplateReader() {
    }

    /** Reads the default value tables ({@code values.json}): field → table. */
    public static Map<Field, ValueMap> readValues(InputStream in, String origin) throws IOException {
        JsonNode root = Json.parse(in, origin);
        JsonChecker c = new JsonChecker();
        JsonChecker.Obj o = c.object(root, "$", Set.of("format", "values"));
        Map<Field, ValueMap> out = new EnumMap<>(Field.class);
        if (o != null) {
            o.format(VALUES_FORMAT);
            JsonChecker.Obj values = o.object("values", null, true);
            if (values != null) {
                readValueTables(c, values, null, out);
            }
        }
        fail(c, origin);
        return out;
    }

    /** Reads one template file over the default value tables {@code defaults}. */
    public static TemplateSpec read(InputStream in, String origin, Map<Field, ValueMap> defaults) throws IOException {
        JsonNode root = Json.parse(in, origin);
        JsonChecker c = new JsonChecker();
        JsonChecker.Obj o = c.object(root, "$", TOP);
        if (o == null) {
            fail(c, origin);
        }
        o.format(FORMAT);
        String id = o.id("id");
        String title = o.string("title");
        String source = o.string("source");
        String kindName = o.string("kind");
        ImportKind parsed = null;
        try {
            parsed = ImportKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            c.problem(Problems.TEMPLATE, o.at("kind"), "loại dữ liệu \"" + kindName + "\" không hợp lệ; dùng STUDENTS, STAFF, CLASSES hoặc FACILITIES",
                    "invalid kind \"" + kindName + "\"; use STUDENTS, STAFF, CLASSES or FACILITIES");
        }
        ImportKind kind = parsed;
        List<String> hints = o.strings("sheetHints").stream().map(Fold::header).toList();
        int searchRows = o.optInteger("headerSearchRows", 1, 200).orElse(30);

        Map<Field, TemplateSpec.Column> columns = new LinkedHashMap<>();
        JsonChecker.Obj cols = o.object("columns", null, true);
        if (cols != null && kind != null) {
            for (Map.Entry<String, JsonNode> e : cols.entries()) {
                String path = JsonChecker.field(cols.path(), e.getKey());
                Field f = field(c, e.getKey(), path, kind);
                JsonChecker.Obj col = c.object(e.getValue(), path, COLUMN);
                if (f == null || col == null) {
                    continue;
                }
                List<String> aliases = col.strings("aliases");
                if (aliases.isEmpty()) {
                    c.problem(Problems.TEMPLATE, col.at("aliases"), "cần ít nhất một tên cột", "at least one header alias is needed");
                }
                columns.put(f, new TemplateSpec.Column(aliases, aliases.stream().map(Fold::header).toList(), col.bool("required", false)));
            }
            if (kind != null && columns.values().stream().noneMatch(TemplateSpec.Column::required)) {
                c.problem(Problems.TEMPLATE, cols.path(), "cần ít nhất một cột bắt buộc (\"required\": true) để nhận ra trang tính",
                        "at least one column must be required (\"required\": true) so that sheets can be recognised");
            }
        }

        Map<Field, ValueMap> values = new EnumMap<>(Field.class);
        defaults.forEach((f, v) -> {
            if (kindAllows(kind, f)) {
                values.put(f, v);
            }
        });
        JsonChecker.Obj vals = o.object("values", null, false);
        if (vals != null && kind != null) {
            Map<Field, ValueMap> own = new EnumMap<>(Field.class);
            readValueTables(c, vals, kind, own);
            own.forEach((f, v) -> values.merge(f, v, ValueMap::overriddenBy));
        }

        Pattern banner = o.optString("classBanner").map(p -> pattern(c, p, o.at("classBanner"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .orElse(null);
        ValueMap gradeFromClass = defaults.get(Field.GRADE);
        JsonChecker.Obj gfc = o.object("gradeFromClass", VALUES, false);
        if (gfc != null) {
            ValueMap own = valueMap(c, gfc, Field.GRADE);
            gradeFromClass = gradeFromClass == null ? own : gradeFromClass.overriddenBy(own);
        }
        fail(c, origin);
        return new TemplateSpec(id, title, source, kind, hints, searchRows, Map.copyOf(columns), Map.copyOf(values), banner,
                gradeFromClass, origin);
    }

    private static boolean kindAllows(ImportKind kind, Field f) {
        return kind != null && f.allowedIn(kind);
    }

    private static void readValueTables(JsonChecker c, JsonChecker.Obj vals, ImportKind kind, Map<Field, ValueMap> out) {
        for (Map.Entry<String, JsonNode> e : vals.entries()) {
            String path = JsonChecker.field(vals.path(), e.getKey());
            Field f = Field.byKey(e.getKey()).orElse(null);
            if (f == null || !f.coded() || (kind != null && !f.allowedIn(kind))) {
                c.problem(Problems.TEMPLATE, path, "trường \"" + e.getKey() + "\" không có bảng giá trị" + (kind == null ? "" : " trong loại " + kind),
                        "field \"" + e.getKey() + "\" takes no value table" + (kind == null ? "" : " in kind " + kind));
                continue;
            }
            JsonChecker.Obj table = c.object(e.getValue(), path, VALUES);
            if (table != null) {
                out.put(f, valueMap(c, table, f));
            }
        }
    }

    private static ValueMap valueMap(JsonChecker c, JsonChecker.Obj table, Field f) {
        Map<String, String> exact = new LinkedHashMap<>();
        JsonChecker.Obj map = table.object("map", null, false);
        if (map != null) {
            for (Map.Entry<String, JsonNode> e : map.entries()) {
                String path = JsonChecker.field(map.path(), e.getKey());
                String v = canonical(c, f, e.getValue(), path);
                if (v != null) {
                    exact.put(Fold.value(e.getKey()), v);
                }
            }
        }
        List<ValueMap.Rule> rules = new ArrayList<>();
        List<JsonNode> ruleNodes = table.optArray("rules", false);
        for (int i = 0; i < ruleNodes.size(); i++) {
            String path = JsonChecker.index(table.at("rules"), i);
            JsonChecker.Obj r = c.object(ruleNodes.get(i), path, RULE);
            if (r == null) {
                continue;
            }
            Pattern p = pattern(c, r.string("pattern"), r.at("pattern"), 0);
            String v = canonical(c, f, r.raw("value"), r.at("value"));
            if (p != null && v != null) {
                rules.add(new ValueMap.Rule(p, v));
            }
        }
        String otherwise = table.has("otherwise") ? canonical(c, f, table.raw("otherwise"), table.at("otherwise")) : null;
        String blank = table.has("blank") ? canonical(c, f, table.raw("blank"), table.at("blank")) : null;
        return new ValueMap(exact, rules, otherwise, blank);
    }

    private static String canonical(JsonChecker c, Field f, JsonNode node, String path) {
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            c.problem(Problems.TEMPLATE, path, "cần một giá trị chuẩn dạng chuỗi", "expected a canonical value (a string)");
            return null;
        }
        String v = node.textValue();
        if (!f.canonical().isEmpty() && !f.canonical().contains(v)) {
            c.problem(Problems.TEMPLATE, path, "giá trị \"" + v + "\" không hợp lệ cho " + f.key() + "; dùng một trong " + f.canonical(),
                    "value \"" + v + "\" is not valid for " + f.key() + "; use one of " + f.canonical());
            return null;
        }
        return v;
    }

    private static Field field(JsonChecker c, String key, String path, ImportKind kind) {
        Field f = Field.byKey(key).orElse(null);
        if (f == null || !f.allowedIn(kind)) {
            c.problem(Problems.TEMPLATE, path, "trường \"" + key + "\" không dùng được cho " + kind + "; các trường: " + Field.keys(kind),
                    "field \"" + key + "\" is not available for " + kind + "; fields: " + Field.keys(kind));
            return null;
        }
        return f;
    }

    private static Pattern pattern(JsonChecker c, String regex, String path, int flags) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            c.problem(Problems.TEMPLATE, path, "biểu thức chính quy sai: " + e.getDescription(), "invalid regular expression: " + e.getDescription());
            return null;
        }
    }

    private static void fail(JsonChecker c, String origin) {
        if (c.hasProblems()) {
            List<Problem> ps = c.problems().stream().map(p -> p.within(origin)).toList();
            throw new KdclException(ps);
        }
    }
}
