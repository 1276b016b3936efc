package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.TourIncidentRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The emergency repatriation decision is late: the incident record says so (the program dashboard and
 * managers see it), and the open decision task goes to the top of every list that shows it.
 */
@Component("escalateRepatriationDecision")
public class EscalateRepatriationDecision implements JavaDelegate {

  public static final int URGENT = 100;
  public static final String DECISION_TASK = "Task_DecideEmergencyRepatriation";

  private final TourIncidentRepository incidents;

  public EscalateRepatriationDecision(TourIncidentRepository incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.markDecisionEscalated(TourEvents.incident(execution, incidents), EngineClock.now());
    var tasks = execution.getProcessEngineServices().getTaskService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(DECISION_TASK)
          .list().forEach(task -> tasks.setPriority(task.getId(), URGENT));
      return null;
    });
  }
}
