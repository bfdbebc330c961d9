package org.jigai.base.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jigai.base.Translations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on an error that never reached the application (a request line over 8 KB, a {@code %00} in a
 * path, a body over the size limit): an {@link ApiError} in JSON for {@code /api/} and for requests too broken to
 * have a path (or with a target that is not a path, as CONNECT sends), Tomcat's plain page (without server details)
 * for the rest.
 */
final class JsonErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;
    private final Translations translations;

    JsonErrorReportValve(JsonMapper json, Translations translations) {
        this.json = json;
        this.translations = translations;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri != null && uri.startsWith("/") && !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                json.writeValue(writer, ApiError.of(status, ApiErrorWriter.reason(status),
                        translations.get(ApiErrorWriter.messageKey(status)), uri == null ? "" : uri));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is unusable: nothing more to say
        }
    }
}
