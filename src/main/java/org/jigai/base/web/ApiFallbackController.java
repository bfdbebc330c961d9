package org.jigai.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers any {@code /api/} address that no endpoint serves with a JSON 404, so that it never falls through to
 * the UI's HTML page. The most specific mapping wins, so real endpoints are unaffected.
 */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NoSuchElementException(request.getRequestURI());
    }
}
