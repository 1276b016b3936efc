package ca.gc.cpa.identity;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Engine commands on a task that only an administrator may give: throwing a BPMN error or an escalation from a
 * user task, or resolving it. The engine lets anyone who may work the task do these, with variables that no
 * form checks (a resolution sets them without completing the task), and the officer-deployment model catches
 * errors on its sub-processes (a partner could force a replacement or an emergency repatriation). A task is
 * worked through its form; nothing in the application delegates a task, so nothing needs resolving. System
 * code, which acts without an authenticated user (the job executor, the replay), is not concerned.
 */
public class AdministratorsOnly extends CommandInterceptor {

  private final IdentityService identity;

  public AdministratorsOnly(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd
        || command instanceof ResolveTaskCmd) {
      var authentication = identity.getCurrentAuthentication();
      if (authentication != null && (authentication.getGroupIds() == null
          || !authentication.getGroupIds().contains(CpaGroup.ADMIN.id()))) {
        throw new AuthorizationException("The user '" + authentication.getUserId()
            + "' may not do this: it is a repair for administrators.");
      }
    }
    return next.execute(command);
  }
}
