package ca.gc.cpa.planning;

import static ca.gc.cpa.planning.MissionVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the mission plan's numbered positions and tour, and sets the values rotations need. */
@Component("savePlan")
public class SavePlan implements JavaDelegate {

  private final MissionPlanRepository plans;
  private final PlanningProperties properties;

  public SavePlan(MissionPlanRepository plans, PlanningProperties properties) {
    this.plans = plans;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String missionKey = execution.getProcessBusinessKey();
    List<PositionProfile> profiles = profiles(execution::getVariable);
    int tourMonths = integer(execution, TOUR_MONTHS, properties.defaultTourMonths());
    int leadWeeks = integer(execution, ROTATION_LEAD_WEEKS, properties.defaultRotationLeadWeeks());
    int minYears = integer(execution, MIN_YEARS_OF_SERVICE, properties.defaultMinYearsOfService());
    LocalDate first = date(execution, FIRST_DEPLOYMENT_DATE);
    boolean highStress = bool(execution, HIGH_STRESS);
    List<Position> positions = plans.savePositions(missionKey, profiles);
    plans.recordPlan(missionKey, tourMonths, first, leadWeeks, highStress, minYears);
    execution.setVariable(POSITION_COUNT, positions.size());
    execution.setVariable(TOUR_MONTHS, tourMonths);
    execution.setVariable(ROTATION_LEAD_WEEKS, leadWeeks);
    execution.setVariable(MIN_YEARS_OF_SERVICE, minYears);
    execution.setVariable(HIGH_STRESS, highStress);
    execution.setVariable(UN_MISSION, "UN".equals(string(execution, REQUESTING_BODY)));
    execution.setVariable(ROTATION, 0);
    execution.setVariable(MISSION_STATUS, "OPEN");
  }
}
