package ca.gc.cpa.forms;

import java.util.List;

/**
 * A task's (or start form's) own domain rules, checked on the server before the task completes or
 * the instance starts, after the form's declared constraints. A user task names its check in the
 * model with the extension property {@code completionCheck} = bean name, so the rule is one hop
 * from the diagram. Return every violation; an empty list lets the completion through. It runs even when
 * the form check refused some values (every problem is reported at once), so read values through the
 * typed getters of {@link FormValues}, which are empty for a missing or ill-typed value.
 */
@FunctionalInterface
public interface CompletionCheck {

  List<FieldViolation> check(FormValues values);
}
