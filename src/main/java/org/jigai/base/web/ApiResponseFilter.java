package org.jigai.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Under {@code /api/} every answer is JSON, whatever the request: the API speaks only JSON, so an {@code Accept} of
 * XML or HTML is read as JSON; an error that anything below would send as a container error page (which, for a
 * stateless API request, ends at the log-in page) is written as an {@link ApiError} instead; an exception nobody
 * handled becomes a JSON 500 (or 400 for undecodable parameters); and TRACE is refused.
 */
final class ApiResponseFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiResponseFilter.class);
    /** OPTIONS is refused too: the API serves no other origin, so there is nothing to pre-flight. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    /** The largest JSON body the API reads (an import of some thousands of records). */
    static final int MAX_JSON_BYTES = 20 * 1024 * 1024;

    private final ApiErrorWriter writer;

    ApiResponseFilter(ApiErrorWriter writer) {
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiErrorWriter.path(request).startsWith("/api/");
    }

    /** Errors the container raises itself (TRACE refused by Tomcat, for one) come back as an error dispatch. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            int status = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                    ? code : 500;
            response.resetBuffer();
            writer.write(request, response, status, ApiErrorWriter.reason(status), ApiErrorWriter.messageKey(status));
            return;
        }
        if (!METHODS.contains(request.getMethod())) {
            writer.write(request, response, 405, "Method Not Allowed", "api.error.method");
            return;
        }
        HttpServletRequest body = request;
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            byte[] bytes = request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
            if (bytes.length > MAX_JSON_BYTES) {
                writer.write(request, response, 413, "Content Too Large", "api.error.tooLarge");
                return;
            }
            if (!validUtf8(bytes)) {
                // a decoder that accepts overlong forms would turn C0 AF into "/": refuse instead of guessing
                writer.write(request, response, 400, "Bad Request", "api.error.encoding");
                return;
            }
            body = new CachedBody(request, bytes);
        }
        var json = new JsonErrors(request, response);
        try {
            chain.doFilter(new JsonOnly(body), json);
        } catch (Exception e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            if (rootCause(e) instanceof org.apache.tomcat.util.http.InvalidParameterException) {
                writer.write(request, response, 400, "Bad Request", "api.error.encoding");
                return;
            }
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("API error {} on {}", id, request.getRequestURI(), e);
            writer.write(request, response, 500, "Internal Server Error", "api.error.internal", id);
        }
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException malformed) {
            return false;
        }
    }

    /** A request whose body was read (and checked) already. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] bytes;

        CachedBody(HttpServletRequest request, byte[] bytes) {
            super(request);
            this.bytes = bytes;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            var in = new java.io.ByteArrayInputStream(bytes);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return bytes.length;
        }

        @Override
        public long getContentLengthLong() {
            return bytes.length;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof org.apache.tomcat.util.http.InvalidParameterException ? cause : e;
    }

    /** Asks for JSON, whatever the client asked for. */
    private static final class JsonOnly extends HttpServletRequestWrapper {

        JsonOnly(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? MediaType.APPLICATION_JSON_VALUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(Set.of(MediaType.APPLICATION_JSON_VALUE))
                    : super.getHeaders(name);
        }
    }

    /** Writes {@code sendError} as an API error body instead of dispatching to the container's error page. */
    private final class JsonErrors extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        JsonErrors(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String ignored) throws IOException {
            if (isCommitted()) {
                return;
            }
            resetBuffer();
            writer.write(request, (HttpServletResponse) getResponse(), status, ApiErrorWriter.reason(status),
                    ApiErrorWriter.messageKey(status));
            flushBuffer();
        }
    }
}
