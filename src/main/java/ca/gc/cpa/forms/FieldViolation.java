package ca.gc.cpa.forms;

import ca.gc.cpa.i18n.UserMessage;

/** One refused value: the field (form key or API property) and the reason, in words a user understands. */
public record FieldViolation(String field, @UserMessage String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
