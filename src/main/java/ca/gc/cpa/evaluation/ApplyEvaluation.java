package ca.gc.cpa.evaluation;

import static ca.gc.cpa.evaluation.EvaluationVariables.*;

import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.planning.MissionPlanRepository;
import ca.gc.cpa.planning.MissionVariables;
import ca.gc.cpa.planning.PositionsRule;
import ca.gc.cpa.planning.RotationPlan;
import ca.gc.cpa.planning.RotationPositions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies the evaluation: a ceiling change only as ministers decided it (the positions follow, {@link PositionsRule}:
 * those a raised ceiling adds are selected now, {@value RotationPlan#ADDED_POSITIONS}; a lowered one fills fewer from the
 * next rotation), or closing (no new rotation; the mission ends at once when nobody is abroad, else when the last
 * officer is home).
 */
@Component("applyEvaluation")
public class ApplyEvaluation implements JavaDelegate {

  private final MissionRepository missions;
  private final TourRepository tours;
  private final MissionPlanRepository plans;

  public ApplyEvaluation(MissionRepository missions, TourRepository tours, MissionPlanRepository plans) {
    this.missions = missions;
    this.tours = tours;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String missionKey = execution.getProcessBusinessKey();
    String decision = MissionVariables.string(execution, DECISION);
    execution.setVariable(RotationPlan.ADDED_POSITIONS, "");
    if (CHANGE_CEILING.equals(decision)) {
      applyCeilingDecision(execution, missionKey);
    } else if (CLOSE.equals(decision)) {
      missions.updateStatus(missionKey, MissionStatus.CLOSING, null);
      execution.setVariable(MissionVariables.MISSION_STATUS, MissionStatus.CLOSING.name());
    }
    int abroad = tours.countOnMission(missionKey);
    execution.setVariable(OFFICERS_ABROAD, abroad);
    execution.setVariable(MISSION_ENDS, CLOSE.equals(decision) && abroad == 0);
  }

  /** the ministers' answer, kept; an approved ceiling applies and the positions per rotation follow it at once */
  private void applyCeilingDecision(DelegateExecution execution, String missionKey) {
    boolean approved = APPROVE.equals(MissionVariables.string(execution, CEILING_DECISION));
    Integer ceiling = approved ? MissionVariables.integer(execution, APPROVED_CEILING) : null;
    missions.recordCeilingDecision(missionKey, MissionVariables.integer(execution, NEW_CEILING),
        MissionVariables.string(execution, CEILING_DECISION), ceiling,
        MissionVariables.date(execution, CEILING_DECISION_DATE), MissionVariables.string(execution, CEILING_DECISION_REFERENCE));
    if (!approved) {
      return;
    }
    int oldCeiling = missions.find(missionKey).orElseThrow().ceiling();
    int before = MissionVariables.integer(execution, MissionVariables.POSITION_COUNT);
    int positions = PositionsRule.follow(before, oldCeiling, ceiling);
    plans.extendPositions(missionKey, positions);
    missions.updateCeiling(missionKey, ceiling);
    execution.setVariable(MissionVariables.CEILING, ceiling);
    execution.setVariable(MissionVariables.POSITION_COUNT, positions);
    execution.setVariable(RotationPlan.ADDED_POSITIONS, RotationPositions.write(PositionsRule.added(before, positions)));
  }
}
