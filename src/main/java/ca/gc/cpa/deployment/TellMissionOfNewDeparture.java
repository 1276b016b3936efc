package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.DeploymentVariables.DEPARTURE_POSTPONED_FROM;
import static ca.gc.cpa.deployment.DeploymentVariables.MISSION_BUSINESS_KEY;
import static ca.gc.cpa.deployment.DeploymentVariables.PLANNED_DEPLOYMENT_DATE;
import static ca.gc.cpa.deployment.DeploymentVariables.date;
import static ca.gc.cpa.deployment.DeploymentVariables.string;

import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.MissionProcess.DeparturePostponed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Tells the mission that the officer's departure is postponed: message {@link DeparturePostponed#MESSAGE} to the
 * mission's process by its business key, with the departure it replaces, the new one and who decided (the IPOB
 * user whose decision runs this step). The message is the tour's own doing, sent whatever the rights of that user
 * on the mission; a mission that has ended is told nothing.
 */
@Component("tellMissionOfNewDeparture")
public class TellMissionOfNewDeparture implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DeparturePostponed message = new DeparturePostponed(execution.getProcessBusinessKey(),
        date(execution, DEPARTURE_POSTPONED_FROM), date(execution, PLANNED_DEPLOYMENT_DATE), Actor.currentUser());
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createMessageCorrelation(DeparturePostponed.MESSAGE)
        .processInstanceBusinessKey(string(execution, MISSION_BUSINESS_KEY)).setVariables(message.toVariables())
        .correlateAllWithResult());
  }
}
