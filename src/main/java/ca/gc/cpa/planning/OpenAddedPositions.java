package ca.gc.cpa.planning;

import static ca.gc.cpa.planning.MissionVariables.*;

import ca.gc.cpa.domain.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the positions a raised ceiling added ({@link PositionsRule#added}, kept by the evaluation in
 * {@value RotationPlan#ADDED_POSITIONS}) in the rotation under way: how many selections start, and when their officers
 * deploy ({@link RotationSchedule#deploymentFrom}: with the rotation, or as soon as possible once its date has passed).
 */
@Component("openAddedPositions")
public class OpenAddedPositions implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    int added = RotationPositions.read(string(execution, RotationPlan.ADDED_POSITIONS)).size();
    execution.setVariable(RotationPlan.ADDED_POSITION_COUNT, added);
    execution.setVariable(RotationPlan.ADDED_DEPLOYMENT_DATE, RotationSchedule.deploymentFrom(
        date(execution, FIRST_DEPLOYMENT_DATE), integer(execution, TOUR_MONTHS), integer(execution, ROTATION),
        EngineClock.today()).toString());
  }
}
