package ca.gc.cpa.api;

import ca.gc.cpa.forms.FieldViolation;
import java.util.List;

/** The body of every refused {@code /api} call: each field with its reason. */
public record ApiError(List<FieldViolation> errors) {

  public static ApiError of(String field, String message) {
    return new ApiError(List.of(new FieldViolation(field, message)));
  }
}
