package ca.gc.cpa.planning;

import ca.gc.cpa.domain.EngineClock;

import static ca.gc.cpa.planning.MissionVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A freed position's replacement deploys with its rotation, or as soon as possible when that date has passed. */
@Component("prepareReselection")
public class PrepareReselection implements JavaDelegate {

  public static final String RESELECT_DEPLOYMENT_DATE = "reselectDeploymentDate";

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = EngineClock.today();
    LocalDate planned = RotationSchedule.deploymentDate(date(execution, FIRST_DEPLOYMENT_DATE),
        integer(execution, TOUR_MONTHS), integer(execution, FREED_ROTATION));
    execution.setVariableLocal(RESELECT_DEPLOYMENT_DATE, (planned.isAfter(today) ? planned : today).toString());
  }
}
