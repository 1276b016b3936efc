package ca.gc.cpa.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * The groups' standing rights, as Camunda authorizations: what the access matrix gives each group on the
 * processes, the web apps each may open, the managers' view of everything, and the corrections of rights earlier
 * builds gave that partners must not hold. A grant adds to what is there and never takes away what an
 * administrator added.
 */
final class Grants {

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  Grants(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  void administrators() {
    for (Resource resource : Resources.values()) {
      grant(CpaGroup.ADMIN.id(), resource, ANY, Permissions.ALL);
    }
  }

  /** Managers watch everything in Cockpit and Tasklist and work no task. */
  void managers() {
    String managers = CpaGroup.MANAGERS.id();
    grant(managers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(managers, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(managers, Resources.TASK, ANY, TaskPermissions.READ);
    grant(managers, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(managers, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(managers, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(managers, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(managers, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(managers, Resources.BATCH, ANY, Permissions.READ);
  }

  /** The Cockpit "Program" page (app/cockpit/scripts/cpa-program.js) for IPOB and the GAC desk too. */
  void programPage() {
    grant(CpaGroup.RCMP_IPOB.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(CpaGroup.GAC_DESK.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
  }

  /** The group's rights on the definitions of the processes it takes part in (AccessMatrix). */
  void processRights(String groupId) {
    Map<String, Set<ProcessAction>> rights = AccessMatrix.rightsOf(groupId);
    rights.forEach((process, actions) -> {
      List<Permission> onDefinition = new ArrayList<>(List.of(ProcessDefinitionPermissions.READ));
      if (actions.contains(ProcessAction.START)) {
        onDefinition.add(ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      if (actions.contains(ProcessAction.SEE_INSTANCES)) {
        // the instances and their open tasks (TaskAuthorizationProvider then gives a task only the right to work it)
        onDefinition.add(ProcessDefinitionPermissions.READ_INSTANCE);
        onDefinition.add(ProcessDefinitionPermissions.READ_TASK);
      }
      if (actions.contains(ProcessAction.READ_HISTORY)) {
        onDefinition.add(ProcessDefinitionPermissions.READ_HISTORY);
      }
      grant(groupId, Resources.PROCESS_DEFINITION, process, onDefinition.toArray(Permission[]::new));
    });
    if (rights.values().stream().anyMatch(a -> a.contains(ProcessAction.START))) {
      grant(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    }
  }

  /** Tasklist, and for the CPA's own groups the names of every user and group (partner services: AgencyDirectory). */
  void tasklist(String groupId) {
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    if (!groupId.startsWith(CpaGroup.AGENCY_PREFIX)) {
      grant(groupId, Resources.USER, ANY, Permissions.READ);
      grant(groupId, Resources.GROUP, ANY, Permissions.READ);
    }
  }

  /**
   * A partner service reads its own group and its own members, not the whole directory (AgencyDirectory): the
   * directory-wide READ an earlier build gave every group is taken back from partner services.
   */
  void limitDirectory(String groupId) {
    for (Resource resource : List.of(Resources.USER, Resources.GROUP)) {
      Authorization wide = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
          .groupIdIn(groupId).resourceType(resource).resourceId(ANY).singleResult();
      if (wide != null) {
        authorizations.deleteAuthorization(wide.getId());
      }
    }
    // READ on its own group the engine gives every new group (DefaultAuthorizationProvider.newGroup)
    identity.createUserQuery().memberOfGroup(groupId).list()
        .forEach(member -> grant(groupId, Resources.USER, member.getId(), Permissions.READ));
  }

  /**
   * The tasks opened before candidates got only the right to work them (TASK_WORK) keep what an earlier build
   * gave: UPDATE, which let a candidate set the task's variables and assignee. They get TASK_WORK instead.
   */
  void narrowOpenTaskRights() {
    for (Authorization auth : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
      if (ANY.equals(auth.getResourceId())) {
        continue;   // administrators' and managers' rows on every task
      }
      auth.removePermission(Permissions.UPDATE);
      auth.removePermission(TaskPermissions.UPDATE_VARIABLE);
      auth.addPermission(TaskPermissions.TASK_WORK);
      authorizations.saveAuthorization(auth);
    }
  }

  /** Grants the permissions to every user on the resource, adding to what is already granted. */
  void grantAll(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    if (existing == null) {
      auth.setUserId(ANY);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    save(auth, permissions, existing == null);
  }

  /** Grants the permissions to the group on the resource, adding to what is already granted. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    save(auth, permissions, existing == null);
  }

  private void save(Authorization auth, Permission[] permissions, boolean isNew) {
    boolean changed = isNew;
    for (Permission p : permissions) {
      if (!auth.isPermissionGranted(p)) {
        auth.addPermission(p);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(auth);
    }
  }
}
