package ca.gc.cpa.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The refusal of a completion or a start on the current request thread. The engine wraps an exception thrown
 * by a task listener into a plain engine exception, which its REST API answers with 500; the web layer takes
 * the refusal from here after the request and answers 400 with the refusal's own message
 * (config.CompletionRefusalStatus).
 */
public final class CompletionRefusals {

  private static final ThreadLocal<FormFieldValidationException> LAST = new ThreadLocal<>();

  private CompletionRefusals() {}

  static void remember(FormFieldValidationException refusal) {
    LAST.set(refusal);
  }

  /** the refusal since the last call, if any, and forgets it */
  public static FormFieldValidationException take() {
    FormFieldValidationException refusal = LAST.get();
    LAST.remove();
    return refusal;
  }
}
