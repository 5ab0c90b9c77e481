package vn.kdclgd.smas.partner.internal;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.PartnerApiConfig.Paging;
import vn.kdclgd.smas.partner.PartnerClass;
import vn.kdclgd.smas.partner.PartnerFieldNames;
import vn.kdclgd.smas.partner.PartnerStudent;

/**
 * Reads one page of a partner API answer: the JSON, the envelope and each record, collecting the
 * problems of all records of the page (up to {@link #MAX_PROBLEMS}) before failing. Every problem names
 * the request and the JSON path.
 */
public final class PageReader {
    /** Most record problems reported for one page. */
    static final int MAX_PROBLEMS = 20;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * One page read.
     *
     * @param items   the records
     * @param count   how many records the page held
     * @param total   the envelope's total, when paging by total and present
     * @param hasMore the envelope's has-more flag, when paging by it and present
     * @param <T>     the record type
     */
    public record Page<T>(List<Located<T>> items, int count, OptionalLong total, Optional<Boolean> hasMore) {
    }

    /**
     * A record and its JSON path, for problems found across pages (a repeated code).
     *
     * @param value the record
     * @param path  its JSON path, e.g. {@code $.items[3]}
     * @param <T>   the record type
     */
    public record Located<T>(T value, String path) {
    }

    private final PartnerFieldNames fields;
    private final Paging.Mode mode;

    /** A reader for these field names, reading the envelope field {@code mode} needs (and no other). */
    public PageReader(PartnerFieldNames fields, Paging.Mode mode) {
        this.fields = fields;
        this.mode = mode;
    }

    /** One page of students. */
    public Page<PartnerStudent> students(byte[] body, String where) {
        return read(body, where, this::student);
    }

    /** One page of classes. */
    public Page<PartnerClass> classes(byte[] body, String where) {
        return read(body, where, this::schoolClass);
    }

    private interface RecordMapper<T> {
        /** The record, or null when {@code item} added a problem. */
        T map(Item item);
    }

    private <T> Page<T> read(byte[] body, String where, RecordMapper<T> mapper) {
        JsonNode root = parse(body, where);
        PartnerFieldNames.Page envelope = fields.page();
        Item page = new Item(root, "$", where, new ArrayList<>());
        JsonNode array = envelope.items().isEmpty() ? root : page.field(envelope.items(), true);
        String arrayPath = envelope.items().isEmpty() ? "$" : "$." + envelope.items();
        if (array != null && !array.isArray()) {
            page.wrongType(arrayPath, "mảng", "an array", array);
            array = null;
        }
        OptionalLong total = OptionalLong.empty();
        Optional<Boolean> hasMore = Optional.empty();
        if (mode == Paging.Mode.TOTAL_FIELD && root.isObject()) {
            total = page.count(envelope.total());
        }
        if (mode == Paging.Mode.HAS_MORE_FIELD && root.isObject()) {
            hasMore = page.flag(envelope.hasMore());
        }
        page.failIfAny();
        List<Located<T>> items = new ArrayList<>();
        List<Problem> problems = page.problems;
        for (int i = 0; i < array.size() && problems.size() < MAX_PROBLEMS; i++) {
            String path = arrayPath + "[" + i + "]";
            JsonNode node = array.get(i);
            Item item = new Item(node, path, where, problems);
            if (!node.isObject()) {
                item.wrongType(path, "đối tượng", "an object", node);
                continue;
            }
            T value = mapper.map(item);
            if (value != null) {
                items.add(new Located<>(value, path));
            }
        }
        page.failIfAny();
        return new Page<>(items, array.size(), total, hasMore);
    }

    private static JsonNode parse(byte[] body, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : " dòng/line " + at.getLineNr() + " cột/column " + at.getColumnNr();
            throw new KdclException(Problem.of(PartnerCodes.MALFORMED_JSON, where + place,
                    "thân trả lời không phải JSON hợp lệ (" + e.getOriginalMessage() + "); không nhận dữ liệu nào"
                            + " — báo nhà cung cấp API kèm đường dẫn này",
                    "the answer body is not well-formed JSON (" + e.getOriginalMessage() + "); nothing was taken —"
                            + " report it to the API vendor with this request"));
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from memory failed", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new KdclException(Problem.of(PartnerCodes.MALFORMED_JSON, where,
                    "thân trả lời rỗng, cần JSON; báo nhà cung cấp API kèm đường dẫn này",
                    "the answer body is empty, JSON was expected; report it to the API vendor with this request"));
        }
        return root;
    }

    private PartnerStudent student(Item item) {
        PartnerFieldNames.Student f = fields.student();
        String code = item.text(f.code(), true, true);
        String fullName = item.text(f.fullName(), true, false);
        Optional<LocalDate> birthDate = f.birthDate().isEmpty() ? Optional.empty() : item.date(f.birthDate());
        String classId = item.text(f.classId(), true, true);
        String className = item.text(f.className(), true, false);
        Map<String, String> extra = new LinkedHashMap<>();
        for (String name : f.extra()) {
            String value = item.scalar(name);
            if (value != null) {
                extra.put(name, value);
            }
        }
        return item.failed ? null : new PartnerStudent(code, fullName, birthDate, classId, className, extra);
    }

    private PartnerClass schoolClass(Item item) {
        PartnerFieldNames.SchoolClass f = fields.schoolClass();
        String id = item.text(f.id(), true, true);
        String name = item.text(f.name(), true, false);
        Optional<String> grade = f.grade().isEmpty() ? Optional.empty() : Optional.ofNullable(item.text(f.grade(), false, true));
        return item.failed ? null : new PartnerClass(id, name, grade);
    }

    /** NFC, stripped. */
    static String clean(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    /** One JSON object being read; adds its problems to a list shared by the page. */
    private static final class Item {
        private final JsonNode node;
        private final String path;
        private final String where;
        private final List<Problem> problems;
        private boolean failed;

        Item(JsonNode node, String path, String where, List<Problem> problems) {
            this.node = node;
            this.path = path;
            this.where = where;
            this.problems = problems;
        }

        private void add(String code, String at, String vietnamese, String english) {
            failed = true;
            problems.add(Problem.of(code, where + " " + at, vietnamese, english));
        }

        void failIfAny() {
            if (!problems.isEmpty()) {
                throw new KdclException(problems);
            }
        }

        private String at(String name) {
            return path + "." + name;
        }

        /** The value at a dotted name; null when absent or JSON null (a problem when required). */
        JsonNode field(String name, boolean required) {
            JsonNode current = node;
            String walked = path;
            for (String part : name.split("\\.")) {
                if (!current.isObject()) {
                    wrongType(walked, "đối tượng", "an object", current);
                    return null;
                }
                current = current.get(part);
                walked = walked + "." + part;
                if (current == null || current.isNull()) {
                    if (required) {
                        add(PartnerCodes.MISSING_FIELD, at(name),
                                "thiếu trường bắt buộc \"" + name + "\"; nếu API đặt tên khác, khai báo tên đó"
                                        + " trong cấu hình field.*",
                                "the required field \"" + name + "\" is missing; if the API names it differently,"
                                        + " configure that name in field.*");
                    }
                    return null;
                }
            }
            return current;
        }

        void wrongType(String at, String expected, String expectedEn, JsonNode got) {
            add(PartnerCodes.WRONG_TYPE, at, "cần " + expected + ", nhận " + kind(got) + "; kiểm tra cấu hình tên trường"
                            + " field.* hoặc báo nhà cung cấp API",
                    expectedEn + " was expected, got " + kind(got) + "; check the field.* names configured or report"
                            + " it to the API vendor");
        }

        private static String kind(JsonNode n) {
            return switch (n.getNodeType()) {
                case ARRAY -> "array";
                case OBJECT, POJO -> "object";
                case STRING -> "string";
                case NUMBER -> "number " + n.asText();
                case BOOLEAN -> "boolean " + n.asText();
                default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            };
        }

        /** Text (NFC, stripped) of a string, or of an integer where {@code integerAllowed}; null on a problem or absence. */
        String text(String name, boolean required, boolean integerAllowed) {
            JsonNode v = field(name, required);
            if (v == null) {
                return null;
            }
            String text;
            if (v.isTextual()) {
                text = clean(v.textValue());
            } else if (integerAllowed && v.isIntegralNumber()) {
                text = v.bigIntegerValue().toString();
            } else {
                wrongType(at(name), integerAllowed ? "chuỗi hoặc số nguyên" : "chuỗi",
                        integerAllowed ? "a string or an integer" : "a string", v);
                return null;
            }
            if (text.isEmpty()) {
                if (required) {
                    add(PartnerCodes.MISSING_FIELD, at(name), "trường bắt buộc \"" + name + "\" để trống; báo nhà cung cấp"
                                    + " API hoặc bổ sung dữ liệu trong hệ thống nguồn",
                            "the required field \"" + name + "\" is blank; report it to the API vendor or fill it in at"
                                    + " the source");
                }
                return null;
            }
            return text;
        }

        /** A birth day, {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; empty when absent or blank. */
        Optional<LocalDate> date(String name) {
            String text = text(name, false, false);
            if (text == null) {
                return Optional.empty();
            }
            for (DateTimeFormatter f : List.of(ISO, VIETNAMESE)) {
                try {
                    return Optional.of(LocalDate.parse(text, f));
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
            add(PartnerCodes.INVALID_VALUE, at(name), "\"" + text + "\" không phải ngày hợp lệ; cần yyyy-MM-dd hoặc"
                            + " dd/MM/yyyy, ví dụ 2012-09-05 hoặc 05/09/2012",
                    "\"" + text + "\" is not a valid date; yyyy-MM-dd or dd/MM/yyyy is expected, e.g. 2012-09-05 or"
                            + " 05/09/2012");
            return Optional.empty();
        }

        /** Text of a string, number or boolean; null when absent or on a problem. */
        String scalar(String name) {
            JsonNode v = field(name, false);
            if (v == null) {
                return null;
            }
            if (v.isTextual()) {
                return clean(v.textValue());
            }
            if (v.isNumber() || v.isBoolean()) {
                return v.asText();
            }
            wrongType(at(name), "chuỗi, số hoặc true/false", "a string, number or boolean", v);
            return null;
        }

        /** A non-negative integer; empty when not configured or absent. */
        OptionalLong count(String name) {
            if (name.isEmpty()) {
                return OptionalLong.empty();
            }
            JsonNode v = field(name, false);
            if (v == null) {
                return OptionalLong.empty();
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                wrongType(at(name), "số nguyên", "an integer", v);
                return OptionalLong.empty();
            }
            if (v.longValue() < 0) {
                add(PartnerCodes.INVALID_VALUE, at(name), "tổng số bản ghi âm (" + v.longValue() + "); báo nhà cung cấp API",
                        "negative total of records (" + v.longValue() + "); report it to the API vendor");
                return OptionalLong.empty();
            }
            return OptionalLong.of(v.longValue());
        }

        /** A boolean; empty when not configured or absent. */
        Optional<Boolean> flag(String name) {
            if (name.isEmpty()) {
                return Optional.empty();
            }
            JsonNode v = field(name, false);
            if (v == null) {
                return Optional.empty();
            }
            if (!v.isBoolean()) {
                wrongType(at(name), "true/false", "true or false", v);
                return Optional.empty();
            }
            return Optional.of(v.booleanValue());
        }
    }
}
