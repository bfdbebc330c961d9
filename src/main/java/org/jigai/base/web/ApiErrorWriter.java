package org.jigai.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jigai.base.Translations;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@link ApiError} bodies from places outside Spring MVC, such as security filters. */
@Component
public class ApiErrorWriter {

    private final JsonMapper json;
    private final Translations translations;

    ApiErrorWriter(JsonMapper json, Translations translations) {
        this.json = json;
        this.translations = translations;
    }

    /** The path the client asked for, also while the container forwards an error to its error page. */
    static String path(HttpServletRequest request) {
        return request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
    }

    /** The reason phrase of a status, as the {@code error} field shows it. */
    public static String reason(int status) {
        var known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** The translation key of the Chinese message for an error status with no more specific message. */
    public static String messageKey(int status) {
        return switch (status) {
            case 401 -> "api.error.unauthorized";
            case 403 -> "api.error.forbidden";
            case 404 -> "api.error.notFound";
            case 405 -> "api.error.method";
            case 406 -> "api.error.notAcceptable";
            case 413 -> "api.error.tooLarge";
            case 414, 431 -> "api.error.tooLong";
            case 415 -> "api.error.mediaType";
            case 429 -> "api.error.tooMany";
            case 501 -> "api.error.notImplemented";
            case 505 -> "api.error.httpVersion";
            default -> status >= 500 ? "api.error.server" : "api.error.badRequest";
        };
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
            String messageKey, Object... args) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(),
                ApiError.of(status, error, translations.get(messageKey, args), path(request)));
    }
}
