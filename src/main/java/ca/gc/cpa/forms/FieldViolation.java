package ca.gc.cpa.forms;

import ca.gc.cpa.i18n.UserMessage;
import ca.gc.cpa.process.Variable;

/** One refused value: the field (form key or API property) and the reason, in words a user understands. */
public record FieldViolation(String field, @UserMessage String message) {

  /** a refused value of a process variable */
  public FieldViolation(Variable<?> field, @UserMessage String message) {
    this(field.name(), message);
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
