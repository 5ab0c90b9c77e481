package vn.kdclgd.rules.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.rules.Problem;

/**
 * Walks a Jackson tree and collects every problem with its JSON path, instead of stopping at the
 * first. Readers call the typed accessors; an accessor that finds a problem records it and returns a
 * harmless placeholder, so reading goes on and reports everything. Callers must check
 * {@link #problems()} before using what they read. Strings are normalised to NFC.
 */
public final class JsonChecker {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Catalog, amendment and crosswalk ids: letters, digits and {@code . + _ -}. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+_-]*");

    private final List<Problem> problems = new ArrayList<>();

    /** Every problem recorded so far. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Whether any problem was recorded. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Records a problem. */
    public void problem(String code, String path, String vietnamese, String english) {
        problems.add(Problem.of(code, path, vietnamese, english));
    }

    /** Path of a field below {@code parent}. */
    public static String field(String parent, String name) {
        return IDENTIFIER.matcher(name).matches() ? parent + "." + name : parent + "['" + name + "']";
    }

    /** Path of an array element below {@code parent}. */
    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /** NFC-normalises {@code s}. */
    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Views {@code node} as an object allowing only {@code allowed} fields; null when it is not one. */
    public Obj object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            problem(Codes.WRONG_TYPE, path, "cần một đối tượng JSON {…}, gặp " + describe(node),
                    "expected a JSON object {…}, found " + describe(node));
            return null;
        }
        return new Obj((ObjectNode) node, path, allowed);
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "(không có / nothing)";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String t = node.textValue();
            return "\"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (node.isArray()) {
            return "[…]";
        }
        if (node.isObject()) {
            return "{…}";
        }
        return node.toString();
    }

    /** A view of one JSON object with typed, problem-recording accessors. */
    public final class Obj {
        private final ObjectNode node;
        private final String path;

        Obj(ObjectNode node, String path, Set<String> allowed) {
            this.node = node;
            this.path = path;
            if (allowed != null) {
                Iterator<String> names = node.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (!allowed.contains(name)) {
                        problem(Codes.UNKNOWN_FIELD, field(path, name),
                                "trường \"" + name + "\" không có trong định dạng; kiểm tra chính tả (các trường hợp lệ: "
                                        + String.join(", ", new LinkedHashSet<>(allowed)) + ")",
                                "unknown field \"" + name + "\"; check the spelling (valid fields: "
                                        + String.join(", ", new LinkedHashSet<>(allowed)) + ")");
                    }
                }
            }
        }

        /** The required field {@code format}, which must equal {@code expected} ({@code KDCL-1003} otherwise). */
        public void format(String expected) {
            String format = string("format");
            if (!format.isEmpty() && !expected.equals(format)) {
                problem(Codes.FORMAT, at("format"), "định dạng \"" + format + "\" không được hỗ trợ, cần \"" + expected + "\"",
                        "unsupported format \"" + format + "\", expected \"" + expected + "\"");
            }
        }

        /** A required id field: letters, digits and {@code . + _ -} ({@code KDCL-1201} otherwise). */
        public String id(String name) {
            String id = string(name);
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                problem(Codes.BAD_ID, at(name), "mã \"" + id + "\" chỉ được gồm chữ, số và . + _ - (ví dụ TT17-2018)",
                        "id \"" + id + "\" may only contain letters, digits and . + _ - (e.g. TT17-2018)");
            }
            return id;
        }

        /** This object's path. */
        public String path() {
            return path;
        }

        /** Path of a field of this object. */
        public String at(String name) {
            return field(path, name);
        }

        /** Whether the field is present and not null. */
        public boolean has(String name) {
            JsonNode v = node.get(name);
            return v != null && !v.isNull();
        }

        /** The raw field, possibly null. */
        public JsonNode raw(String name) {
            return node.get(name);
        }

        /** Field names in document order. */
        public List<String> fieldNames() {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }

        private void missing(String name) {
            problem(Codes.MISSING_FIELD, at(name), "thiếu trường bắt buộc \"" + name + "\"",
                    "required field \"" + name + "\" is missing");
        }

        private void wrongType(String name, String vi, String en) {
            problem(Codes.WRONG_TYPE, at(name), "cần " + vi + ", gặp " + describe(node.get(name)),
                    "expected " + en + ", found " + describe(node.get(name)));
        }

        /** A required non-blank string. */
        public String string(String name) {
            return optString(name).orElseGet(() -> {
                if (!has(name)) {
                    missing(name);
                }
                return "";
            });
        }

        /** An optional non-blank string (absent or null = empty). */
        public Optional<String> optString(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            if (!v.isTextual()) {
                wrongType(name, "một chuỗi", "a string");
                return Optional.empty();
            }
            String s = nfc(v.textValue());
            if (s.isBlank()) {
                problem(Codes.EMPTY_TEXT, at(name), "chuỗi rỗng; bỏ trường này hoặc điền nội dung",
                        "empty string; remove the field or fill it in");
                return Optional.empty();
            }
            return Optional.of(s);
        }

        /** A required integer in [min, max]. */
        public int integer(String name, int min, int max) {
            OptionalInt v = optInteger(name, min, max);
            if (v.isEmpty()) {
                if (!has(name)) {
                    missing(name);
                }
                return min;
            }
            return v.getAsInt();
        }

        /** An optional integer in [min, max] (absent or null = empty). */
        public OptionalInt optInteger(String name, int min, int max) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return OptionalInt.empty();
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                wrongType(name, "một số nguyên", "an integer");
                return OptionalInt.empty();
            }
            int i = v.intValue();
            if (i < min || i > max) {
                problem(Codes.OUT_OF_RANGE, at(name), i + " nằm ngoài khoảng " + min + "–" + max,
                        i + " is outside " + min + "–" + max);
                return OptionalInt.empty();
            }
            return OptionalInt.of(i);
        }

        /** An optional boolean. */
        public boolean bool(String name, boolean absent) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return absent;
            }
            if (!v.isBoolean()) {
                wrongType(name, "true hoặc false", "true or false");
                return absent;
            }
            return v.booleanValue();
        }

        /** A required date {@code YYYY-MM-DD}. */
        public LocalDate date(String name) {
            if (!has(name)) {
                missing(name);
                return LocalDate.EPOCH;
            }
            return optDate(name).orElse(LocalDate.EPOCH);
        }

        /** An optional date {@code YYYY-MM-DD} (absent or null = empty). */
        public Optional<LocalDate> optDate(String name) {
            Optional<String> s = optString(name);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(s.get()));
            } catch (DateTimeParseException e) {
                problem(Codes.BAD_DATE, at(name), "ngày \"" + s.get() + "\" không hợp lệ, cần dạng YYYY-MM-DD, ví dụ 2026-07-07",
                        "invalid date \"" + s.get() + "\", use YYYY-MM-DD, e.g. 2026-07-07");
                return Optional.empty();
            }
        }

        /** A required array (may be empty unless {@code nonEmpty}). */
        public List<JsonNode> array(String name, boolean nonEmpty) {
            if (!has(name)) {
                missing(name);
                return List.of();
            }
            return optArray(name, nonEmpty);
        }

        /** An optional array (absent = empty list). */
        public List<JsonNode> optArray(String name, boolean nonEmpty) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                wrongType(name, "một mảng […]", "an array […]");
                return List.of();
            }
            List<JsonNode> items = new ArrayList<>();
            ((ArrayNode) v).forEach(items::add);
            if (nonEmpty && items.isEmpty()) {
                problem(Codes.EMPTY_LIST, at(name), "mảng rỗng; cần ít nhất một phần tử",
                        "empty array; at least one element is needed");
            }
            return items;
        }

        /** An optional array of non-blank strings (absent = empty list). */
        public List<String> strings(String name) {
            List<String> out = new ArrayList<>();
            List<JsonNode> items = optArray(name, false);
            for (int i = 0; i < items.size(); i++) {
                JsonNode n = items.get(i);
                if (!n.isTextual() || n.textValue().isBlank()) {
                    problem(Codes.WRONG_TYPE, index(at(name), i), "cần một chuỗi khác rỗng, gặp " + describe(n),
                            "expected a non-empty string, found " + describe(n));
                } else {
                    out.add(nfc(n.textValue()));
                }
            }
            return out;
        }

        /** A required or optional nested object; null when absent (and recorded when required). */
        public Obj object(String name, Set<String> allowed, boolean required) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    missing(name);
                }
                return null;
            }
            return JsonChecker.this.object(v, at(name), allowed);
        }

        /** The fields of this object as (name, node) pairs in document order. */
        public List<Map.Entry<String, JsonNode>> entries() {
            List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
            node.fields().forEachRemaining(out::add);
            return out;
        }
    }
}
