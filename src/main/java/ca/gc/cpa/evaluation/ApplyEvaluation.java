package ca.gc.cpa.evaluation;

import static ca.gc.cpa.evaluation.EvaluationVariables.*;

import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.planning.MissionPlanRepository;
import ca.gc.cpa.planning.MissionVariables;
import ca.gc.cpa.planning.PositionsRule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies the evaluation: a ceiling change only as ministers decided it (the positions of the next rotations follow,
 * {@link PositionsRule}), or closing (no new rotation; the mission ends at once when nobody is abroad, else when the
 * last officer is home).
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

  /** the ministers' answer, kept; an approved ceiling applies and the positions per rotation follow it */
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
    int positions = PositionsRule.follow(MissionVariables.integer(execution, MissionVariables.POSITION_COUNT), oldCeiling, ceiling);
    plans.extendPositions(missionKey, positions);
    missions.updateCeiling(missionKey, ceiling);
    execution.setVariable(MissionVariables.CEILING, ceiling);
    execution.setVariable(MissionVariables.POSITION_COUNT, positions);
  }
}
