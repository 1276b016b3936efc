package ca.gc.cpa.planning;

import static ca.gc.cpa.planning.MissionVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the next rotation: its number, its deployment date and when the one after it starts. */
@Component("prepareRotation")
public class PrepareRotation implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    int rotation = integer(execution, ROTATION, 0) + 1;
    LocalDate first = date(execution, FIRST_DEPLOYMENT_DATE);
    int tourMonths = integer(execution, TOUR_MONTHS);
    int leadWeeks = integer(execution, ROTATION_LEAD_WEEKS);
    execution.setVariable(ROTATION, rotation);
    execution.setVariable(PLANNED_DEPLOYMENT_DATE, RotationSchedule.deploymentDate(first, tourMonths, rotation).toString());
    execution.setVariable(NEXT_ROTATION_AT,
        RotationSchedule.nextRotationStart(first, tourMonths, rotation, leadWeeks) + "T00:00:00");
  }
}
