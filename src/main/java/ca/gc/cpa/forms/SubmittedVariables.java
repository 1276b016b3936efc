package ca.gc.cpa.forms;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The names of the variables written in the current engine command, by process instance: what a completion
 * or a start brought. The engine reports every variable it creates or updates as a history event; the
 * {@link Recorder} (a custom history event handler, beside the engine's own) notes the name in this session,
 * which lives as long as the command. {@link FormCompletionCheck} reads it when the task completes or the
 * instance starts: by then the command has written exactly what its caller submitted.
 */
public final class SubmittedVariables implements Session {

  private final Map<String, Set<String>> byInstance = new HashMap<>();

  /** the session of the running command */
  static SubmittedVariables current() {
    CommandContext context = Context.getCommandContext();
    return context.getSession(SubmittedVariables.class);
  }

  /** the names written so far in this command into the process instance (its scopes and tasks) */
  Set<String> of(String processInstanceId) {
    return byInstance.getOrDefault(processInstanceId, Set.of());
  }

  private void written(String processInstanceId, String name) {
    byInstance.computeIfAbsent(processInstanceId, k -> new LinkedHashSet<>()).add(name);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** opens one session per command */
  static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return SubmittedVariables.class;
    }

    @Override
    public Session openSession() {
      return new SubmittedVariables();
    }
  }

  /** notes each variable created or updated, in the command that wrote it */
  static final class Recorder implements HistoryEventHandler {
    private static final String CREATE = HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName();
    private static final String UPDATE = HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName();

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity v && v.getProcessInstanceId() != null
          && (CREATE.equals(v.getEventType()) || UPDATE.equals(v.getEventType()))
          && Context.getCommandContext() != null) {
        current().written(v.getProcessInstanceId(), v.getVariableName());
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
