package ca.gc.cpa.planning;

import static ca.gc.cpa.process.MissionProcess.*;

import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.TourRepository;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the next rotation: its number, its deployment date, when the one after it starts, and which positions
 * it selects ({@link #openPositions}: those not held by an officer who still serves, kept in the mission's record).
 */
@Component("prepareRotation")
public class PrepareRotation implements JavaDelegate {

  private final TourRepository tours;
  private final MissionRepository missions;
  private final MissionPlanRepository plans;

  public PrepareRotation(TourRepository tours, MissionRepository missions, MissionPlanRepository plans) {
    this.tours = tours;
    this.missions = missions;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int rotation = ROTATION.orElse(execution, 0) + 1;
    var calendar = plans.calendar(execution.getProcessBusinessKey());
    LocalDate first = calendar.firstDeployment();
    int tourMonths = calendar.tourMonths();
    int leadWeeks = calendar.leadWeeks();
    LocalDate deployment = RotationSchedule.deploymentDate(first, tourMonths, rotation);
    ROTATION.set(execution, rotation);
    PLANNED_DEPLOYMENT_DATE.set(execution, deployment);
    NEXT_ROTATION_AT.set(execution, RotationSchedule.nextRotationStart(first, tourMonths, rotation, leadWeeks) + "T00:00:00");
    openPositions(execution, POSITION_COUNT.from(execution), deployment, leadWeeks);
  }

  /** the rotation selects every position but those whose officer still serves when it deploys ({@link HeldPositions}) */
  void openPositions(DelegateExecution execution, int positionCount, LocalDate deployment, int leadWeeks) {
    String missionKey = execution.getProcessBusinessKey();
    List<Integer> held = HeldPositions.at(deployment, leadWeeks, tours.servingTours(missionKey));
    List<Integer> open = RotationPositions.toSelect(positionCount, held);
    ROTATION_POSITIONS.set(execution, RotationPositions.write(open));
    ROTATION_POSITION_COUNT.set(execution, open.size());
    missions.recordHeldPositions(missionKey, RotationPositions.write(held));
  }
}
