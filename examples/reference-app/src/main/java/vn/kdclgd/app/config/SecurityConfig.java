package vn.kdclgd.app.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open which screen. This decides screens only; what an account may read or change of a school's
 * data is decided by kdclgd's own access checks on the account's actor ({@code Actors}).
 *
 * <ul>
 *   <li>passwords hashed with BCrypt; form login; CSRF tokens on every form (Spring Security's default);</li>
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
        return new BCryptPasswordEncoder();
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
                .headers(h -> h.frameOptions(f -> f.deny())
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP + "; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
