package vn.kdclgd.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import vn.kdclgd.app.browser.HttpAgent;
import vn.kdclgd.app.demo.DemoData;

/**
 * An upload over the server's multipart limit (here lowered to 16 KB) gets the 413 page of
 * {@code ErrorAdvice} — "file too large", {@code KDCL-9501}, with the security headers — and not a bare 403:
 * Tomcat refuses to read such a body as soon as Spring Security's CSRF check asks for the token, and
 * {@code ErrorPages} renders that refusal as the same page. Under the limit the same form reaches the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kdclgd.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN",
                "spring.servlet.multipart.max-file-size=16KB", "spring.servlet.multipart.max-request-size=16KB"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class UploadLimitTest {
    @LocalServerPort
    int port;

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        b[0] = 'P';
        b[1] = 'K';
        return b;
    }

    @Test
    void anOversizedUploadGetsThe413Page() {
        HttpAgent admin = new HttpAgent(port);
        admin.login("so.admin", DemoData.PASSWORD);
        String token = admin.csrf("/admin/dossier");

        HttpAgent.Response small = admin.postMultipart("/admin/dossier", Map.of("_csrf", token), "dossier", "hoso.zip", bytes(2_000));
        assertThat(small.status()).as("under the limit the screen answers").isEqualTo(302);
        assertThat(small.location()).isEqualTo("/admin/dossier");

        for (int size : new int[] {40_000, 1_500_000, 3_000_000}) {
            HttpAgent.Response big = admin.postMultipart("/admin/dossier", Map.of("_csrf", token), "dossier", "hoso.zip", bytes(size));
            assertThat(big.status()).as(size + " bytes").isEqualTo(413);
            assertThat(big.body()).contains("KDCL-9501").contains("Tệp quá lớn").contains("vượt giới hạn");
            assertThat(big.header("Content-Security-Policy")).contains("default-src 'self'");
            assertThat(big.header("X-Frame-Options")).isEqualTo("DENY");
        }
        assertThat(admin.get("/admin/accounts").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void anOversizedUploadIsRefusedBeforeAnyScreenWhoeverSendsIt() {
        HttpAgent anonymous = new HttpAgent(port);
        String token = anonymous.csrf("/login");
        HttpAgent.Response r = anonymous.postMultipart("/admin/dossier", Map.of("_csrf", token), "dossier", "hoso.zip", bytes(40_000));
        assertThat(r.status()).as("anonymous").isIn(302, 403, 413);
        assertThat(r.body()).doesNotContain("Đã nhập");

        HttpAgent school = new HttpAgent(port);
        school.login("nguyendu.admin", DemoData.PASSWORD);
        String schoolToken = school.csrf("/school");
        HttpAgent.Response big = school.postMultipart("/admin/dossier", Map.of("_csrf", schoolToken), "dossier", "hoso.zip", bytes(40_000));
        assertThat(big.status()).as("a school admin on the province's screen, oversized").isIn(403, 413);
        HttpAgent.Response small = school.postMultipart("/admin/dossier", Map.of("_csrf", schoolToken), "dossier", "hoso.zip", bytes(2_000));
        assertThat(small.status()).as("a school admin on the province's screen").isEqualTo(403);
    }
}
