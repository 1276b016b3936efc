package ca.gc.cpa.planning;

import static ca.gc.cpa.planning.MissionVariables.*;

import ca.gc.cpa.domain.TourRepository;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the next rotation: its number, its deployment date, when the one after it starts, and which positions
 * it selects ({@link #openPositions}: those not held by an officer who still serves).
 */
@Component("prepareRotation")
public class PrepareRotation implements JavaDelegate {

  private final TourRepository tours;

  public PrepareRotation(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int rotation = integer(execution, ROTATION, 0) + 1;
    LocalDate first = date(execution, FIRST_DEPLOYMENT_DATE);
    int tourMonths = integer(execution, TOUR_MONTHS);
    int leadWeeks = integer(execution, ROTATION_LEAD_WEEKS);
    LocalDate deployment = RotationSchedule.deploymentDate(first, tourMonths, rotation);
    execution.setVariable(ROTATION, rotation);
    execution.setVariable(PLANNED_DEPLOYMENT_DATE, deployment.toString());
    execution.setVariable(NEXT_ROTATION_AT,
        RotationSchedule.nextRotationStart(first, tourMonths, rotation, leadWeeks) + "T00:00:00");
    openPositions(execution, integer(execution, POSITION_COUNT), deployment, leadWeeks);
  }

  /** the rotation selects every position but those whose officer still serves when it deploys ({@link HeldPositions}) */
  void openPositions(DelegateExecution execution, int positionCount, LocalDate deployment, int leadWeeks) {
    List<Integer> held = HeldPositions.at(deployment, leadWeeks, tours.servingTours(execution.getProcessBusinessKey()));
    List<Integer> open = RotationPositions.toSelect(positionCount, held);
    execution.setVariable(RotationPlan.ROTATION_POSITIONS, RotationPositions.write(open));
    execution.setVariable(RotationPlan.ROTATION_POSITION_COUNT, open.size());
    execution.setVariable(RotationPlan.HELD_POSITIONS, RotationPositions.write(held));
  }
}
