package vn.kdclgd.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.kdclgd.app.account.AccountService;
import vn.kdclgd.app.account.Actors;

/**
 * An account created with (or reset to) a temporary password sees only the password change until it has
 * changed it; an account disabled while signed in loses its session at its next request.
 */
@Configuration
public class PasswordChangeInterceptor implements HandlerInterceptor, WebMvcConfigurer {
    private final AccountService accounts;

    PasswordChangeInterceptor(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/account/password", "/login", "/logout", "/public/**", "/css/**", "/js/**",
                "/error");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        var user = Actors.user();
        if (user.isEmpty()) {
            return true;
        }
        switch (accounts.state(user.get().id())) {
            case DISABLED -> {
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?disabled");
                return false;
            }
            case MUST_CHANGE_PASSWORD -> {
                response.sendRedirect(request.getContextPath() + "/account/password?first");
                return false;
            }
            default -> {
                return true;
            }
        }
    }
}
