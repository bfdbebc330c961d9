package org.jigai.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns every failure of a REST controller into an {@link ApiError} in Chinese; never a page or a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final Translations t;

    ApiExceptionHandler(Translations translations) {
        this.t = translations;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e, HttpServletRequest request) {
        var problems = e.problems().entrySet().stream()
                .map(p -> new ApiError.FieldProblem(p.getKey(), t.get(p.getValue().key(), p.getValue().args())))
                .toList();
        var body = new ApiError(400, "Bad Request", problems.getFirst().message(), request.getRequestURI(), problems);
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> unreadable(Exception e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "api.error.badRequest", request);
    }

    /** Percent-encoding that is not UTF-8 ({@code %FF}, a lone surrogate, {@code %zz}). */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ApiError> encoding(Exception e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "api.error.encoding", request);
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(Exception e, HttpServletRequest request) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "api.error.tooLarge", request);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ApiError> notFound(NoSuchElementException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "api.error.notFound", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, "api.error.forbidden", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "api.error.method", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.mediaType", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("API error {} on {}", id, request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of(500, "Internal Server Error",
                t.get("api.error.internal", id), request.getRequestURI()));
    }

    private ResponseEntity<ApiError> error(HttpStatus status, String key, HttpServletRequest request) {
        return ResponseEntity.status(status)
                .body(ApiError.of(status.value(), status.getReasonPhrase(), t.get(key), request.getRequestURI()));
    }
}
