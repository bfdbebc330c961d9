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

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
            String messageKey, Object... args) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(),
                ApiError.of(status, error, translations.get(messageKey, args), request.getRequestURI()));
    }
}
