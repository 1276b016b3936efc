package ca.gc.cpa.process;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who acts in the step the engine runs now: the user whose task completion or form submission runs it. */
public final class Actor {

  /** the name recorded when no user acts (a timer, a job) */
  public static final String SYSTEM = "system";

  private Actor() {}

  /** the user whose action runs this step (a task completion, a form submitted), "system" when none */
  public static String currentUser() {
    CommandContext context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    return user == null ? SYSTEM : user;
  }

  /** the groups of the user whose action runs this step */
  public static List<String> currentGroups() {
    CommandContext context = Context.getCommandContext();
    return context == null || context.getAuthenticatedGroupIds() == null ? List.of() : context.getAuthenticatedGroupIds();
  }
}
