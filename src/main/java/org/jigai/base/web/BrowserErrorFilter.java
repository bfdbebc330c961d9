package org.jigai.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page request from a browser that the security rules refuse (403) outside the application's own pages goes to the
 * application's Chinese not-found page instead of the browser's "HTTP ERROR 403". Vaadin's own requests, the API
 * and anything but GET are left alone.
 */
final class BrowserErrorFilter extends OncePerRequestFilter {

    static final String NOT_FOUND_PAGE = "/not-found";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || uri.startsWith("/api/") || uri.startsWith("/VAADIN/")
                || request.getParameter("v-r") != null || uri.equals(NOT_FOUND_PAGE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (status == HttpServletResponse.SC_FORBIDDEN && !isCommitted()) {
                    resetBuffer();
                    sendRedirect(request.getContextPath() + NOT_FOUND_PAGE);
                    return;
                }
                if (message == null) {
                    super.sendError(status);
                } else {
                    super.sendError(status, message);
                }
            }
        });
    }
}
