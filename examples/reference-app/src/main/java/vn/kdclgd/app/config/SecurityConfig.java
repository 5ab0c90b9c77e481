package vn.kdclgd.app.config;

import java.text.Normalizer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open which screen. This decides screens only; what an account may read or change of a school's
 * data is decided by kdclgd's own access checks on the account's actor ({@code Actors}).
 *
 * <ul>
 *   <li>passwords hashed with BCrypt, compared in Unicode NFC (a Vietnamese pass-phrase typed on a system
 *       that sends decomposed accents still matches); form login; CSRF tokens on every form (Spring Security's
 *       default);</li>
 *   <li>a forged CSRF token that does not decode is an invalid token (403), not a server error
 *       ({@link TolerantCsrfTokenRequestHandler});</li>
 *   <li>security headers: a strict Content-Security-Policy (scripts and styles from this site only),
 *       no framing, no sniffing, no referrer to other sites;</li>
 *   <li>the public disclosure pages ({@code /public/**}) need no login and may be embedded in a school's
 *       website (any frame ancestor), and show only published data.</li>
 * </ul>
 * Session timeout and upload limits are in {@code application.properties}.
 */
@Configuration
public class SecurityConfig {
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new NfcPasswordEncoder(new BCryptPasswordEncoder());
    }

    /** The public disclosure pages: anonymous, embeddable. */
    @Bean
    @Order(1)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.frameOptions(f -> f.disable())
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP + "; frame-ancestors *"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** Everything else. */
    @Bean
    @Order(2)
    SecurityFilterChain screens(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("PROVINCE_ADMIN")
                        .requestMatchers("/unit/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_OFFICER")
                        .requestMatchers("/school/accounts/**").hasRole("SCHOOL_ADMIN")
                        .requestMatchers("/school/**").hasAnyRole("SCHOOL_ADMIN", "SCHOOL_STAFF")
                        .requestMatchers("/review/**").hasRole("REVIEWER")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
                .csrf(c -> c.csrfTokenRequestHandler(new TolerantCsrfTokenRequestHandler()))
                .headers(h -> h.frameOptions(f -> f.deny())
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP + "; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** BCrypt on the NFC form of the password. */
    static final class NfcPasswordEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate;

        NfcPasswordEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        private static String nfc(CharSequence raw) {
            return raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFC);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(nfc(rawPassword));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return delegate.matches(nfc(rawPassword), encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    /**
     * Spring Security's default, BREACH-safe CSRF handling (a random mask XOR-ed over the token), except that a
     * token altered so that it no longer decodes (Spring Security 7.1 throws {@code IllegalArgumentException}
     * from its UTF-8 decoder, a 500) counts as no token: the request is refused with 403 like any other wrong
     * token.
     */
    static final class TolerantCsrfTokenRequestHandler implements CsrfTokenRequestHandler {
        private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
            delegate.handle(request, response, csrfToken);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            try {
                return delegate.resolveCsrfTokenValue(request, csrfToken);
            } catch (IllegalArgumentException undecodable) {
                return null;
            }
        }
    }
}
