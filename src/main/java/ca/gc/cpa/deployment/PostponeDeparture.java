package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.DeploymentVariables.DEPARTURE_POSTPONED_FROM;
import static ca.gc.cpa.deployment.DeploymentVariables.NEW_DEPARTURE_DATE;
import static ca.gc.cpa.deployment.DeploymentVariables.PLANNED_DEPLOYMENT_DATE;
import static ca.gc.cpa.deployment.DeploymentVariables.TOUR_MONTHS;
import static ca.gc.cpa.deployment.DeploymentVariables.date;
import static ca.gc.cpa.deployment.DeploymentVariables.integer;
import static ca.gc.cpa.deployment.DeploymentVariables.string;

import ca.gc.cpa.domain.TourRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The departure is postponed to its new date: the tour's planned departure changes, the one it replaces is kept
 * for the mission, which the tour tells next ({@link TellMissionOfNewDeparture}), and travel is rebooked for it.
 */
@Component("postponeDeparture")
public class PostponeDeparture implements JavaDelegate {

  private final TourRepository tours;

  public PostponeDeparture(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate newDate = date(execution, NEW_DEPARTURE_DATE);
    execution.setVariable(DEPARTURE_POSTPONED_FROM, string(execution, PLANNED_DEPLOYMENT_DATE));
    execution.setVariable(PLANNED_DEPLOYMENT_DATE, newDate.toString());
    tours.recordPlan(execution.getProcessBusinessKey(), newDate, integer(execution, TOUR_MONTHS));
  }
}
