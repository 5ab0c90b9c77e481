package vn.kdclgd.smas.partner.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.PartnerApiConfig;
import vn.kdclgd.smas.partner.SmasPartnerClient;

/**
 * One GET with timeouts and retries: returns the body of a JSON success answer or throws a
 * {@link KdclException} naming the request. Retries connect errors, timeouts, HTTP 408, 429 and 5xx
 * with exponential backoff and jitter, honouring {@code Retry-After} (never retrying sooner than the
 * server asks, giving up when it asks for longer than the configured cap). Never retries other statuses.
 */
public final class Transport {
    private static final Logger LOG = LoggerFactory.getLogger(SmasPartnerClient.class);
    /** How much of an error body is kept for the message. */
    private static final int ERROR_BODY_BYTES = 4096;
    private static final int SNIPPET_CHARS = 200;

    /**
     * One request.
     *
     * @param uri          the full address
     * @param where        how problems name it: method, path and query with the page (never the secret)
     * @param provinceCode the province asked about, for messages
     * @param schoolCode   the school asked about, for messages
     * @param schoolYear   the school year asked about, for messages
     */
    public record Request(URI uri, String where, String provinceCode, String schoolCode, String schoolYear) {
    }

    /** Why an attempt did not succeed. */
    private enum Failure { STATUS, TIMEOUT, CONNECTION }

    /** The result of one attempt: a body, or a failure that may be retried. */
    private record Attempt(byte[] body, Failure failure, int status, HttpHeaders headers, String detail,
                           Throwable cause) {
        boolean retryable() {
            return failure == Failure.TIMEOUT || failure == Failure.CONNECTION
                    || status == 408 || status == 429 || status >= 500;
        }
    }

    private final PartnerApiConfig config;
    private final HttpClient http;
    private final Clock clock;
    private final SmasPartnerClient.Sleeper sleeper;

    /** A transport for one configuration. */
    public Transport(PartnerApiConfig config, HttpClient http, Clock clock, SmasPartnerClient.Sleeper sleeper) {
        this.config = config;
        this.http = http;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** An HTTP client for {@code config}: its connect timeout, no redirects. */
    public static HttpClient defaultClient(PartnerApiConfig config) {
        return HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The body of a successful JSON answer to {@code request}.
     *
     * @param authValue the value of the credential header; used for nothing else
     */
    public byte[] get(Request request, String authValue) {
        HttpRequest httpRequest = HttpRequest.newBuilder(request.uri())
                .GET()
                .timeout(config.requestTimeout())
                .header("Accept", "application/json")
                .header(config.authHeader(), authValue)
                .build();
        int attempts = 1;
        while (true) {
            long started = System.nanoTime();
            Attempt a = attempt(request, httpRequest);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: {} after {} ms", request.where(), a.failure == null ? "HTTP " + a.status : a.failure,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            if (a.failure == null) {
                return jsonBody(request, a);
            }
            if (!a.retryable()) {
                throw failed(request, a, attempts, null);
            }
            Optional<Duration> asked = a.headers == null ? Optional.empty() : retryAfter(a.headers);
            if (asked.isPresent() && asked.get().compareTo(config.maxBackoff()) > 0) {
                throw failed(request, a, attempts, asked.get());
            }
            if (attempts > config.maxRetries()) {
                throw failed(request, a, attempts, null);
            }
            Duration wait = asked.isPresent() ? asked.get() : backoff(attempts);
            LOG.warn("{}: {}; retry {}/{} in {} ms", request.where(), reason(a), attempts, config.maxRetries(),
                    wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(request, e);
            }
            attempts++;
        }
    }

    private Attempt attempt(Request request, HttpRequest httpRequest) {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(httpRequest, info ->
                info.statusCode() / 100 == 2
                        ? LimitedBody.failingAbove(config.maxBodyBytes())
                        : LimitedBody.truncatedTo(ERROR_BODY_BYTES));
        try {
            // the request timeout of the JDK covers the headers only; this covers the whole body as well
            HttpResponse<byte[]> r = future.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            boolean ok = r.statusCode() / 100 == 2;
            return new Attempt(r.body(), ok ? null : Failure.STATUS, r.statusCode(), r.headers(), "", null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Attempt(null, Failure.TIMEOUT, 0, null, "", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw interrupted(request, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof LimitedBody.TooLarge) {
                throw new KdclException(List.of(Problem.of(PartnerCodes.TOO_MUCH, request.where(),
                        "trả lời lớn hơn giới hạn " + config.maxBodyBytes() + " byte; kiểm tra cỡ trang (paging.size)"
                                + " hoặc tăng limit.max-body-bytes",
                        "the answer is larger than the " + config.maxBodyBytes() + "-byte limit; check the page size"
                                + " (paging.size) or raise limit.max-body-bytes")), cause);
            }
            if (cause instanceof HttpTimeoutException) {
                String what = cause instanceof HttpConnectTimeoutException ? "connect" : "";
                return new Attempt(null, Failure.TIMEOUT, 0, null, what, cause);
            }
            if (cause instanceof IOException) {
                return new Attempt(null, Failure.CONNECTION, 0, null, describe(cause), cause);
            }
            throw new IllegalStateException("HTTP client failed unexpectedly for " + request.where(), cause);
        }
    }

    private static String describe(Throwable t) {
        String name = t instanceof ConnectException ? "connection refused or unreachable" : t.getClass().getSimpleName();
        String message = t.getMessage();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }

    private static String reason(Attempt a) {
        return switch (a.failure) {
            case STATUS -> "HTTP " + a.status;
            case TIMEOUT -> "connect".equals(a.detail) ? "connect timeout" : "timeout";
            case CONNECTION -> a.detail;
        };
    }

    /** Exponential backoff with jitter for the wait after attempt {@code attempts} (1-based). */
    private Duration backoff(int attempts) {
        long initial = config.initialBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long base = initial << Math.min(attempts - 1, 30);
        if (base <= 0 || base > max) {
            base = max;
        }
        long half = base / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(base - half + 1));
    }

    /** The wait a {@code Retry-After} header asks for: seconds or an HTTP date. */
    Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        if (v.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private byte[] jsonBody(Request request, Attempt a) {
        String type = a.headers.firstValue("Content-Type").orElse("");
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            String shown = type.isEmpty() ? "(không có / none)" : type;
            throw new KdclException(Problem.of(PartnerCodes.CONTENT_TYPE, request.where(),
                    "máy chủ trả nội dung kiểu " + shown + ", không phải JSON (HTTP " + a.status + "); kiểm tra "
                            + "base-uri và đường dẫn — có thể địa chỉ đang trỏ tới một trang web hay cổng đăng nhập",
                    "the server answered with content type " + shown + ", not JSON (HTTP " + a.status + "); check "
                            + "base-uri and the path — the address may lead to a web page or a login portal"));
        }
        return a.body;
    }

    /** A message before it is given a place: code, Vietnamese, English. */
    private record Msg(String code, String vietnamese, String english) {
    }

    private KdclException failed(Request request, Attempt a, int attempts, Duration askedTooLong) {
        String tries = attempts == 1 ? "" : " sau " + attempts + " lần thử";
        String triesEn = attempts == 1 ? "" : " after " + attempts + " attempts";
        Msg m = switch (a.failure) {
            case TIMEOUT -> "connect".equals(a.detail)
                    ? new Msg(PartnerCodes.TIMEOUT, "không kết nối kịp trong " + config.connectTimeout() + tries
                            + "; kiểm tra mạng, tường lửa hoặc proxy",
                            "no connection within " + config.connectTimeout() + triesEn
                                    + "; check the network, firewall or proxy")
                    : new Msg(PartnerCodes.TIMEOUT, "không nhận đủ trả lời trong " + config.requestTimeout() + tries
                            + "; kiểm tra mạng, hoặc tăng timeout.request nếu máy chủ chậm",
                            "no complete answer within " + config.requestTimeout() + triesEn
                                    + "; check the network, or raise timeout.request if the server is slow");
            case CONNECTION -> new Msg(PartnerCodes.CONNECTION,
                    "không kết nối được tới " + hostAndPort(request.uri()) + tries + " (" + a.detail
                            + "); kiểm tra base-uri, mạng, tường lửa hoặc proxy",
                    "cannot connect to " + hostAndPort(request.uri()) + triesEn + " (" + a.detail
                            + "); check base-uri, the network, firewall or proxy");
            case STATUS -> statusMessage(request, a, tries, triesEn);
        };
        String vi = m.vietnamese();
        String en = m.english();
        if (askedTooLong != null) {
            vi += "; máy chủ yêu cầu chờ " + askedTooLong.toSeconds() + " giây, lâu hơn mức tối đa "
                    + config.maxBackoff().toSeconds() + " giây (retry.max-backoff)";
            en += "; the server asks to wait " + askedTooLong.toSeconds() + " s, longer than the "
                    + config.maxBackoff().toSeconds() + " s cap (retry.max-backoff)";
        }
        return new KdclException(List.of(Problem.of(m.code(), request.where(), vi, en)),
                a.failure == Failure.STATUS ? null : a.cause);
    }

    private static String hostAndPort(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private Msg statusMessage(Request r, Attempt a, String tries, String triesEn) {
        int s = a.status;
        String school = "trường " + r.schoolCode() + " (tỉnh " + r.provinceCode() + "), năm học " + r.schoolYear();
        String schoolEn = "school " + r.schoolCode() + " (province " + r.provinceCode() + "), school year "
                + r.schoolYear();
        if (s == 401) {
            return new Msg(PartnerCodes.UNAUTHORIZED,
                    "máy chủ từ chối khoá bí mật (HTTP 401) cho " + school + "; kiểm tra khoá do nhà cung cấp cấp cho"
                            + " đúng trường này, còn hiệu lực, và header " + config.authHeader() + " đã cấu hình",
                    "the server refused the secret (HTTP 401) for " + schoolEn + "; check that the secret the vendor"
                            + " issued is for this school and still valid, and the configured " + config.authHeader()
                            + " header");
        }
        if (s == 403) {
            return new Msg(PartnerCodes.FORBIDDEN,
                    "khoá bí mật không được phép lấy dữ liệu của " + school + " (HTTP 403); đề nghị nhà cung cấp cấp"
                            + " quyền cho trường hoặc kiểm tra mã trường, mã tỉnh",
                    "the secret is not allowed to read " + schoolEn + " (HTTP 403); ask the vendor to grant access,"
                            + " or check the school and province codes");
        }
        if (s == 404) {
            return new Msg(PartnerCodes.NOT_FOUND,
                    "máy chủ không biết " + school + " (HTTP 404); kiểm tra mã tỉnh, mã trường, năm học và đường dẫn"
                            + " đã cấu hình (path.students, path.classes)",
                    "the server does not know " + schoolEn + " (HTTP 404); check the province code, school code,"
                            + " school year and the configured paths (path.students, path.classes)");
        }
        if (s == 429) {
            return new Msg(PartnerCodes.RATE_LIMITED,
                    "máy chủ báo gọi quá nhiều (HTTP 429)" + tries + "; thử lại sau ít phút, tránh chạy nhiều lần"
                            + " nhập cùng lúc",
                    "the server reports too many requests (HTTP 429)" + triesEn + "; try again in a few minutes and"
                            + " avoid running several imports at once");
        }
        if (s >= 500) {
            return new Msg(PartnerCodes.SERVER_ERROR,
                    "máy chủ đối tác gặp lỗi (HTTP " + s + ")" + tries + "; thử lại sau, nếu kéo dài hãy báo nhà cung cấp",
                    "the partner server failed (HTTP " + s + ")" + triesEn + "; try again later and tell the vendor if"
                            + " it persists");
        }
        if (s == 408) {
            return new Msg(PartnerCodes.TIMEOUT,
                    "máy chủ hết thời gian chờ yêu cầu (HTTP 408)" + tries + "; kiểm tra mạng rồi thử lại",
                    "the server timed the request out (HTTP 408)" + triesEn + "; check the network and try again");
        }
        boolean redirect = s / 100 == 3;
        String location = redirect ? a.headers.firstValue("Location").map(l -> " → " + l).orElse("") : "";
        String snippet = snippet(a.body);
        return new Msg(PartnerCodes.UNEXPECTED_STATUS,
                "máy chủ trả HTTP " + s + location + snippet + "; kiểm tra base-uri, đường dẫn và tham số đã cấu hình"
                        + (redirect ? " (chuyển hướng không được theo, hãy dùng địa chỉ cuối)" : ""),
                "the server answered HTTP " + s + location + snippet + "; check base-uri, the paths and parameters"
                        + (redirect ? " (redirects are not followed; use the final address)" : ""));
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        if (text.length() > SNIPPET_CHARS) {
            text = text.substring(0, SNIPPET_CHARS) + "…";
        }
        return text.isEmpty() ? "" : ": «" + text + "»";
    }

    private static KdclException interrupted(Request request, InterruptedException e) {
        return new KdclException(List.of(Problem.of(PartnerCodes.INTERRUPTED, request.where(),
                "việc lấy dữ liệu bị dừng giữa chừng (luồng bị ngắt); không có dữ liệu nào được nhận, chạy lại khi cần",
                "reading was stopped (the thread was interrupted); nothing was taken, run it again when needed")), e);
    }
}
