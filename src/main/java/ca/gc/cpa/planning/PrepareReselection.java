package ca.gc.cpa.planning;

import static ca.gc.cpa.process.MissionProcess.*;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionRepository;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A freed position's replacement deploys with its rotation, or as soon as possible when that date has passed.
 * A position held over the current rotation by an extended officer is selected in the current rotation once
 * free, and is no longer held.
 */
@Component("prepareReselection")
public class PrepareReselection implements JavaDelegate {

  private final MissionRepository missions;
  private final MissionPlanRepository plans;

  public PrepareReselection(MissionRepository missions, MissionPlanRepository plans) {
    this.missions = missions;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String missionKey = execution.getProcessBusinessKey();
    int position = FREED_POSITION_NUMBER.from(execution);
    List<Integer> held = new ArrayList<>(RotationPositions.read(missions.heldPositions(missionKey)));
    int rotation = FREED_ROTATION.from(execution);
    if (held.remove(Integer.valueOf(position))) {
      rotation = ROTATION.from(execution);
      missions.recordHeldPositions(missionKey, RotationPositions.write(held));
    }
    RESELECT_ROTATION.setLocal(execution, rotation);
    var calendar = plans.calendar(missionKey);
    RESELECT_DEPLOYMENT_DATE.setLocal(execution, RotationSchedule.deploymentFrom(calendar.firstDeployment(),
        calendar.tourMonths(), rotation, EngineClock.today()));
  }
}
