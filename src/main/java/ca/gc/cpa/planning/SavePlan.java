package ca.gc.cpa.planning;

import static ca.gc.cpa.process.MissionProcess.*;

import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.process.Variable;
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
    List<PositionProfile> profiles = PositionProfiles.profiles(execution::getVariable);
    int tourMonths = TOUR_MONTHS.orElse(execution, properties.defaultTourMonths());
    int leadWeeks = ROTATION_LEAD_WEEKS.orElse(execution, properties.defaultRotationLeadWeeks());
    int minYears = MIN_YEARS_OF_SERVICE.orElse(execution, properties.defaultMinYearsOfService());
    LocalDate first = FIRST_DEPLOYMENT_DATE.orNull(execution);
    boolean highStress = Variable.isTrue(execution, HIGH_STRESS);
    List<Position> positions = plans.savePositions(missionKey, profiles);
    plans.recordPlan(missionKey, tourMonths, first, leadWeeks, highStress, minYears);
    POSITION_COUNT.set(execution, positions.size());
    TOUR_MONTHS.set(execution, tourMonths);   // the budget's estimate next; the rotations read the record
    UN_MISSION.set(execution, unMission(REQUESTING_BODY.orNull(execution)));
    ROTATION.set(execution, 0);
    MISSION_STATUS.set(execution, MissionStatus.OPEN.name());
  }
}
