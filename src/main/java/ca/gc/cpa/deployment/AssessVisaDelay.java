package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.TourCalendar.today;
import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

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
    LocalDate departure = TRAVEL_DEPARTURE_DATE.in(execution).orElseGet(() -> PLANNED_DEPLOYMENT_DATE.orNull(execution));
    var assessment = rule.assess(requestedOn, today, departure);
    DEPARTURE_AT_RISK.set(execution, assessment.departureAtRisk());
    DAYS_TO_DEPARTURE.set(execution, (int) assessment.daysToDeparture());
  }
}
