package ca.gc.cpa.api;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.i18n.UserMessage;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of {@code /api} as {@link ApiError}: the field and the reason, never a stack trace,
 * a class name or SQL.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    List<FieldViolation> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldViolation(f.getField(), f.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldViolation::field))
        .collect(Collectors.toList());
    e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldViolation("body", g.getDefaultMessage())));
    return ResponseEntity.badRequest().body(new ApiError(errors));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ApiBodyLimit.TooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(ApiError.of("body", "must be at most " + ApiBodyLimit.MAX_BYTES + " bytes"));
      }
    }
    if (cause instanceof StreamReadException r && r.getMessage() != null && r.getMessage().startsWith("Duplicate field '")) {
      String field = r.getMessage().substring("Duplicate field '".length()).replaceFirst("'(?s).*", "");
      return ResponseEntity.badRequest().body(ApiError.of(field, "appears more than once"));
    }
    if (cause instanceof UnrecognizedPropertyException u) {
      return ResponseEntity.badRequest().body(ApiError.of(u.getPropertyName(), "is not a field of this request"));
    }
    if (cause instanceof InvalidFormatException f) {
      return ResponseEntity.badRequest().body(ApiError.of(path(f), mustBe(f.getTargetType())));
    }
    if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      return ResponseEntity.badRequest().body(ApiError.of(path(m), mustBe(m.getTargetType())));
    }
    if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return ResponseEntity.badRequest().body(ApiError.of(path(m), "has a value that cannot be read"));
    }
    return ResponseEntity.badRequest().body(ApiError.of("body", "must be a JSON object"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType() {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of("Content-Type", "must be application/json"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ApiError.of("method", e.getMethod() + " is not supported here"));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("path", "no such resource"));
  }

  @ExceptionHandler(ApiCaller.ForbiddenException.class)
  ResponseEntity<ApiError> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of("user", "is not allowed to do this"));
  }

  /** the database gave up waiting for a row another request holds: nothing was saved, the caller may send again */
  @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
  ResponseEntity<ApiError> busy(Exception e) {
    LOG.warn("A request of /api waited too long for the database: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
        .body(ApiError.of("server", "is busy; nothing was saved, send the request again"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    LOG.error("Unexpected error in /api", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(ApiError.of("server", "an unexpected error occurred; nothing was saved"));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  /** what a value of the type must be */
  @UserMessage
  private static String mustBe(Class<?> type) {
    if (type == null) {
      return "must be of the right type";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "must be a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == java.time.LocalDate.class) {
      return "must be a date (yyyy-mm-dd)";
    }
    if (type == String.class) {
      return "must be text";
    }
    return "must be of the right type";
  }
}
