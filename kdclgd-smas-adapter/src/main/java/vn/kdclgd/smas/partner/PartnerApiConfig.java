package vn.kdclgd.smas.partner;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.internal.ConfigChecks;
import vn.kdclgd.smas.partner.internal.ConfigProperties;

/**
 * How to reach and read one vendor's partner API: where it is, how a school authenticates, how long to
 * wait, how often to retry, how pages are requested and what the JSON fields are called.
 *
 * <p>Build one with {@link #builder(URI)} (everything but the base URI has a default) or from
 * configuration text with {@link #fromProperties(Map, String)}. Values are not checked on construction;
 * {@link #validate()} returns <em>every</em> problem at once and {@link SmasPartnerClient} refuses a
 * configuration that has any.
 *
 * <p><strong>The defaults describe an API shape kdclgd assumes</strong>, not a published one: the SMAS
 * partner API's URLs and JSON names are not public. Paths are templates over {@code {province}},
 * {@code {school}} and {@code {year}}; the default for students is
 * {@value #DEFAULT_STUDENTS_PATH}. The secret always travels in a request header, never in the URL,
 * so that it does not end up in server, proxy or error logs. Redirects are not followed (a redirect
 * would carry the header elsewhere); point {@code baseUri} at the final address.
 *
 * @param baseUri        scheme, host, optional port and path prefix, e.g. {@code https://partner.example.vn/api};
 *                       no query, fragment or user info
 * @param allowPlainHttp whether an {@code http:} base URI is accepted (the secret then crosses the network
 *                       in clear); false by default, loopback addresses are always accepted
 * @param classesPath    path template of the class list, appended to the base URI's path
 * @param studentsPath   path template of the student list, appended to the base URI's path
 * @param authHeader     name of the header carrying the secret, e.g. {@code Authorization} or {@code X-Api-Key}
 * @param authScheme     text before the secret in that header, e.g. {@code Bearer}; empty text sends the
 *                       secret alone
 * @param connectTimeout longest wait to open a connection
 * @param requestTimeout longest wait for one attempt, from sending the request to the last byte of the answer
 * @param maxRetries     how many times one page is tried again after a connect error, a timeout, HTTP 408,
 *                       429 or 5xx (0 = never); never after 400, 401, 403 or 404
 * @param initialBackoff wait before the first retry; doubled for each further retry, with random jitter
 * @param maxBackoff     longest wait between two attempts; a {@code Retry-After} asking for longer ends
 *                       the retries at once
 * @param paging         how pages are requested and when the last page is reached
 * @param maxPages       most pages read for one list; more means an implausible answer
 * @param maxRecords     most records accepted for one list (a school has thousands of students, not
 *                       hundreds of thousands); a larger total is refused before reading further
 * @param maxBodyBytes   largest body of one answer
 * @param fields         the JSON field names
 */
public record PartnerApiConfig(URI baseUri, boolean allowPlainHttp, String classesPath, String studentsPath,
                               String authHeader, String authScheme, Duration connectTimeout,
                               Duration requestTimeout, int maxRetries, Duration initialBackoff,
                               Duration maxBackoff, Paging paging, int maxPages, int maxRecords,
                               long maxBodyBytes, PartnerFieldNames fields) {

    /** Default class-list path template (kdclgd's assumption). */
    public static final String DEFAULT_CLASSES_PATH = "/schools/{school}/classes?province={province}&schoolYear={year}";
    /** Default student-list path template (kdclgd's assumption). */
    public static final String DEFAULT_STUDENTS_PATH = "/schools/{school}/students?province={province}&schoolYear={year}";

    /** Checks that no component is null; everything else is for {@link #validate()}. */
    public PartnerApiConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(classesPath, "classesPath");
        Objects.requireNonNull(studentsPath, "studentsPath");
        Objects.requireNonNull(authHeader, "authHeader");
        Objects.requireNonNull(authScheme, "authScheme");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(fields, "fields");
    }

    /** A builder with every default set, for the API at {@code baseUri}. */
    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Reads a configuration from key/value text, such as a vendor's {@code application.properties}: the
     * keys under {@code prefix} (e.g. {@code kdclgd.partner.} — include the trailing dot) are read, every
     * other key is ignored. Every key is listed in {@code docs/smas-partner-api.md}; absent keys keep
     * their default, {@code base-uri} is required. Durations are {@code 500ms}, {@code 10s}, {@code 2m}
     * or ISO-8601 ({@code PT10S}); lists are comma-separated.
     *
     * @throws KdclException {@code KDCL-9301} listing every unknown key, unreadable value and
     *                       {@link #validate()} problem at once, each with the key as {@code where}
     */
    public static PartnerApiConfig fromProperties(Map<String, String> properties, String prefix) {
        return ConfigProperties.read(properties, prefix);
    }

    /**
     * Every problem of this configuration ({@code KDCL-9301}, the property key as {@code where}); empty
     * when it is usable. Checks each value and the combinations (a paging mode needs its field, backoff
     * and timeouts in order).
     */
    public List<Problem> validate() {
        return ConfigChecks.problems(this);
    }

    /**
     * This configuration, if {@link #validate()} finds nothing.
     *
     * @throws KdclException with every problem found
     */
    public PartnerApiConfig requireValid() {
        List<Problem> problems = validate();
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        return this;
    }

    /**
     * How pages are asked for and when to stop. A page is requested by adding
     * {@code pageParam=<n>&sizeParam=<pageSize>} to the path's query, counting from {@code firstPage}.
     *
     * @param mode      how the last page is recognised
     * @param pageParam query parameter carrying the page number
     * @param sizeParam query parameter carrying the page size
     * @param firstPage number of the first page, 0 or 1
     * @param pageSize  records asked for per page
     */
    public record Paging(Mode mode, String pageParam, String sizeParam, int firstPage, int pageSize) {

        /** Checks that no component is null. */
        public Paging {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(pageParam, "pageParam");
            Objects.requireNonNull(sizeParam, "sizeParam");
        }

        /** {@link Mode#TOTAL_FIELD}, {@code page}, {@code pageSize}, first page 1, 500 per page (kdclgd's assumption). */
        public static Paging defaults() {
            return new Paging(Mode.TOTAL_FIELD, "page", "pageSize", 1, 500);
        }

        /** How the last page is recognised. */
        public enum Mode {
            /** The envelope's total field gives the number of records over all pages; stop when that many are read. */
            TOTAL_FIELD,
            /** The envelope's has-more field is {@code true} while another page follows. */
            HAS_MORE_FIELD,
            /** Stop at the first page with fewer records than the page size (also works with a bare array). */
            SHORT_PAGE,
            /** No paging: one request, no page parameters, the answer is the whole list. */
            NONE
        }
    }

    /** Builds a {@link PartnerApiConfig}; every setter replaces one default. Not thread-safe. */
    public static final class Builder {
        private URI baseUri;
        private boolean allowPlainHttp;
        private String classesPath = DEFAULT_CLASSES_PATH;
        private String studentsPath = DEFAULT_STUDENTS_PATH;
        private String authHeader = "Authorization";
        private String authScheme = "Bearer";
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int maxRetries = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(60);
        private Paging paging = Paging.defaults();
        private int maxPages = 200;
        private int maxRecords = 20_000;
        private long maxBodyBytes = 16L << 20;
        private PartnerFieldNames fields = PartnerFieldNames.defaults();

        private Builder(URI baseUri) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        }

        private Builder(PartnerApiConfig c) {
            baseUri = c.baseUri;
            allowPlainHttp = c.allowPlainHttp;
            classesPath = c.classesPath;
            studentsPath = c.studentsPath;
            authHeader = c.authHeader;
            authScheme = c.authScheme;
            connectTimeout = c.connectTimeout;
            requestTimeout = c.requestTimeout;
            maxRetries = c.maxRetries;
            initialBackoff = c.initialBackoff;
            maxBackoff = c.maxBackoff;
            paging = c.paging;
            maxPages = c.maxPages;
            maxRecords = c.maxRecords;
            maxBodyBytes = c.maxBodyBytes;
            fields = c.fields;
        }

        /** See {@link PartnerApiConfig#baseUri()}. */
        public Builder baseUri(URI value) {
            baseUri = Objects.requireNonNull(value, "baseUri");
            return this;
        }

        /** See {@link PartnerApiConfig#allowPlainHttp()}. */
        public Builder allowPlainHttp(boolean value) {
            allowPlainHttp = value;
            return this;
        }

        /** See {@link PartnerApiConfig#classesPath()}. */
        public Builder classesPath(String value) {
            classesPath = value;
            return this;
        }

        /** See {@link PartnerApiConfig#studentsPath()}. */
        public Builder studentsPath(String value) {
            studentsPath = value;
            return this;
        }

        /** The header carrying the secret and the scheme before it (empty text: the secret alone). */
        public Builder auth(String headerName, String scheme) {
            authHeader = headerName;
            authScheme = scheme;
            return this;
        }

        /** See {@link PartnerApiConfig#connectTimeout()}. */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /** See {@link PartnerApiConfig#requestTimeout()}. */
        public Builder requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        /** See {@link PartnerApiConfig#maxRetries()}. */
        public Builder maxRetries(int value) {
            maxRetries = value;
            return this;
        }

        /** See {@link PartnerApiConfig#initialBackoff()} and {@link PartnerApiConfig#maxBackoff()}. */
        public Builder backoff(Duration initial, Duration max) {
            initialBackoff = initial;
            maxBackoff = max;
            return this;
        }

        /** See {@link PartnerApiConfig#paging()}. */
        public Builder paging(Paging value) {
            paging = value;
            return this;
        }

        /** See {@link PartnerApiConfig#maxPages()}. */
        public Builder maxPages(int value) {
            maxPages = value;
            return this;
        }

        /** See {@link PartnerApiConfig#maxRecords()}. */
        public Builder maxRecords(int value) {
            maxRecords = value;
            return this;
        }

        /** See {@link PartnerApiConfig#maxBodyBytes()}. */
        public Builder maxBodyBytes(long value) {
            maxBodyBytes = value;
            return this;
        }

        /** See {@link PartnerApiConfig#fields()}. */
        public Builder fields(PartnerFieldNames value) {
            fields = value;
            return this;
        }

        /** The configuration; not yet validated (see {@link PartnerApiConfig#validate()}). */
        public PartnerApiConfig build() {
            return new PartnerApiConfig(baseUri, allowPlainHttp, classesPath, studentsPath, authHeader, authScheme,
                    connectTimeout, requestTimeout, maxRetries, initialBackoff, maxBackoff, paging, maxPages,
                    maxRecords, maxBodyBytes, fields);
        }
    }
}
