package vn.kdclgd.app.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages Spring Boot renders itself, for errors that happen before any controller. An upload over
 * {@code spring.servlet.multipart.*} is one: Tomcat refuses to read the body as soon as something asks for a
 * parameter — Spring Security's CSRF check does, first — and answers 413 itself. That answer gets the same
 * page as {@link ErrorAdvice}'s 413 (a {@code MaxUploadSizeExceededException} inside the DispatcherServlet):
 * "file too large", {@code KDCL-9501}, what to do. Every other status keeps Spring Boot's conventions
 * ({@code error/<status>.html}, {@code error/4xx.html}, then {@code error.html}); a resolver of one's own
 * replaces Spring Boot's, so this one delegates to it.
 */
@Component
public class ErrorPages implements ErrorViewResolver {
    private final ErrorViewResolver conventions;

    ErrorPages(ApplicationContext context, WebProperties web) {
        this.conventions = new DefaultErrorViewResolver(context, web.getResources());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status.value() == 413) {
            Map<String, Object> m = new LinkedHashMap<>(model);
            m.put("status", 413);
            m.put("title", ErrorAdvice.TOO_LARGE_TITLE);
            m.put("problems", ErrorAdvice.tooLargeProblems());
            return new ModelAndView("error/problem", m, status);
        }
        return conventions.resolveErrorView(request, status, model);
    }
}
