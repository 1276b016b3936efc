package ca.gc.cpa.identity;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorizations for tasks, minus the history right it would grant on every single task.
 *
 * <p>With historic instance permissions on (a partner service reads the history of its own officer's tour, see
 * {@link AgencyAccess}), the default provider gives every candidate group and every assignee READ on that one
 * task's history: two rows per task ever done, kept as long as the history. Over two decades that is some
 * 350,000 rows, and the engine reads all of them for each command of a signed-in user (the distinct groups that
 * hold any authorization). Here who reads history is decided once per process in {@link AccessMatrix} (and per
 * tour in {@link AgencyAccess}); the authorizations a task brings are only the rights to work it (READ and
 * UPDATE on the open task, the engine's, removed with the task), so their number follows the open work, not
 * the years.
 */
public class TaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
    return workRightsOnly(task, userId, null);
  }

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
    return workRightsOnly(task, null, groupId);
  }

  private AuthorizationEntity[] workRightsOnly(Task task, String userId, String groupId) {
    return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false,
        getRuntimePermissions(isEnforceSpecificVariablePermission()))};
  }
}
