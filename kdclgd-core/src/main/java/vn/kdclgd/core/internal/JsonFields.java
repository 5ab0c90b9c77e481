package vn.kdclgd.core.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.rules.Problem;

/**
 * A strict reader of a JSON tree that collects every problem with its JSON path instead of stopping at
 * the first: each object must have exactly its documented fields (optional values are present as
 * {@code null}); an accessor that finds a problem records it and returns a placeholder so that reading
 * goes on. Text is normalised to Unicode NFC unless read {@link Obj#raw raw}.
 */
public final class JsonFields {
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String code;
    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    /** A reader whose problems have {@code code} and name {@code source} before the path. */
    public JsonFields(String code, String source) {
        this.code = code;
        this.source = source;
    }

    /** Every problem so far. */
    public List<Problem> problems() {
        return problems;
    }

    /** Records a problem at {@code path}. */
    public void problem(String path, String vietnamese, String english) {
        problem(code, path, vietnamese, english);
    }

    /** Records a problem with another code. */
    public void problem(String otherCode, String path, String vietnamese, String english) {
        problems.add(Problem.of(otherCode, source + " " + path, vietnamese, english));
    }

    /** {@code node} as an object with exactly {@code fields}. */
    public Obj object(JsonNode node, String path, String... fields) {
        if (node == null || !node.isObject()) {
            problem(path, "cần một đối tượng JSON", "a JSON object is expected");
            return new Obj(null, path);
        }
        Set<String> allowed = new LinkedHashSet<>(List.of(fields));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problem(path + "." + name, "trường không có trong định dạng; xoá hoặc sửa tên",
                        "unknown field; remove it or fix its name");
            }
        }
        for (String f : fields) {
            if (!node.has(f)) {
                problem(path + "." + f, "thiếu trường bắt buộc (giá trị trống ghi là null)",
                        "required field missing (write null for no value)");
            }
        }
        return new Obj(node, path);
    }

    /** The fields of one object. */
    public final class Obj {
        private final JsonNode node;
        private final String path;

        private Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        /** Path of {@code name}. */
        public String at(String name) {
            return path + "." + name;
        }

        private JsonNode get(String name) {
            return node == null ? null : node.get(name);
        }

        private boolean isNull(String name) {
            JsonNode v = get(name);
            return v == null || v.isNull();
        }

        private void wrong(String name, String what, String whatEn) {
            problem(at(name), "cần " + what, whatEn + " expected");
        }

        /** A string, possibly null, exactly as written. */
        public String raw(String name) {
            JsonNode v = get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                wrong(name, "một chuỗi", "a string");
                return null;
            }
            return v.textValue();
        }

        /** A string or null (NFC). */
        public String optString(String name) {
            String s = raw(name);
            return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
        }

        /** A non-blank string (NFC). */
        public String string(String name) {
            String s = optString(name);
            if (s == null || s.isBlank()) {
                JsonNode v = get(name);
                if (v != null && (v.isNull() || v.isTextual())) {
                    wrong(name, "một chuỗi không rỗng", "a non-blank string");
                }
                return "?";
            }
            return s;
        }

        /** A UUID in lower-case canonical text, or null. */
        public UUID optUuid(String name) {
            String s = raw(name);
            if (s == null) {
                return null;
            }
            if (!UUID_TEXT.matcher(s).matches()) {
                wrong(name, "một UUID chữ thường (8-4-4-4-12)", "a lower-case UUID (8-4-4-4-12)");
                return null;
            }
            return UUID.fromString(s);
        }

        /** A UUID. */
        public UUID uuid(String name) {
            UUID u = optUuid(name);
            if (u == null) {
                if (isNull(name) && node != null && node.has(name)) {
                    wrong(name, "một UUID", "a UUID");
                }
                return Ids.newId();
            }
            return u;
        }

        /** A date {@code YYYY-MM-DD} or null. */
        public LocalDate optDate(String name) {
            String s = raw(name);
            if (s == null) {
                return null;
            }
            try {
                if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException(s, s, 0);
                }
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                wrong(name, "một ngày YYYY-MM-DD", "a date YYYY-MM-DD");
                return null;
            }
        }

        /** A date. */
        public LocalDate date(String name) {
            LocalDate d = optDate(name);
            if (d == null && isNull(name) && node != null && node.has(name)) {
                wrong(name, "một ngày YYYY-MM-DD", "a date YYYY-MM-DD");
            }
            return d;
        }

        /** An instant (ISO-8601, UTC, e.g. {@code 2027-06-10T03:00:00Z}). */
        public Instant instant(String name) {
            String s = raw(name);
            if (s != null) {
                try {
                    if (s.endsWith("Z")) {
                        return Instant.parse(s);
                    }
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            if (node != null && node.has(name)) {
                wrong(name, "một thời điểm ISO-8601 theo UTC, ví dụ 2027-06-10T03:00:00Z",
                        "an ISO-8601 UTC instant, e.g. 2027-06-10T03:00:00Z");
            }
            return null;
        }

        /** An integer within {@code min..max}, or null. */
        public Long optLong(String name, long min, long max) {
            JsonNode v = get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
                wrong(name, "một số nguyên từ " + min + " đến " + max, "an integer from " + min + " to " + max);
                return null;
            }
            return v.longValue();
        }

        /** An integer within {@code min..max}. */
        public long integer(String name, long min, long max) {
            Long l = optLong(name, min, max);
            if (l == null) {
                if (isNull(name) && node != null && node.has(name)) {
                    wrong(name, "một số nguyên", "an integer");
                }
                return min;
            }
            return l;
        }

        /** A boolean. */
        public boolean bool(String name) {
            JsonNode v = get(name);
            if (v == null) {
                return false;
            }
            if (!v.isBoolean()) {
                wrong(name, "true hoặc false", "true or false");
                return false;
            }
            return v.booleanValue();
        }

        /** One of the constants of {@code type}, or null. */
        public <E extends Enum<E>> E optEnum(String name, Class<E> type) {
            String s = raw(name);
            if (s == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            wrong(name, "một trong " + names, "one of " + names);
            return null;
        }

        /** One of the constants of {@code type}. */
        public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            E e = optEnum(name, type);
            if (e == null && isNull(name) && node != null && node.has(name)) {
                wrong(name, "một giá trị", "a value");
            }
            return e;
        }

        /** An array (its elements with their paths). */
        public List<Element> array(String name) {
            JsonNode v = get(name);
            List<Element> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!v.isArray()) {
                wrong(name, "một mảng", "an array");
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                out.add(new Element(v.get(i), at(name) + "[" + i + "]"));
            }
            return out;
        }

        /** An array of non-blank strings (NFC). */
        public List<String> strings(String name) {
            List<String> out = new ArrayList<>();
            for (Element e : array(name)) {
                if (!e.node().isTextual() || e.node().textValue().isBlank()) {
                    problem(e.path(), "cần một chuỗi không rỗng", "a non-blank string expected");
                } else {
                    out.add(Normalizer.normalize(e.node().textValue(), Normalizer.Form.NFC));
                }
            }
            return out;
        }

        /** A nested object with exactly {@code fields}. */
        public Obj object(String name, String... fields) {
            return JsonFields.this.object(get(name), at(name), fields);
        }

        /** The raw node of {@code name} (may be null). */
        public JsonNode node(String name) {
            return get(name);
        }
    }

    /**
     * An array element and its path.
     *
     * @param node the element
     * @param path its JSON path
     */
    public record Element(JsonNode node, String path) {
    }
}
