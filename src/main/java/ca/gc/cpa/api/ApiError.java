package ca.gc.cpa.api;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.i18n.UserMessage;
import java.util.List;

/** The body of every refused {@code /api} call: each field with its reason. */
public record ApiError(List<FieldViolation> errors) {

  public static ApiError of(String field, @UserMessage String message) {
    return new ApiError(List.of(new FieldViolation(field, message)));
  }
}
