package ca.gc.cpa.config;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's history as this application keeps it: everything of level {@code full} (instances, activities,
 * tasks with their assignees, variables with their last value, the values each user submitted through a task's
 * form, identity links, the user operation log of who claimed, completed or changed what, incidents, the job log
 * of every failed attempt with its error) except two trails no web application of the Community Edition shows:
 * <ul>
 *   <li>the {@code ACT_HI_DETAIL} row the engine writes for every variable write: it was the largest history
 *       table (17 rows per completed user task in the replay); what people decided stays in the submitted form
 *       values and in the stages' own tables (requests, reviews, missions, nominations, tours);</li>
 *   <li>the job log of jobs that simply happened (created, done, or deleted with the task their timer watched):
 *       1.7 rows per completed user task; when they ran shows in the activity history, and a failure keeps its
 *       row with the error, beside the incident in Cockpit.</li>
 * </ul>
 */
public final class AuditHistoryLevel implements HistoryLevel {

  public static final String NAME = "cpa-audit";

  @Override
  public int getId() {
    return 10;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        && eventType != HistoryEventTypes.JOB_CREATE
        && eventType != HistoryEventTypes.JOB_SUCCESS
        && eventType != HistoryEventTypes.JOB_DELETE
        && HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }
}
