package vn.kdclgd.smas.partner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A partner API stand-in on a free loopback port: answers as the test says and records every request.
 * Register it with {@code @RegisterExtension}; it runs for the duration of each test.
 */
final class StubServer implements BeforeEachCallback, AfterEachCallback {

    /** One answer: status, headers, body and how long to wait before sending it. */
    record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis) {
        static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"),
                    body.getBytes(StandardCharsets.UTF_8), 0);
        }

        static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0], 0);
        }

        Reply header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, delayMillis);
        }

        Reply body(String contentType, String text) {
            return new Reply(status, headers, text.getBytes(StandardCharsets.UTF_8), delayMillis)
                    .header("Content-Type", contentType);
        }

        Reply delayed(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    /** A request as the server saw it. */
    record Seen(String method, String target, Headers headers) {
        /** The value of a query parameter, or null. */
        String param(String name) {
            Matcher m = Pattern.compile("[?&]" + Pattern.quote(name) + "=([^&]*)").matcher(target);
            return m.find() ? m.group(1) : null;
        }

        int page() {
            return Integer.parseInt(param("page"));
        }
    }

    private final List<Seen> seen = new ArrayList<>();
    private volatile Function<Seen, Reply> responder = s -> Reply.status(500);
    private HttpServer server;
    private ExecutorService executor;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URI of the stub API. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
    }

    /** Answers every request with {@code f}. */
    void respond(Function<Seen, Reply> f) {
        responder = f;
    }

    /** Answers the n-th request with the n-th reply, the last one from then on. */
    void respondInTurn(Reply... replies) {
        AtomicInteger n = new AtomicInteger();
        responder = s -> replies[Math.min(n.getAndIncrement(), replies.length - 1)];
    }

    /** Every request so far, in order. */
    synchronized List<Seen> requests() {
        return List.copyOf(seen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Seen s = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(), exchange.getRequestHeaders());
        synchronized (this) {
            seen.add(s);
        }
        Reply r = responder.apply(s);
        try {
            if (r.delayMillis() > 0) {
                Thread.sleep(r.delayMillis());
            }
            r.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (a timeout test); nothing to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop(0);
        executor.shutdownNow();
    }
}
