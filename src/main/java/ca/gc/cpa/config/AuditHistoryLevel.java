package ca.gc.cpa.config;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's history as this application keeps it: everything of level {@code full} (instances, activities,
 * tasks with their assignees, variables with their last value, the values each user submitted through a task's
 * form, identity links, the user operation log of who claimed, completed or changed what, jobs, incidents)
 * except the {@code ACT_HI_DETAIL} row the engine writes for every variable write.
 *
 * <p>That trail of every value any step ever set was the largest history table (17 rows per completed user
 * task in the replay) and no web application of the Community Edition shows it; what people decided stays in
 * the submitted form values and in the stages' own tables (requests, reviews, missions, nominations, tours).
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
        && HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }
}
