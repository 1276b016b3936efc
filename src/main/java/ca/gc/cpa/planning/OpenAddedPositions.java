package ca.gc.cpa.planning;

import static ca.gc.cpa.process.MissionProcess.*;

import ca.gc.cpa.domain.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the positions a raised ceiling added ({@link PositionsRule#added}, kept by the evaluation in
 * {@code addedPositions}) in the rotation under way: how many selections start, and when their officers
 * deploy ({@link RotationSchedule#deploymentFrom}: with the rotation, or as soon as possible once its date has passed).
 */
@Component("openAddedPositions")
public class OpenAddedPositions implements JavaDelegate {

  private final MissionPlanRepository plans;

  public OpenAddedPositions(MissionPlanRepository plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int added = RotationPositions.read(ADDED_POSITIONS.orNull(execution)).size();
    ADDED_POSITION_COUNT.set(execution, added);
    var calendar = plans.calendar(execution.getProcessBusinessKey());
    ADDED_DEPLOYMENT_DATE.set(execution, RotationSchedule.deploymentFrom(calendar.firstDeployment(),
        calendar.tourMonths(), ROTATION.from(execution), EngineClock.today()));
  }
}
