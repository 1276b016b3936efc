package ca.gc.cpa.program;

import ca.gc.cpa.process.MissionProcess;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The in-mission figures of "coming up", from the records of the events people bring (see inmission/):
 * extension requests not yet decided, missions whose monthly report is late (its commander has been
 * reminded and has not sent it), critical incidents whose repatriation decision is still to be taken.
 */
@Component
public class InMissionEvents {

  /** business keys, each list in order: tours, missions, tours */
  public record Open(List<String> extensionsToDecide, List<String> lateReports, List<String> openIncidents) {}

  static final String REMINDER = "Task_SendMissingReport";

  private final JdbcClient db;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public InMissionEvents(JdbcClient db, TaskService tasks, RuntimeService runtime, IdentityService identity) {
    this.db = db;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  public Open open() {
    List<String> extensions = db.sql("SELECT DISTINCT r.tour_business_key FROM tour_extension_request r "
        + "JOIN tour t ON t.business_key = r.tour_business_key "
        + "WHERE r.decided_at IS NULL AND t.status IN ('DEPLOYED') ORDER BY 1").query(String.class).list();
    List<String> lateReports = lateReports();
    List<String> incidents = db.sql("SELECT DISTINCT tour_business_key FROM tour_incident "
        + "WHERE decision_due_at IS NOT NULL AND decided_at IS NULL ORDER BY 1").query(String.class).list();
    return new Open(extensions, lateReports, incidents);
  }

  /**
   * The missions whose commander holds a reminder of a missing report, read as the system: the caller's view
   * is cut to what they may see by {@link ProgramView}, not by their rights on tasks.
   */
  private List<String> lateReports() {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      Set<String> instances = tasks.createTaskQuery().processDefinitionKey(MissionProcess.KEY).taskDefinitionKey(REMINDER).list()
          .stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
      return instances.isEmpty() ? List.of() : runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
          .stream().map(ProcessInstance::getBusinessKey).distinct().sorted().toList();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
