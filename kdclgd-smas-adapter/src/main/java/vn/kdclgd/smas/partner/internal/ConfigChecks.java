package vn.kdclgd.smas.partner.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.PartnerApiConfig;
import vn.kdclgd.smas.partner.PartnerApiConfig.Paging.Mode;
import vn.kdclgd.smas.partner.PartnerFieldNames;

/**
 * Every check of a {@link PartnerApiConfig}, each problem named by its property key (the keys of
 * {@link ConfigProperties}), so that a problem points at the line a vendor has to change.
 */
public final class ConfigChecks {
    static final String BASE_URI = "base-uri";
    static final String ALLOW_PLAIN_HTTP = "allow-plain-http";
    static final String PATH_CLASSES = "path.classes";
    static final String PATH_STUDENTS = "path.students";
    static final String AUTH_HEADER = "auth.header";
    static final String AUTH_SCHEME = "auth.scheme";
    static final String TIMEOUT_CONNECT = "timeout.connect";
    static final String TIMEOUT_REQUEST = "timeout.request";
    static final String RETRY_MAX = "retry.max";
    static final String RETRY_INITIAL = "retry.initial-backoff";
    static final String RETRY_MAX_BACKOFF = "retry.max-backoff";
    static final String PAGING_MODE = "paging.mode";
    static final String PAGING_PAGE_PARAM = "paging.page-param";
    static final String PAGING_SIZE_PARAM = "paging.size-param";
    static final String PAGING_FIRST = "paging.first-page";
    static final String PAGING_SIZE = "paging.size";
    static final String LIMIT_PAGES = "limit.max-pages";
    static final String LIMIT_RECORDS = "limit.max-records";
    static final String LIMIT_BODY = "limit.max-body-bytes";
    static final String F_ITEMS = "field.page.items";
    static final String F_TOTAL = "field.page.total";
    static final String F_HAS_MORE = "field.page.has-more";
    static final String F_STUDENT_CODE = "field.student.code";
    static final String F_STUDENT_NAME = "field.student.full-name";
    static final String F_STUDENT_BIRTH = "field.student.birth-date";
    static final String F_STUDENT_CLASS_ID = "field.student.class-id";
    static final String F_STUDENT_CLASS_NAME = "field.student.class-name";
    static final String F_STUDENT_EXTRA = "field.student.extra";
    static final String F_CLASS_ID = "field.class.id";
    static final String F_CLASS_NAME = "field.class.name";
    static final String F_CLASS_GRADE = "field.class.grade";

    /** The placeholders a path template may use. */
    static final Set<String> PLACEHOLDERS = Set.of("province", "school", "year");

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern QUERY_NAME = Pattern.compile("[A-Za-z0-9_.\\-\\[\\]]+");
    private static final Pattern PATH_CHARS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%{}]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** Headers the JDK HttpClient refuses to let a caller set. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final int MAX_RETRIES = 10;
    private static final int MAX_PAGE_SIZE = 10_000;
    private static final long MIN_BODY_BYTES = 1024;

    private final List<Problem> problems = new ArrayList<>();

    private ConfigChecks() {
    }

    /** Every problem of {@code c}; empty when it is usable. */
    public static List<Problem> problems(PartnerApiConfig c) {
        ConfigChecks checks = new ConfigChecks();
        checks.baseUri(c.baseUri(), c.allowPlainHttp());
        checks.path(PATH_CLASSES, c.classesPath());
        checks.path(PATH_STUDENTS, c.studentsPath());
        checks.auth(c.authHeader(), c.authScheme());
        checks.timing(c);
        checks.paging(c.paging(), c.fields().page());
        checks.limits(c);
        checks.fields(c.fields());
        return List.copyOf(checks.problems);
    }

    private void add(String key, String vietnamese, String english) {
        problems.add(Problem.of(PartnerCodes.CONFIG, key, vietnamese, english));
    }

    private void baseUri(URI uri, boolean allowPlainHttp) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            add(BASE_URI, "cần địa chỉ tuyệt đối https://máy-chủ[:cổng][/tiền-tố], nhận \"" + uri + "\"",
                    "an absolute https://host[:port][/prefix] address is needed, got \"" + uri + "\"");
            return;
        }
        if (uri.getRawUserInfo() != null) {
            add(BASE_URI, "địa chỉ không được chứa tên người dùng/mật khẩu; khoá bí mật đi trong header " + AUTH_HEADER,
                    "the address must not contain a user name or password; the secret travels in the " + AUTH_HEADER
                            + " header");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            add(BASE_URI, "địa chỉ gốc không được có phần ?truy-vấn hay #đoạn; đặt tham số trong " + PATH_STUDENTS
                            + " và " + PATH_CLASSES,
                    "the base address must not have a ?query or #fragment; put parameters in " + PATH_STUDENTS + " and "
                            + PATH_CLASSES);
        }
        if (scheme.equals("http") && !allowPlainHttp && !isLoopback(uri.getHost())) {
            add(BASE_URI, "http:// gửi khoá bí mật không mã hoá qua mạng; dùng https://, hoặc đặt " + ALLOW_PLAIN_HTTP
                            + "=true nếu mạng nội bộ được bảo vệ",
                    "http:// sends the secret unencrypted across the network; use https://, or set " + ALLOW_PLAIN_HTTP
                            + "=true if the internal network is protected");
        }
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9A-Fa-f:.]+]")) {
            return false; // never resolve a name just to validate
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void path(String key, String template) {
        if (!template.startsWith("/")) {
            add(key, "đường dẫn phải bắt đầu bằng /, nhận \"" + template + "\"",
                    "the path must start with /, got \"" + template + "\"");
            return;
        }
        if (!PATH_CHARS.matcher(template).matches()) {
            add(key, "đường dẫn chứa ký tự không được phép (dấu cách, #, ký tự ngoài ASCII …); mã hoá %XX nếu cần: \""
                            + template + "\"",
                    "the path contains a character that is not allowed (space, #, non-ASCII …); percent-encode it if"
                            + " needed: \"" + template + "\"");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                add(key, "chỗ thay thế không biết {" + m.group(1) + "}; dùng {province}, {school}, {year}",
                        "unknown placeholder {" + m.group(1) + "}; use {province}, {school}, {year}");
            }
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            add(key, "dấu { } không cân đối trong \"" + template + "\"", "unbalanced { } in \"" + template + "\"");
        }
    }

    private void auth(String header, String scheme) {
        if (!TOKEN.matcher(header).matches()) {
            add(AUTH_HEADER, "tên header không hợp lệ \"" + header + "\"; ví dụ Authorization hoặc X-Api-Key",
                    "invalid header name \"" + header + "\"; e.g. Authorization or X-Api-Key");
        } else if (RESTRICTED_HEADERS.contains(header.toLowerCase(Locale.ROOT))) {
            add(AUTH_HEADER, "không thể gửi khoá bí mật trong header " + header + "; dùng Authorization hoặc một header riêng",
                    "the secret cannot travel in the " + header + " header; use Authorization or a custom header");
        }
        if (!scheme.isEmpty() && !TOKEN.matcher(scheme).matches()) {
            add(AUTH_SCHEME, "kiểu xác thực không hợp lệ \"" + scheme + "\"; ví dụ Bearer, hoặc để trống để chỉ gửi khoá",
                    "invalid scheme \"" + scheme + "\"; e.g. Bearer, or empty to send the secret alone");
        }
    }

    private void timing(PartnerApiConfig c) {
        boolean connectOk = positive(TIMEOUT_CONNECT, c.connectTimeout());
        boolean requestOk = positive(TIMEOUT_REQUEST, c.requestTimeout());
        if (connectOk && requestOk && c.connectTimeout().compareTo(c.requestTimeout()) > 0) {
            add(TIMEOUT_CONNECT, "thời gian chờ kết nối (" + c.connectTimeout() + ") dài hơn thời gian chờ cả yêu cầu ("
                            + c.requestTimeout() + "); giảm " + TIMEOUT_CONNECT + " hoặc tăng " + TIMEOUT_REQUEST,
                    "the connect timeout (" + c.connectTimeout() + ") is longer than the whole request's ("
                            + c.requestTimeout() + "); lower " + TIMEOUT_CONNECT + " or raise " + TIMEOUT_REQUEST);
        }
        if (c.maxRetries() < 0 || c.maxRetries() > MAX_RETRIES) {
            add(RETRY_MAX, "số lần thử lại phải từ 0 đến " + MAX_RETRIES + ", nhận " + c.maxRetries(),
                    "retries must be 0 to " + MAX_RETRIES + ", got " + c.maxRetries());
        }
        boolean initialOk = positive(RETRY_INITIAL, c.initialBackoff());
        boolean maxOk = positive(RETRY_MAX_BACKOFF, c.maxBackoff());
        if (initialOk && maxOk && c.initialBackoff().compareTo(c.maxBackoff()) > 0) {
            add(RETRY_MAX_BACKOFF, "thời gian chờ tối đa (" + c.maxBackoff() + ") ngắn hơn thời gian chờ đầu ("
                            + c.initialBackoff() + ")",
                    "the longest wait (" + c.maxBackoff() + ") is shorter than the first (" + c.initialBackoff() + ")");
        }
    }

    private boolean positive(String key, Duration d) {
        if (d.isNegative() || d.isZero()) {
            add(key, "cần một khoảng thời gian dương, ví dụ 10s; nhận " + d, "a positive duration is needed, e.g. 10s; got " + d);
            return false;
        }
        return true;
    }

    private void paging(PartnerApiConfig.Paging p, PartnerFieldNames.Page page) {
        if (p.mode() != Mode.NONE) {
            queryName(PAGING_PAGE_PARAM, p.pageParam());
            queryName(PAGING_SIZE_PARAM, p.sizeParam());
            if (p.pageParam().equals(p.sizeParam())) {
                add(PAGING_SIZE_PARAM, "tham số số trang và cỡ trang trùng tên \"" + p.pageParam() + "\"",
                        "the page-number and page-size parameters have the same name \"" + p.pageParam() + "\"");
            }
        }
        if (p.firstPage() != 0 && p.firstPage() != 1) {
            add(PAGING_FIRST, "trang đầu tiên phải là 0 hoặc 1, nhận " + p.firstPage(),
                    "the first page must be 0 or 1, got " + p.firstPage());
        }
        if (p.pageSize() < 1 || p.pageSize() > MAX_PAGE_SIZE) {
            add(PAGING_SIZE, "cỡ trang phải từ 1 đến " + MAX_PAGE_SIZE + ", nhận " + p.pageSize(),
                    "the page size must be 1 to " + MAX_PAGE_SIZE + ", got " + p.pageSize());
        }
        if (p.mode() == Mode.TOTAL_FIELD && page.total().isBlank()) {
            add(F_TOTAL, "chế độ phân trang TOTAL_FIELD cần tên trường tổng số bản ghi",
                    "paging mode TOTAL_FIELD needs the name of the total-records field");
        }
        if (p.mode() == Mode.HAS_MORE_FIELD && page.hasMore().isBlank()) {
            add(F_HAS_MORE, "chế độ phân trang HAS_MORE_FIELD cần tên trường \"còn trang sau\"",
                    "paging mode HAS_MORE_FIELD needs the name of the has-more field");
        }
        if (page.items().isEmpty() && (p.mode() == Mode.TOTAL_FIELD || p.mode() == Mode.HAS_MORE_FIELD)) {
            add(PAGING_MODE, "khi thân trả lời là mảng trần (" + F_ITEMS + " để trống) không có trường tổng/còn trang;"
                            + " dùng SHORT_PAGE hoặc NONE",
                    "a bare-array body (" + F_ITEMS + " empty) has no total or has-more field; use SHORT_PAGE or NONE");
        }
    }

    private void queryName(String key, String name) {
        if (!QUERY_NAME.matcher(name).matches()) {
            add(key, "tên tham số không hợp lệ \"" + name + "\"; chữ, số và . _ - [ ]",
                    "invalid parameter name \"" + name + "\"; letters, digits and . _ - [ ]");
        }
    }

    private void limits(PartnerApiConfig c) {
        if (c.maxPages() < 1) {
            add(LIMIT_PAGES, "cần ít nhất 1 trang, nhận " + c.maxPages(), "at least 1 page is needed, got " + c.maxPages());
        }
        if (c.maxRecords() < 1) {
            add(LIMIT_RECORDS, "cần ít nhất 1 bản ghi, nhận " + c.maxRecords(),
                    "at least 1 record is needed, got " + c.maxRecords());
        }
        if (c.maxBodyBytes() < MIN_BODY_BYTES) {
            add(LIMIT_BODY, "giới hạn thân trả lời phải từ " + MIN_BODY_BYTES + " byte, nhận " + c.maxBodyBytes(),
                    "the body limit must be at least " + MIN_BODY_BYTES + " bytes, got " + c.maxBodyBytes());
        }
    }

    private void fields(PartnerFieldNames f) {
        fieldName(F_ITEMS, f.page().items(), false);
        fieldName(F_TOTAL, f.page().total(), false);
        fieldName(F_HAS_MORE, f.page().hasMore(), false);
        PartnerFieldNames.Student s = f.student();
        fieldName(F_STUDENT_CODE, s.code(), true);
        fieldName(F_STUDENT_NAME, s.fullName(), true);
        fieldName(F_STUDENT_BIRTH, s.birthDate(), false);
        fieldName(F_STUDENT_CLASS_ID, s.classId(), true);
        fieldName(F_STUDENT_CLASS_NAME, s.className(), true);
        Set<String> mapped = new HashSet<>(List.of(s.code(), s.fullName(), s.birthDate(), s.classId(), s.className()));
        Set<String> seen = new HashSet<>();
        for (String extra : s.extra()) {
            fieldName(F_STUDENT_EXTRA, extra, true);
            if (mapped.contains(extra) || !seen.add(extra)) {
                add(F_STUDENT_EXTRA, "trường \"" + extra + "\" đã được đọc hoặc được nêu hai lần; bỏ nó khỏi danh sách",
                        "the field \"" + extra + "\" is already read or listed twice; remove it from the list");
            }
        }
        fieldName(F_CLASS_ID, f.schoolClass().id(), true);
        fieldName(F_CLASS_NAME, f.schoolClass().name(), true);
        fieldName(F_CLASS_GRADE, f.schoolClass().grade(), false);
    }

    private void fieldName(String key, String name, boolean required) {
        if (name.isEmpty()) {
            if (required) {
                add(key, "cần tên trường JSON", "a JSON field name is needed");
            }
            return;
        }
        if (!name.strip().equals(name) || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            add(key, "tên trường JSON không hợp lệ \"" + name + "\"; ví dụ maHocSinh hoặc lop.ten",
                    "invalid JSON field name \"" + name + "\"; e.g. maHocSinh or lop.ten");
        }
    }
}
