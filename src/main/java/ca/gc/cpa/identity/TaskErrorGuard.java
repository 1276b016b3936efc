package ca.gc.cpa.identity;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A user task ends by its form: only an administrator may throw a BPMN error or an escalation from a task (the
 * engine lets anyone who may work the task do it, with variables, and the officer-deployment model catches
 * errors on its sub-processes: a partner could otherwise force a replacement or an emergency repatriation).
 * System code, which acts without an authenticated user, is not concerned.
 */
public class TaskErrorGuard extends CommandInterceptor {

  private final IdentityService identity;

  public TaskErrorGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      var authentication = identity.getCurrentAuthentication();
      if (authentication != null && (authentication.getGroupIds() == null
          || !authentication.getGroupIds().contains(CpaGroup.ADMIN.id()))) {
        throw new AuthorizationException("The user '" + authentication.getUserId()
            + "' may end a task only by completing its form.");
      }
    }
    return next.execute(command);
  }
}
