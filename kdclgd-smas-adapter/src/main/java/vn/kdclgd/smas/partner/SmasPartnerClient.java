package vn.kdclgd.smas.partner;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.internal.Pager;
import vn.kdclgd.smas.partner.internal.PartnerCodes;
import vn.kdclgd.smas.partner.internal.Transport;

/**
 * Reads a school's classes and students from a vendor's partner HTTP API (the "SMAS partner shape": a
 * province code, an eight-digit school code, a school year and a per-school secret in; students and
 * classes out), as described by a {@link PartnerApiConfig}.
 *
 * <p>Each list is read whole, page after page, or not at all: any problem on any page throws a
 * {@link KdclException} with a {@code KDCL-93xx} code whose {@code where} names the request (method,
 * path and query with the page number, never the secret) and, for data problems, the JSON path. Connect
 * errors, timeouts, HTTP 408, 429 and 5xx are retried with exponential backoff and jitter, honouring
 * {@code Retry-After}; other statuses are not. Codes and messages are listed in {@code docs/errors.md},
 * configuration in {@code docs/smas-partner-api.md}.
 *
 * <p>The secret is sent only in the configured header. It never appears in a URL, a log line, a problem
 * or an exception message — even when a server echoes it back, it is masked as {@code ***}.
 *
 * <p>Thread-safe: one client may serve many schools at once.
 */
public final class SmasPartnerClient {

    /** Waits between attempts; replaceable so that tests do not wait. */
    @FunctionalInterface
    public interface Sleeper {
        /** Waits for {@code duration}, or throws when the thread is interrupted. */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final PartnerApiConfig config;
    private final Pager pager;

    private SmasPartnerClient(Builder b) {
        this.config = b.config;
        HttpClient http = b.httpClient != null ? b.httpClient : Transport.defaultClient(config);
        this.pager = new Pager(config, new Transport(config, http, b.clock, b.sleeper));
    }

    /**
     * A client for {@code config} with the system clock, real waits and its own HTTP client.
     *
     * @throws KdclException {@code KDCL-9301} with every problem of the configuration
     */
    public static SmasPartnerClient create(PartnerApiConfig config) {
        return builder(config).build();
    }

    /** A builder for a client of {@code config}, to replace the clock, the waits or the HTTP client. */
    public static Builder builder(PartnerApiConfig config) {
        return new Builder(config);
    }

    /** The configuration this client uses. */
    public PartnerApiConfig config() {
        return config;
    }

    /**
     * Every class of the school in the school year.
     *
     * @param schoolYear e.g. {@code 2024-2025}
     * @throws KdclException {@code KDCL-9303} for a malformed school year (nothing is sent), otherwise one
     *                       of the {@code KDCL-931x}/{@code KDCL-932x} codes
     */
    public List<PartnerClass> classes(PartnerCredentials credentials, String schoolYear) {
        return read(credentials, schoolYear, pager::classes);
    }

    /**
     * Every student of the school in the school year, all pages followed.
     *
     * @param schoolYear e.g. {@code 2024-2025}
     * @throws KdclException {@code KDCL-9303} for a malformed school year (nothing is sent), otherwise one
     *                       of the {@code KDCL-931x}/{@code KDCL-932x} codes
     */
    public List<PartnerStudent> students(PartnerCredentials credentials, String schoolYear) {
        return read(credentials, schoolYear, pager::students);
    }

    private <T> List<T> read(PartnerCredentials credentials, String schoolYear, Function<Pager.Query, List<T>> list) {
        Objects.requireNonNull(credentials, "credentials");
        checkSchoolYear(schoolYear);
        String secret = credentials.secret();
        String authValue = config.authScheme().isEmpty() ? secret : config.authScheme() + " " + secret;
        try {
            return list.apply(new Pager.Query(credentials.provinceCode(), credentials.schoolCode(), schoolYear, authValue));
        } catch (KdclException e) {
            throw masked(e, secret);
        }
    }

    private static void checkSchoolYear(String schoolYear) {
        if (schoolYear != null && schoolYear.matches("[0-9]{4}-[0-9]{4}")
                && Integer.parseInt(schoolYear.substring(5)) == Integer.parseInt(schoolYear.substring(0, 4)) + 1) {
            return;
        }
        throw new KdclException(Problem.of(PartnerCodes.SCHOOL_YEAR, "schoolYear \"" + schoolYear + "\"",
                "năm học phải có dạng YYYY-YYYY với năm sau hơn năm trước 1, ví dụ 2024-2025",
                "the school year must be YYYY-YYYY with the second year one more than the first, e.g. 2024-2025"));
    }

    /**
     * The exception with the secret masked wherever a server echoed it back into a message; its cause is
     * dropped if the cause mentions the secret.
     */
    private static KdclException masked(KdclException e, String secret) {
        boolean inProblems = e.problems().stream()
                .anyMatch(p -> p.where().contains(secret) || p.message().contains(secret));
        boolean inCause = false;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            inCause |= String.valueOf(t.getMessage()).contains(secret);
        }
        if (!inProblems && !inCause) {
            return e;
        }
        List<Problem> problems = new ArrayList<>();
        for (Problem p : e.problems()) {
            problems.add(new Problem(p.code(), p.where().replace(secret, "***"), p.message().replace(secret, "***")));
        }
        return new KdclException(problems, inCause ? null : e.getCause());
    }

    /** Builds a {@link SmasPartnerClient}. Not thread-safe. */
    public static final class Builder {
        private final PartnerApiConfig config;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = d -> TimeUnit.NANOSECONDS.sleep(d.toNanos());
        private HttpClient httpClient;

        private Builder(PartnerApiConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /** The clock that turns a {@code Retry-After} date into a wait; the system clock by default. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How to wait between attempts; {@code Thread.sleep} by default. */
        public Builder sleeper(Sleeper value) {
            sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * The HTTP client to send with, e.g. one with a proxy or an own {@code SSLContext}. Its connect
         * timeout and redirect policy are its own then: set them as {@link PartnerApiConfig#connectTimeout()}
         * and {@link HttpClient.Redirect#NEVER} so that the secret is not carried to another address. By
         * default the client builds one that way.
         */
        public Builder httpClient(HttpClient value) {
            httpClient = Objects.requireNonNull(value, "httpClient");
            return this;
        }

        /**
         * The client.
         *
         * @throws KdclException {@code KDCL-9301} with every problem of the configuration
         */
        public SmasPartnerClient build() {
            config.requireValid();
            return new SmasPartnerClient(this);
        }
    }
}
