package vn.kdclgd.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.kdclgd.app.browser.HttpAgent;
import vn.kdclgd.app.demo.DemoData;

/**
 * The security settings as a browser meets them, over real HTTP: every screen's response (found in Spring's
 * handler mapping, requested by an account that may open it, and also anonymously and with an unknown id)
 * carries the strict Content-Security-Policy, {@code X-Frame-Options: DENY}, {@code nosniff} and a
 * Referrer-Policy; the public disclosure pages ({@code /public/**}) may be framed by any site; a POST
 * without CSRF token is refused with 403; the session cookie is HttpOnly and SameSite, a new session starts
 * at sign-in, and sessions end after 30 minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kdclgd.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WebSecurityTest {
    static final String PASSWORD = DemoData.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    Environment environment;

    /**
     * A public page for the test only, so that /public/** has a 200 response whatever the branch holds (the
     * nested controller is registered as a member class of this test configuration).
     */
    @TestConfiguration
    static class PublicProbe {
        @RestController
        static class Probe {
            @GetMapping("/public/security-probe")
            String probe() {
                return "<!DOCTYPE html><p>public</p>";
            }
        }
    }

    private static void assertScreenHeaders(String what, HttpAgent.Response r) {
        String csp = r.header("Content-Security-Policy");
        assertThat(csp).as(what + " CSP").isNotNull().contains("default-src 'self'").contains("script-src 'self'")
                .contains("style-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(r.headers("X-Frame-Options")).as(what + " X-Frame-Options").containsExactly("DENY");
        assertThat(r.header("X-Content-Type-Options")).as(what + " nosniff").isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).as(what + " Referrer-Policy").isIn("same-origin", "no-referrer", "strict-origin",
                "strict-origin-when-cross-origin");
    }

    /** Who opens a screen: an account allowed there. */
    private static String userFor(String path) {
        if (path.startsWith("/admin")) {
            return "so.admin";
        }
        if (path.startsWith("/unit")) {
            return "so.admin";
        }
        if (path.startsWith("/review")) {
            return "danhgia.hoang";
        }
        return "nguyendu.admin";
    }

    /** Every GET path of the application (variables filled with an unknown id), by pattern. */
    private Map<String, String> screens() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                out.put(pattern, pattern.replaceAll("\\{(?:[^{}]|\\{[^{}]*})+}", UUID.randomUUID().toString()));
            }
        }
        return out;
    }

    @Test
    void everyScreenResponseCarriesTheSecurityHeaders() {
        Map<String, HttpAgent> agents = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        HttpAgent anonymous = new HttpAgent(port);
        for (Map.Entry<String, String> s : screens().entrySet()) {
            String path = s.getValue();
            if (path.startsWith("/public") || path.equals("/error")) {
                continue;
            }
            HttpAgent agent = agents.computeIfAbsent(userFor(path), u -> {
                HttpAgent a = new HttpAgent(port);
                a.login(u, PASSWORD);
                return a;
            });
            HttpAgent.Response r = agent.get(path);
            assertThat(r.status()).as("GET " + path).isLessThan(500);
            assertScreenHeaders("GET " + path + " as " + userFor(path) + " (" + r.status() + ")", r);
            HttpAgent.Response a = anonymous.get(path);
            assertScreenHeaders("GET " + path + " anonymous (" + a.status() + ")", a);
            checked.add(s.getKey());
        }
        assertThat(checked).contains("/login", "/", "/account/password", "/school", "/school/improvement", "/school/improvement/{actionId}",
                "/school/registration", "/school/carry-over", "/school/accounts", "/admin/accounts", "/admin/dossier");
        // refusals and errors are pages too
        HttpAgent school = agents.get("nguyendu.admin");
        assertScreenHeaders("403", school.get("/admin/accounts"));
        assertScreenHeaders("404", school.get("/school/no-such-screen"));
        assertScreenHeaders("static", school.get("/css/app.css"));
        assertThat(school.get("/admin/accounts").status()).isEqualTo(403);
    }

    @Test
    void publicPagesMayBeFramedByAnySite() {
        HttpAgent.Response r = new HttpAgent(port).get("/public/security-probe");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers("X-Frame-Options")).as("no X-Frame-Options on public pages").isEmpty();
        assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors *").contains("default-src 'self'")
                .doesNotContain("frame-ancestors 'none'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isNotBlank();
        for (String path : screens().values()) {
            if (path.startsWith("/public")) {
                HttpAgent.Response p = new HttpAgent(port).get(path);
                assertThat(p.header("Content-Security-Policy")).as(path).contains("frame-ancestors *");
            }
        }
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() {
        HttpAgent agent = new HttpAgent(port);
        agent.login("nguyendu.admin", PASSWORD);
        String token = agent.csrf("/school/improvement");
        for (String path : List.of("/school/improvement/actions", "/school/registration", "/school/carry-over", "/school/accounts",
                "/account/password", "/logout")) {
            HttpAgent.Response r = agent.postForm(path, Map.of("assessmentId", UUID.randomUUID().toString()));
            assertThat(r.status()).as("POST " + path + " without token").isEqualTo(403);
            assertScreenHeaders("403 " + path, r);
            HttpAgent.Response wrong = agent.postForm(path, Map.of("_csrf", token.substring(1) + "x"));
            assertThat(wrong.status()).as("POST " + path + " with a wrong token").isEqualTo(403);
        }
        assertThat(agent.get("/school").status()).as("still signed in: the refused logout did nothing").isEqualTo(200);
        HttpAgent admin = new HttpAgent(port);
        admin.login("so.admin", PASSWORD);
        assertThat(admin.postForm("/admin/accounts", Map.of("kind", "REVIEWER", "username", "csrf.victim", "displayName", "x")).status())
                .isEqualTo(403);
        assertThat(admin.get("/admin/accounts").body()).doesNotContain("csrf.victim");
        assertThat(new HttpAgent(port).postForm("/login", Map.of("username", "so.admin", "password", PASSWORD)).status())
                .as("even the login form needs its token").isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndRenewedAtSignIn() {
        HttpAgent agent = new HttpAgent(port);
        HttpAgent.Response login = agent.get("/login");
        String before = agent.sessionId().orElseThrow();
        String cookie = login.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
        HttpAgent.Response signedIn = agent.login("nguyendu.admin", PASSWORD);
        assertThat(signedIn.location()).isEqualTo("/");
        String after = agent.sessionId().orElseThrow();
        assertThat(after).as("a new session at sign-in (no fixation)").isNotEqualTo(before);
        assertThat(signedIn.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow())
                .containsIgnoringCase("HttpOnly");
    }

    @Test
    void sessionsEndAfterThirtyMinutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class)).isEqualTo(Duration.ofMinutes(30));
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Container[] contexts = server.getTomcat().getHost().findChildren();
        assertThat(contexts).hasSize(1);
        assertThat(((Context) contexts[0]).getSessionTimeout()).as("minutes, as Tomcat applies it").isEqualTo(30);
    }
}
