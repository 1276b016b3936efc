package ca.gc.cpa.identity;

import ca.gc.cpa.i18n.BilingualForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Tasklist's filters: each group's open tasks, listed first so that a user lands on their group's work, and
 * "Assigned to me" after it. A filter is made once; its name, query and an administrator's changes stay.
 */
final class TasklistFilters {

  static final String ASSIGNED_TO_ME = "Assigned to me";
  /** Tasklist lists filters by priority, lowest first, and opens the first */
  static final int GROUP_FILTER_PRIORITY = -10;
  static final int ASSIGNED_TO_ME_PRIORITY = 10;
  /** a filter's name and description in French, as its properties (Tasklist shows them in French: i18n.FrenchResponses) */
  public static final String FRENCH_NAME = "name" + BilingualForm.FRENCH;
  public static final String FRENCH_DESCRIPTION = "description" + BilingualForm.FRENCH;

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  TasklistFilters(FilterService filters, TaskService tasks, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  /** the group's own filter of open tasks (managers': every open task), readable by the group, in English and French */
  void groupFilter(String groupId, String groupName, String frenchName) {
    String filterName = groupName + ": open tasks";
    Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
    boolean commanders = groupId.equals(CpaGroup.RCMP_CONTINGENT.id());
    String nameFr = frenchName + " : tâches ouvertes";
    String descriptionFr = commanders ? "Tâches des missions que vous commandez, les plus récentes d'abord"
        : "Tâches du groupe « " + frenchName + " », les plus récentes d'abord";
    if (filter == null) {
      filter = filters.newTaskFilter(filterName)
          .setQuery(groupId.equals(CpaGroup.MANAGERS.id()) ? newestFirst()
              : commanders ? assignedToCurrentUser()
              : newestFirst().taskCandidateGroup(groupId).includeAssignedTasks())
          .setProperties(properties(commanders ? "Tasks of the missions you command, newest first"
              : "Tasks for " + groupName + ", newest first", GROUP_FILTER_PRIORITY, nameFr, descriptionFr));
      filters.saveFilter(filter);
    } else {
      // earlier builds offered the commanders' tasks to their whole group: their filter listed the group's tasks
      boolean requeried = commanders && filter.getQuery() instanceof TaskQueryImpl query
          && query.getCandidateGroup() != null;
      if (requeried) {
        filter.setQuery(assignedToCurrentUser());
      }
      update(filter, requeried, -GROUP_FILTER_PRIORITY, GROUP_FILTER_PRIORITY, nameFr, descriptionFr);
    }
    grants.grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /** "Assigned to me", for every user: it shows only their own tasks */
  void assignedToMe() {
    Filter filter = filters.createFilterQuery().filterName(ASSIGNED_TO_ME).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(ASSIGNED_TO_ME)
          .setQuery(assignedToCurrentUser())
          .setProperties(properties("Tasks I have claimed", ASSIGNED_TO_ME_PRIORITY, "Mes tâches",
              "Les tâches que j'ai réclamées"));
      filters.saveFilter(filter);
    } else {
      update(filter, false, -ASSIGNED_TO_ME_PRIORITY, ASSIGNED_TO_ME_PRIORITY, "Mes tâches", "Les tâches que j'ai réclamées");
    }
    grants.grantAll(Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /**
   * A filter an earlier build made, brought up to date in one save without undoing what an administrator set:
   * earlier builds listed "Assigned to me" first (priority -10) and the group's filter second (10), so Tasklist opened
   * on an empty list while the group's work waited: a filter still at the priority those builds gave it moves to
   * today's, a priority an administrator chose stays; a filter without a French name gets it, with its description
   * (a French an administrator set stays). {@code changed}: the caller changed the filter already (its query).
   */
  private void update(Filter filter, boolean changed, int earlierDefault, int priority, String nameFr,
      String descriptionFr) {
    Map<String, Object> properties = new HashMap<>(filter.getProperties());
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

  /**
   * The tasks assigned to the signed-in user: "Assigned to me", and the contingent commanders' group filter (a
   * commander's tasks are assigned to him as the commander of their mission, never offered to his group:
   * inmission.StandInForCommander).
   */
  private TaskQuery assignedToCurrentUser() {
    return newestFirst().taskAssigneeExpression("${currentUser()}");
  }

  private TaskQuery newestFirst() {
    return tasks.createTaskQuery().orderByTaskCreateTime().desc();
  }

  private static Map<String, Object> properties(String description, int priority, String nameFr, String descriptionFr) {
    return Map.of("description", description, "priority", priority, "refresh", true,
        "variables", List.of(), "showUndefinedVariable", false, FRENCH_NAME, nameFr, FRENCH_DESCRIPTION, descriptionFr);
  }
}
