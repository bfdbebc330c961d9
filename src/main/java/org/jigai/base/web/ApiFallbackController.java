package org.jigai.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Answers any {@code /api/} request that no endpoint serves in JSON, so that it never falls through to the UI's
 * HTML page: 405 when the address exists for another method, 404 otherwise. The most specific mapping wins, so
 * real endpoints are unaffected.
 */
@RestController
class ApiFallbackController {

    private final RequestMappingHandlerMapping mappings;

    ApiFallbackController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        boolean otherMethod = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType() != ApiFallbackController.class)
                .anyMatch(e -> e.getKey().getPathPatternsCondition() != null
                        && e.getKey().getPathPatternsCondition().getMatchingCondition(request) != null);
        if (otherMethod) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod());
        }
        throw new NoSuchElementException(request.getRequestURI());
    }
}
