package vn.kdclgd.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Downloads in browser tests: fetches a URL with the browser's session cookie (or none) through
 * {@code java.net.http}, so the test gets the bytes and the headers, and opens DOCX / XLSX files with POI.
 */
final class SessionHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SessionHttp() {
    }

    /** A response. */
    record Response(int status, HttpResponse<byte[]> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        byte[] body() {
            return raw.body();
        }

        String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }
    }

    /** GET with the browser's session cookie. */
    static Response get(WebDriver driver, String url) {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        return get(url, session == null ? null : "JSESSIONID=" + session.getValue());
    }

    /** GET without any cookie. */
    static Response anonymous(String url) {
        return get(url, null);
    }

    private static Response get(String url, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of a DOCX (body, tables). */
    static String docxText(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of an XLSX as text, one line per row, cells separated by " | ". */
    static String xlsxText(byte[] bytes) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            StringBuilder sb = new StringBuilder();
            wb.forEach(sheet -> sheet.forEach(row -> {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(c -> cells.add(f.formatCellValue(c)));
                sb.append(cells.stream().collect(Collectors.joining(" | "))).append('\n');
            }));
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute path of a test resource (for a file input). */
    static String resource(String name) {
        try {
            Path p = Path.of(SessionHttp.class.getResource("/" + name).toURI()).toAbsolutePath();
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("no test resource " + name);
            }
            return p.toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
