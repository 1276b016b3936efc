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

  public PrepareReselection(MissionRepository missions) {
    this.missions = missions;
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
    RESELECT_DEPLOYMENT_DATE.setLocal(execution, RotationSchedule.deploymentFrom(FIRST_DEPLOYMENT_DATE.from(execution),
        TOUR_MONTHS.from(execution), rotation, EngineClock.today()));
  }
}
