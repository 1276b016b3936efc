package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.DEPARTURE_POSTPONED_FROM;
import static ca.gc.cpa.process.OfficerDeploymentProcess.MISSION_BUSINESS_KEY;
import static ca.gc.cpa.process.OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE;

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
        DEPARTURE_POSTPONED_FROM.from(execution), PLANNED_DEPLOYMENT_DATE.from(execution), Actor.currentUser());
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createMessageCorrelation(DeparturePostponed.MESSAGE)
        .processInstanceBusinessKey(MISSION_BUSINESS_KEY.from(execution)).setVariables(message.toVariables())
        .correlateAllWithResult());
  }
}
