package ca.gc.cpa.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import ca.gc.cpa.domain.Agency;
import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.i18n.BilingualForm;
import ca.gc.cpa.i18n.Language;
import ca.gc.cpa.i18n.UserLanguage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates, at every start and idempotently, the groups of the contract, one group per active partner
 * police service, their authorizations (from {@link AccessMatrix}), their Tasklist filters, the first
 * administrator and, in profile {@code demo} only, the demo users. Running it again adds what is
 * missing and takes back only rights earlier builds gave that partners must not hold (the whole directory,
 * UPDATE on open tasks): what an administrator set in Camunda Admin stays.
 */
@Component
public class IdentitySetup implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  static final String ASSIGNED_TO_ME = "Assigned to me";
  static final String ASSIGNED_TO_ME_FR = "Mes tâches";
  static final String ASSIGNED_TO_ME_DESCRIPTION_FR = "Les tâches que j'ai réclamées";
  /** a filter's properties holding its name and description in French */
  static final String FRENCH_NAME = "name" + BilingualForm.FRENCH;
  static final String FRENCH_DESCRIPTION = "description" + BilingualForm.FRENCH;

  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final AgencyRepository agencies;
  private final IdentityProperties properties;

  public IdentitySetup(ProcessEngine engine, AgencyRepository agencies, IdentityProperties properties) {
    this.identity = engine.getIdentityService();
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.authorizations = engine.getAuthorizationService();
    this.filters = engine.getFilterService();
    this.tasks = engine.getTaskService();
    this.agencies = agencies;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (CpaGroup group : CpaGroup.values()) {
      ensureGroup(group.id(), group.displayName(), group == CpaGroup.ADMIN ? Groups.GROUP_TYPE_SYSTEM : "CPA");
    }
    grantAdministrators();
    for (CpaGroup group : CpaGroup.values()) {
      if (group != CpaGroup.ADMIN) {
        grantProcessRights(group.id());
        grantTasklist(group.id(), group.displayName(), group.frenchName());
      }
    }
    grantManagers();
    grantProgramPage();
    agencies.findActive().forEach(this::setUpAgency);
    narrowOpenTaskRights();
    ensureAssignedToMeFilter();
    ensureAdministrator();
    if (properties.demoUsers()) {
      DemoUsers.ALL.forEach(u -> ensureUser(u.id(), u.firstName(), u.lastName(), DemoUsers.PASSWORD, u.groupId()));
      UserLanguage languages = new UserLanguage(identity);
      DemoUsers.WORKING_IN_FRENCH.stream().filter(id -> languages.of(id).isEmpty())
          .forEach(id -> languages.choose(id, Language.FR));
    }
  }

  /** A partner police service's group, rights and Tasklist filter (also called when a service joins). */
  public void setUpAgency(Agency agency) {
    String groupId = CpaGroup.agencyGroupId(agency.code());
    ensureGroup(groupId, agency.name(), "AGENCY");
    grantProcessRights(groupId);
    grantTasklist(groupId, agency.name(), agency.name());   // a service's own name, in its own language
    limitDirectory(groupId);
  }

  /**
   * A partner service reads its own group and its own members, not the whole directory (AgencyDirectory): the
   * directory-wide READ an earlier build gave every group is taken back from partner services.
   */
  private void limitDirectory(String groupId) {
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
   * A user with no password of its own, in one group: an administrator sets the password in Camunda Admin.
   * Until then the account holds a random secret that is never kept or shown, so every login fails
   * (Camunda's password check breaks with an error, not a refusal, on an account with no password at all).
   */
  public void ensureUserWithoutPassword(String userId, String firstName, String lastName, String email, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      String secret;
      do {   // random, hence almost never a name: drawn again in the rare case the password policy sees one
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      } while (engineConfiguration.isEnablePasswordPolicy() && !identity.checkPasswordAgainstPolicy(secret, user).isValid());
      user.setPassword(secret);
      identity.saveUser(user);
    }
    ensureMembership(userId, groupId);
  }

  private void ensureAdministrator() {
    boolean adminExists = identity.createUserQuery().memberOfGroup(CpaGroup.ADMIN.id()).count() > 0;
    if (properties.hasAdmin()) {
      checkAdminPassword();
      ensureUser(properties.adminUser(), "CPA", "Administrator", properties.adminPassword(), CpaGroup.ADMIN.id());
    } else if (!adminExists && !properties.demoUsers()) {
      throw new IllegalStateException("No administrator: set ADMIN_USER and ADMIN_PASSWORD to create the first one "
          + "(or run the demo profile, `./mvnw spring-boot:run`, which has demo users). The application does not "
          + "start without an administrator.");
    }
  }

  /** a weak ADMIN_PASSWORD stops the start, with the rule it breaks (when the password policy is on) */
  private void checkAdminPassword() {
    if (!engineConfiguration.isEnablePasswordPolicy()) {
      return;
    }
    User admin = identity.newUser(properties.adminUser());
    var result = identity.checkPasswordAgainstPolicy(properties.adminPassword(), admin);
    if (!result.isValid()) {
      throw new IllegalStateException("ADMIN_PASSWORD is too weak: it needs at least " + PasswordRules.MIN_LENGTH
          + " characters and must not contain the user's id or names. The application does not start with it.");
    }
  }

  private void ensureUser(String userId, String firstName, String lastName, String password, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(password);
      identity.saveUser(user);
      LOG.info("Created user {} in group {}", userId, groupId);
    }
    ensureMembership(userId, groupId);
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void grantAdministrators() {
    for (Resource resource : Resources.values()) {
      grant(CpaGroup.ADMIN.id(), resource, ANY, Permissions.ALL);
    }
  }

  /**
   * The tasks opened before candidates got only the right to work them (TASK_WORK) keep what an earlier build
   * gave: UPDATE, which let a candidate set the task's variables and assignee. They get TASK_WORK instead.
   */
  private void narrowOpenTaskRights() {
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

  /** Managers watch everything in Cockpit and Tasklist and work no task. */
  private void grantManagers() {
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
  private void grantProgramPage() {
    grant(CpaGroup.RCMP_IPOB.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(CpaGroup.GAC_DESK.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
  }

  /** The group's rights on the definitions of the processes it takes part in (AccessMatrix). */
  private void grantProcessRights(String groupId) {
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

  /** Tasklist access, user and group names, and the group's own filter of open tasks (in English and French). */
  private void grantTasklist(String groupId, String groupName, String frenchName) {
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    if (!groupId.startsWith(CpaGroup.AGENCY_PREFIX)) {
      grant(groupId, Resources.USER, ANY, Permissions.READ);
      grant(groupId, Resources.GROUP, ANY, Permissions.READ);
    }
    String filterName = groupName + ": open tasks";
    String nameFr = frenchName + " : tâches ouvertes";
    String descriptionFr = "Tâches du groupe « " + frenchName + " », les plus récentes d'abord";
    Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(filterName)
          .setQuery(groupId.equals(CpaGroup.MANAGERS.id())
              ? newestFirst()
              : newestFirst().taskCandidateGroup(groupId).includeAssignedTasks())
          .setProperties(filterProperties("Tasks for " + groupName + ", newest first", GROUP_FILTER_PRIORITY,
              nameFr, descriptionFr));
      filters.saveFilter(filter);
    } else {
      update(filter, -GROUP_FILTER_PRIORITY, GROUP_FILTER_PRIORITY, nameFr, descriptionFr);
    }
    grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /** Tasklist lists filters by priority, lowest first, and opens the first: a user lands on their group's work */
  static final int GROUP_FILTER_PRIORITY = -10;
  static final int ASSIGNED_TO_ME_PRIORITY = 10;

  private void ensureAssignedToMeFilter() {
    Filter filter = filters.createFilterQuery().filterName(ASSIGNED_TO_ME).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(ASSIGNED_TO_ME)
          .setQuery(newestFirst().taskAssigneeExpression("${currentUser()}"))
          .setProperties(filterProperties("Tasks I have claimed", ASSIGNED_TO_ME_PRIORITY, ASSIGNED_TO_ME_FR,
              ASSIGNED_TO_ME_DESCRIPTION_FR));
      filters.saveFilter(filter);
    } else {
      update(filter, -ASSIGNED_TO_ME_PRIORITY, ASSIGNED_TO_ME_PRIORITY, ASSIGNED_TO_ME_FR, ASSIGNED_TO_ME_DESCRIPTION_FR);
    }
    // every user may use it: it shows only their own tasks
    grantAll(Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /**
   * A filter an earlier build made, brought up to date in one save without undoing what an administrator set:
   * <ul>
   *   <li>Earlier builds listed "Assigned to me" first (priority -10) and the group's filter second (10), so Tasklist
   *   opened on an empty list while the group's work waited. A filter still at the priority those builds gave it
   *   moves to today's; a priority an administrator chose stays.</li>
   *   <li>A filter without a French name gets it, with its description (a French an administrator set stays).</li>
   * </ul>
   */
  private void update(Filter filter, int earlierDefault, int priority, String nameFr, String descriptionFr) {
    Map<String, Object> properties = new HashMap<>(filter.getProperties());
    boolean changed = false;
    if (Integer.valueOf(earlierDefault).equals(properties.get("priority"))) {
      properties.put("priority", priority);
      changed = true;
    }
    if (!properties.containsKey(FRENCH_NAME)) {
      properties.put(FRENCH_NAME, nameFr);
      properties.put(FRENCH_DESCRIPTION, descriptionFr);
      changed = true;
    }
    if (changed) {
      filters.saveFilter(filter.setProperties(properties));
    }
  }

  private TaskQuery newestFirst() {
    return tasks.createTaskQuery().orderByTaskCreateTime().desc();
  }

  /**
   * A new filter's properties, with its name and description in French beside its English ({@code name_fr},
   * {@code description_fr}: Tasklist shows them to a person working in French, i18n.FrenchResponses).
   */
  private static Map<String, Object> filterProperties(String description, int priority, String nameFr,
      String descriptionFr) {
    return Map.of("description", description, "priority", priority, "refresh", true,
        "variables", List.of(), "showUndefinedVariable", false, FRENCH_NAME, nameFr, FRENCH_DESCRIPTION, descriptionFr);
  }

  private void grantAll(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
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
