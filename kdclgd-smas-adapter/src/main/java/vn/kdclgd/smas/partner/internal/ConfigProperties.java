package vn.kdclgd.smas.partner.internal;

import static vn.kdclgd.smas.partner.internal.ConfigChecks.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.PartnerApiConfig;
import vn.kdclgd.smas.partner.PartnerApiConfig.Paging;
import vn.kdclgd.smas.partner.PartnerFieldNames;

/** Reads a {@link PartnerApiConfig} from key/value text; see {@link PartnerApiConfig#fromProperties}. */
public final class ConfigProperties {
    /** Every key a configuration may have (without prefix). */
    public static final Set<String> KEYS = Set.of(BASE_URI, ALLOW_PLAIN_HTTP, PATH_CLASSES, PATH_STUDENTS, AUTH_HEADER,
            AUTH_SCHEME, TIMEOUT_CONNECT, TIMEOUT_REQUEST, RETRY_MAX, RETRY_INITIAL, RETRY_MAX_BACKOFF, PAGING_MODE,
            PAGING_PAGE_PARAM, PAGING_SIZE_PARAM, PAGING_FIRST, PAGING_SIZE, LIMIT_PAGES, LIMIT_RECORDS, LIMIT_BODY,
            F_ITEMS, F_TOTAL, F_HAS_MORE, F_STUDENT_CODE, F_STUDENT_NAME, F_STUDENT_BIRTH, F_STUDENT_CLASS_ID,
            F_STUDENT_CLASS_NAME, F_STUDENT_EXTRA, F_CLASS_ID, F_CLASS_NAME, F_CLASS_GRADE);
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
    /** Stands in for a missing or unreadable base URI so that every other value is still checked. */
    private static final URI NO_BASE_URI = URI.create("https://base-uri.invalid");

    private final String prefix;
    private final Map<String, String> values = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private ConfigProperties(Map<String, String> properties, String prefix) {
        this.prefix = prefix;
        properties.forEach((k, v) -> {
            if (k != null && k.startsWith(prefix)) {
                values.put(k.substring(prefix.length()), v == null ? "" : v.strip());
            }
        });
    }

    /** See {@link PartnerApiConfig#fromProperties}. */
    public static PartnerApiConfig read(Map<String, String> properties, String prefix) {
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(prefix, "prefix");
        return new ConfigProperties(properties, prefix).read();
    }

    private PartnerApiConfig read() {
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                add(key, "khoá cấu hình không biết (sai chính tả?); các khoá có trong docs/smas-partner-api.md",
                        "unknown configuration key (a typo?); the keys are listed in docs/smas-partner-api.md");
            }
        }
        URI base = baseUri();
        PartnerApiConfig d = PartnerApiConfig.builder(base).build();
        Paging dp = d.paging();
        PartnerFieldNames df = d.fields();
        PartnerFieldNames.Page page = new PartnerFieldNames.Page(text(F_ITEMS, df.page().items()),
                text(F_TOTAL, df.page().total()), text(F_HAS_MORE, df.page().hasMore()));
        PartnerFieldNames.Student ds = df.student();
        PartnerFieldNames.Student student = new PartnerFieldNames.Student(text(F_STUDENT_CODE, ds.code()),
                text(F_STUDENT_NAME, ds.fullName()), text(F_STUDENT_BIRTH, ds.birthDate()),
                text(F_STUDENT_CLASS_ID, ds.classId()), text(F_STUDENT_CLASS_NAME, ds.className()),
                list(F_STUDENT_EXTRA, ds.extra()));
        PartnerFieldNames.SchoolClass dc = df.schoolClass();
        PartnerFieldNames.SchoolClass schoolClass = new PartnerFieldNames.SchoolClass(text(F_CLASS_ID, dc.id()),
                text(F_CLASS_NAME, dc.name()), text(F_CLASS_GRADE, dc.grade()));
        PartnerApiConfig config = d.toBuilder()
                .allowPlainHttp(parse(ALLOW_PLAIN_HTTP, d.allowPlainHttp(), ConfigProperties::bool, "true / false"))
                .classesPath(text(PATH_CLASSES, d.classesPath()))
                .studentsPath(text(PATH_STUDENTS, d.studentsPath()))
                .auth(text(AUTH_HEADER, d.authHeader()), text(AUTH_SCHEME, d.authScheme()))
                .connectTimeout(duration(TIMEOUT_CONNECT, d.connectTimeout()))
                .requestTimeout(duration(TIMEOUT_REQUEST, d.requestTimeout()))
                .maxRetries(integer(RETRY_MAX, d.maxRetries()))
                .backoff(duration(RETRY_INITIAL, d.initialBackoff()), duration(RETRY_MAX_BACKOFF, d.maxBackoff()))
                .paging(new Paging(parse(PAGING_MODE, dp.mode(), ConfigProperties::mode,
                        "TOTAL_FIELD, HAS_MORE_FIELD, SHORT_PAGE, NONE"),
                        text(PAGING_PAGE_PARAM, dp.pageParam()), text(PAGING_SIZE_PARAM, dp.sizeParam()),
                        integer(PAGING_FIRST, dp.firstPage()), integer(PAGING_SIZE, dp.pageSize())))
                .maxPages(integer(LIMIT_PAGES, d.maxPages()))
                .maxRecords(integer(LIMIT_RECORDS, d.maxRecords()))
                .maxBodyBytes(parse(LIMIT_BODY, d.maxBodyBytes(), Long::parseLong, "a whole number"))
                .fields(new PartnerFieldNames(page, student, schoolClass))
                .build();
        for (Problem p : config.validate()) {
            if (!(base == NO_BASE_URI && p.where().equals(BASE_URI))) {
                problems.add(new Problem(p.code(), prefix + p.where(), p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        return config;
    }

    private void add(String key, String vietnamese, String english) {
        problems.add(Problem.of(PartnerCodes.CONFIG, prefix + key, vietnamese, english));
    }

    private URI baseUri() {
        String v = values.get(BASE_URI);
        if (v == null || v.isEmpty()) {
            add(BASE_URI, "thiếu địa chỉ gốc của API đối tác, ví dụ https://doi-tac.example.vn/api",
                    "the partner API's base address is missing, e.g. https://partner.example.vn/api");
            return NO_BASE_URI;
        }
        try {
            return new URI(v);
        } catch (URISyntaxException e) {
            add(BASE_URI, "không phải địa chỉ URI: \"" + v + "\" (" + e.getReason() + ")",
                    "not a URI: \"" + v + "\" (" + e.getReason() + ")");
            return NO_BASE_URI;
        }
    }

    private String text(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    private List<String> list(String key, List<String> fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private int integer(String key, int fallback) {
        return parse(key, fallback, Integer::parseInt, "a whole number");
    }

    private Duration duration(String key, Duration fallback) {
        return parse(key, fallback, ConfigProperties::duration, "500ms, 10s, 2m, 1h or PT10S");
    }

    private <T> T parse(String key, T fallback, Function<String, T> parser, String expected) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            add(key, "giá trị không đọc được \"" + v + "\"; cần " + expected,
                    "unreadable value \"" + v + "\"; expected " + expected);
            return fallback;
        }
    }

    private static boolean bool(String v) {
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException(v);
    }

    private static Paging.Mode mode(String v) {
        return Paging.Mode.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static Duration duration(String v) {
        Matcher m = SHORT_DURATION.matcher(v);
        if (!m.matches()) {
            return Duration.parse(v);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
