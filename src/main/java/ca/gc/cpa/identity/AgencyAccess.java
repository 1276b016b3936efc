package ca.gc.cpa.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import ca.gc.cpa.process.OfficerDeploymentProcess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Lets a partner police service see the instance of one of its own officers, and nothing else: at the
 * start of an instance that belongs to one service (variable {@code agencyCode}), its group
 * {@code agency-<code>} is granted READ on that instance and on its history. Other services have no
 * right on it at all (agency groups hold no instance rights on the definitions).
 */
@Component("grantAgencyAccess")
public class AgencyAccess implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    // every process this listener is on names the officer's service with the tour's variable
    String code = OfficerDeploymentProcess.AGENCY_CODE.orNull(execution);
    if (code == null) {
      throw new IllegalStateException("Instance " + execution.getProcessInstanceId() + " has no agencyCode");
    }
    String groupId = CpaGroup.agencyGroupId(code);
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    String instanceId = execution.getProcessInstanceId();
    // granting is the system's act, whoever's action started the instance
    Context.getCommandContext().runWithoutAuthorization(() -> {
      grant(authorizations, groupId, Resources.PROCESS_INSTANCE, instanceId, ProcessInstancePermissions.READ);
      grant(authorizations, groupId, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, HistoricProcessInstancePermissions.READ);
      return null;
    });
  }

  private static void grant(AuthorizationService authorizations, String groupId, Resource resource, String id,
      Permission permission) {
    Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(resource);
    auth.setResourceId(id);
    auth.addPermission(permission);
    authorizations.saveAuthorization(auth);
  }
}
