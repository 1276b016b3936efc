package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A visa is still missing: how long since it was asked for, and is the departure now at risk. */
@Component("assessVisaDelay")
public class AssessVisaDelay implements JavaDelegate {

  private final VisaChaseRule rule;

  public AssessVisaDelay(DeploymentProperties properties) {
    this.rule = new VisaChaseRule(properties);
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = today();
    Task visaTask = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("Task_ObtainVisa").singleResult();
    LocalDate requestedOn = visaTask == null ? today
        : visaTask.getCreateTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    LocalDate departure = date(execution, TRAVEL_DEPARTURE_DATE) != null
        ? date(execution, TRAVEL_DEPARTURE_DATE) : date(execution, PLANNED_DEPLOYMENT_DATE);
    var assessment = rule.assess(requestedOn, today, departure);
    execution.setVariable(DEPARTURE_AT_RISK, assessment.departureAtRisk());
    execution.setVariable(DAYS_TO_DEPARTURE, (int) assessment.daysToDeparture());
  }
}
