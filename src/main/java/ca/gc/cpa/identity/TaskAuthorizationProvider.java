package ca.gc.cpa.identity;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorizations for tasks, minus the history rights it would grant on every single task.
 *
 * <p>With historic instance permissions on (a partner service reads the history of its own officer's tour, see
 * {@link AgencyAccess}), the default provider gives every candidate group and every assignee READ on that one
 * task's history: two rows per task ever done, never removed while the history lives. Over two decades that is
 * hundreds of thousands of rows, and the engine reads all of them for each command of a signed-in user (the
 * distinct groups that hold any authorization). Here history rights follow {@link AccessMatrix} per process
 * definition; only a partner service's group keeps READ on the history of the tasks offered to it (its
 * coordinator's nominations), since no definition-wide right could grant that without showing it the others'.
 * The rights to work a task (READ and UPDATE on the open task) are the engine's, unchanged.
 */
public class TaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
    return workRightsOnly(task, userId, null);
  }

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
    return keepsTaskHistory(groupId)
        ? super.createOrUpdateAuthorizationsByGroupId(task, groupId)
        : workRightsOnly(task, null, groupId);
  }

  /** whether a group gets READ on the history of each task offered to it */
  static boolean keepsTaskHistory(String groupId) {
    return groupId != null && groupId.startsWith(CpaGroup.AGENCY_PREFIX);
  }

  private AuthorizationEntity[] workRightsOnly(Task task, String userId, String groupId) {
    return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false,
        getRuntimePermissions(isEnforceSpecificVariablePermission()))};
  }
}
