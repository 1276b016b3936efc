package ca.gc.cpa.forms;

/** One refused value: the field (form key or API property) and the reason, in words a user understands. */
public record FieldViolation(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
