package vn.kdclgd.app.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real HTTP requests to the running application, as a browser without JavaScript would send them (asking
 * for HTML): one
 * session (cookies kept), redirects not followed (so the status of each response can be checked), the CSRF
 * token read from the page's forms. For what a browser test cannot see: status codes, headers, cookies and
 * hand-made requests naming another school's ids.
 */
public final class HttpAgent {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** An agent for the application on {@code port} of localhost, signed out. */
    public HttpAgent(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response: status, headers and body as text. */
    public record Response(int status, HttpHeaders headers, String body) {
        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** Every value of a header. */
        public List<String> headers(String name) {
            return headers.allValues(name);
        }

        /** The Location header of a redirect, without host. */
        public String location() {
            String l = header("Location");
            return l == null ? null : l.replaceFirst("^https?://[^/]+", "");
        }
    }

    /** Signs in with a user name and password; returns the response of the login form (302). */
    public Response login(String username, String password) {
        cookies.clear();
        String token = csrf("/login");
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    /** The CSRF token of the first form of the page at {@code path} (after GET). */
    public String csrf(String path) {
        Response r = get(path);
        Matcher m = CSRF.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path + " (" + r.status() + ")");
        }
        return m.group(1);
    }

    /** GET. */
    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** POST of an url-encoded form (add {@code _csrf} yourself). */
    public Response postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POST of a multipart form: the file, then the text fields (Thymeleaf puts the CSRF field at the end of a form). */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----kdclgd" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** The session cookie's value, if any. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(cookies.get("JSESSIONID"));
    }

    private Response send(HttpRequest.Builder request) {
        request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).strip();
                    String value = pair.substring(eq + 1).strip();
                    if (value.isEmpty() || c.toLowerCase().contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
