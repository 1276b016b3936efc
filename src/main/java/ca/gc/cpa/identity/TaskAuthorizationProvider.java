package ca.gc.cpa.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorizations for tasks, minus what the access matrix already gives.
 *
 * <p>History: with historic instance permissions on (a partner service reads the history of its own officer's
 * tour, see {@link AgencyAccess}), the default provider gives every candidate group and every assignee READ on
 * that one task's history: two rows per task ever done, kept as long as the history. Over two decades that is
 * some 350,000 rows, and the engine reads all of them for each command of a signed-in user (the distinct groups
 * that hold any authorization). Here who reads history is decided once per process in {@link AccessMatrix} (and
 * per tour in {@link AgencyAccess}); the authorizations a task brings are only the rights to work it, removed
 * with the task, so their number follows the open work, not the years.
 *
 * <p>Reading: a group that sees the instances of a process reads their open tasks through the matrix (READ_TASK
 * on the definition, {@link IdentitySetup}), so its own task gets only the right to work it (TASK_WORK, see
 * {@code default-user-permission-name-for-task}: claim, complete, submit the form; not UPDATE, which would let
 * a candidate set variables and assignees). Every task
 * query joins the user's READ rights on tasks to each task it looks at: a READ row per open task made the
 * count of a filter with 1,000 open tasks compare a million pairs (55 ms on PostgreSQL, whose plan also went
 * wrong on fresh statistics: 380 ms a list). Groups that see no instance (partner services, the specialists)
 * keep READ on each task offered to them, and see only those.
 */
public class TaskAuthorizationProvider extends DefaultAuthorizationProvider {

  /**
   * A user who is not an administrator may take a task only for themselves (a claim): never hand it, or the
   * rights it brings, to someone else. Candidates hold only the right to work their task (TASK_WORK), so
   * setting an assignee or delegating is already refused them; this closes a claim made in another's name.
   * The model's own assignee, set as the process creates the task, is no one's hand-over: a leave a home service
   * asks for goes to the commander of the officer's mission ({@code inmission.StandInForCommander}).
   */
  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    var authentication = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    if (authentication != null && newAssignee != null && !newAssignee.equals(authentication.getUserId())
        && !assignedByItsProcess(task)
        && (authentication.getGroupIds() == null || !authentication.getGroupIds().contains(CpaGroup.ADMIN.id()))) {
      throw new AuthorizationException("The user '" + authentication.getUserId()
          + "' may take a task only for themselves.");
    }
    return super.newTaskAssignee(task, oldAssignee, newAssignee);
  }

  /** the state of a task its process is creating, before its listeners run (TaskEntity.TaskState.STATE_INIT) */
  private static final String BEING_CREATED = "Init";

  /** the assignee comes from the task's model, as its process creates it (not from a call of a user) */
  static boolean assignedByItsProcess(Task task) {
    return task instanceof TaskEntity entity && entity.getExecutionId() != null
        && BEING_CREATED.equals(entity.getTaskState());
  }

  /**
   * A new member of a partner service's group: the group may read the member's name (Tasklist shows who holds a
   * task of the service), besides the member's own right to read the group. Partner services see no one else.
   */
  @Override
  public AuthorizationEntity[] groupMembershipCreated(String groupId, String userId) {
    AuthorizationEntity[] defaults = super.groupMembershipCreated(groupId, userId);
    if (!groupId.startsWith(CpaGroup.AGENCY_PREFIX)) {
      return defaults;
    }
    List<AuthorizationEntity> all = new ArrayList<>(defaults == null ? List.of() : List.of(defaults));
    if (!AgencyDirectory.exists(groupId, userId)) {
      all.add(AgencyDirectory.colleagueReads(groupId, userId));
    }
    return all.toArray(AuthorizationEntity[]::new);
  }

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
    return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, null, Resources.TASK, false,
        getRuntimePermissions(isEnforceSpecificVariablePermission()))};
  }

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
    Permission[] permissions = seesInstancesOf(task, groupId)
        ? workOnly(isEnforceSpecificVariablePermission())
        : getRuntimePermissions(isEnforceSpecificVariablePermission());
    return new AuthorizationEntity[] {createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false,
        permissions)};
  }

  /** the right to work the task, without READ (which the definition gives) */
  private Permission[] workOnly(boolean enforceSpecificVariablePermission) {
    List<Permission> permissions = new ArrayList<>(List.of(getDefaultUserPermissionForTask()));
    if (enforceSpecificVariablePermission) {
      permissions.add(TaskPermissions.READ_VARIABLE);
    }
    return permissions.toArray(Permission[]::new);
  }

  static boolean seesInstancesOf(Task task, String groupId) {
    var definition = task instanceof TaskEntity entity ? entity.getProcessDefinition() : null;
    return definition != null && AccessMatrix.allows(groupId, definition.getKey(), ProcessAction.SEE_INSTANCES);
  }
}
