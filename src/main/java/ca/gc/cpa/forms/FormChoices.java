package ca.gc.cpa.forms;

import java.util.List;
import java.util.Optional;

/**
 * The options of a form's select or tag list that depend on who fills the form (the officers a sender may
 * act for, the missions a commander reports on). A form names the list by the component's {@code valuesKey};
 * {@link FormChoicesInterceptor} fills it into the form the user's browser receives, as static values. The
 * form's own check on the server ({@link CompletionCheck}) refuses a value outside the caller's reach.
 * Looked up as the bean {@value #BEAN}.
 */
public interface FormChoices {

  String BEAN = "formChoices";

  record Option(String label, String value) {}

  /** the options for that list and that caller; empty when the list is not one of these */
  Optional<List<Option>> choices(String valuesKey, String userId, List<String> groupIds);
}
