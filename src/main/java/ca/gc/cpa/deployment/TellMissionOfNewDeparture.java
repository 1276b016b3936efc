package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.DEPARTURE_WAS;
import static ca.gc.cpa.process.OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE;

import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.MissionProcess.DeparturePostponed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Tells the mission that the officer's departure is postponed: message {@link DeparturePostponed#MESSAGE} to the
 * mission's process by its business key (the tour's record), with the departure it replaces (Postpone the departure
 * hands it on, transient, in the same transaction), the new
 * one and who decided (the IPOB user whose decision runs this step). The message is the tour's own doing, sent whatever the rights of that user
 * on the mission; a mission that has ended is told nothing.
 */
@Component("tellMissionOfNewDeparture")
public class TellMissionOfNewDeparture implements JavaDelegate {

  private final TourRepository tours;

  public TellMissionOfNewDeparture(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    Tour tour = tours.findByBusinessKey(key)
        .orElseThrow(() -> new IllegalStateException("Tour " + key + " is not on record"));
    DeparturePostponed message = new DeparturePostponed(key, DEPARTURE_WAS.from(execution),
        PLANNED_DEPLOYMENT_DATE.from(execution), Actor.currentUser());
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createMessageCorrelation(DeparturePostponed.MESSAGE)
        .processInstanceBusinessKey(tour.missionBusinessKey()).setVariables(message.toVariables())
        .correlateAllWithResult());
  }
}
