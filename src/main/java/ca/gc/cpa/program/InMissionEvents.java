package ca.gc.cpa.program;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The in-mission figures of "coming up", read from the work the engine holds open on the tours today:
 * extension requests waiting for a decision, reports chased as late, incidents being followed up. The
 * only figures of the program's picture not read from the business tables: when in-mission events get
 * records of their own, re-point this class and nothing else.
 */
@Component
public class InMissionEvents {

  static final String DEPLOYMENT = "officer-deployment";
  static final List<String> EXTENSION_TASKS = List.of("Task_ReviewExtension", "Task_ConfirmExtensionRelease");
  static final List<String> LATE_REPORT_TASKS = List.of("Task_RemindMissingReport", "Task_RecordRemindedReport");
  static final List<String> INCIDENT_TASKS = List.of("Task_FollowUpIncident");

  /** tour business keys, each list in order */
  public record Open(List<String> extensionsToDecide, List<String> lateReports, List<String> openIncidents) {}

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public InMissionEvents(TaskService tasks, RuntimeService runtime, IdentityService identity) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  /**
   * The open events of every tour. Read as the system: the caller's view is cut to their own tours by
   * {@link ProgramView}, not by their rights on tasks.
   */
  public Open open() {
    return asSystem(() -> {
      List<Task> open = tasks.createTaskQuery().processDefinitionKey(DEPLOYMENT)
          .taskDefinitionKeyIn(concat(EXTENSION_TASKS, LATE_REPORT_TASKS, INCIDENT_TASKS)).list();
      if (open.isEmpty()) {
        return new Open(List.of(), List.of(), List.of());
      }
      Map<String, String> keys = runtime.createProcessInstanceQuery()
          .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list().stream()
          .collect(Collectors.toMap(ProcessInstance::getId, p -> String.valueOf(p.getBusinessKey())));
      return new Open(keysOf(open, EXTENSION_TASKS, keys), keysOf(open, LATE_REPORT_TASKS, keys),
          keysOf(open, INCIDENT_TASKS, keys));
    });
  }

  private static List<String> keysOf(List<Task> open, Collection<String> definitionKeys, Map<String, String> keys) {
    return open.stream().filter(t -> definitionKeys.contains(t.getTaskDefinitionKey()))
        .map(t -> keys.get(t.getProcessInstanceId())).filter(k -> k != null).distinct().sorted().toList();
  }

  @SafeVarargs
  private static String[] concat(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toArray(String[]::new);
  }

  private <T> T asSystem(Supplier<T> read) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
