package ca.gc.cpa.config;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's history as this application keeps it: everything of level {@code full} (instances, activities,
 * tasks with their assignees, variables with their last value, identity links, the user operation log of who
 * claimed, completed or changed what, jobs, incidents) except one row per variable write in {@code ACT_HI_DETAIL}.
 *
 * <p>That trail of every intermediate value was the largest history table (17 rows per completed user task in
 * the replay) and no web application of the Community Edition shows it; the decisions it would repeat are kept
 * by the stages' own tables (requests, reviews, missions, nominations, tours), each with its date and reference.
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
