package org.jigai.base.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one error body of the REST API (API.md): {@code {"status", "error", "message", "path"}}, plus the
 * field problems of a refused input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String path, @Nullable List<FieldProblem> errors) {

    public record FieldProblem(String field, String message) {}

    public static ApiError of(int status, String error, String message, String path) {
        return new ApiError(status, error, message, path, null);
    }
}
