package ca.gc.cpa.planning;

import ca.gc.cpa.domain.EngineClock;

import static ca.gc.cpa.planning.MissionVariables.*;

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

  public static final String RESELECT_DEPLOYMENT_DATE = "reselectDeploymentDate";
  public static final String RESELECT_ROTATION = "reselectRotation";

  @Override
  public void execute(DelegateExecution execution) {
    int position = integer(execution, FREED_POSITION_NUMBER);
    List<Integer> held = new ArrayList<>(RotationPositions.read((String) execution.getVariable(RotationPlan.HELD_POSITIONS)));
    int rotation = integer(execution, FREED_ROTATION);
    if (held.remove(Integer.valueOf(position))) {
      rotation = integer(execution, ROTATION);
      execution.setVariable(RotationPlan.HELD_POSITIONS, RotationPositions.write(held));
    }
    execution.setVariableLocal(RESELECT_ROTATION, rotation);
    execution.setVariableLocal(RESELECT_DEPLOYMENT_DATE, RotationSchedule.deploymentFrom(date(execution, FIRST_DEPLOYMENT_DATE),
        integer(execution, TOUR_MONTHS), rotation, EngineClock.today()).toString());
  }
}
