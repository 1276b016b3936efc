package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.DEPARTURE_WAS;
import static ca.gc.cpa.process.OfficerDeploymentProcess.NEW_DEPARTURE_DATE;
import static ca.gc.cpa.process.OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE;

import ca.gc.cpa.domain.TourRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The departure is postponed to its new date: the tour's planned departure changes, the one it replaces is kept
 * on the tour's record for the mission, which the tour tells next ({@link TellMissionOfNewDeparture}), and travel
 * is rebooked for it.
 */
@Component("postponeDeparture")
public class PostponeDeparture implements JavaDelegate {

  private final TourRepository tours;

  public PostponeDeparture(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate newDate = NEW_DEPARTURE_DATE.from(execution);
    // the date it replaces, for the mission told next in this transaction: transient, never stored
    execution.setVariable(DEPARTURE_WAS.name(),
        Variables.stringValue(DEPARTURE_WAS.stored(PLANNED_DEPLOYMENT_DATE.from(execution)).toString(), true));
    tours.postponeDeparture(execution.getProcessBusinessKey(), newDate);
    PLANNED_DEPLOYMENT_DATE.set(execution, newDate);
  }
}
