package ca.gc.cpa.evaluation;

import static ca.gc.cpa.process.MissionProcess.*;

import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.planning.MissionPlanRepository;
import ca.gc.cpa.planning.PositionsRule;
import ca.gc.cpa.planning.RotationPositions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies the evaluation: a ceiling change only as ministers decided it (the positions follow, {@link PositionsRule}:
 * those a raised ceiling adds are selected now, {@code addedPositions}; a lowered one fills fewer from the
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
    String decision = DECISION.orNull(execution);
    ADDED_POSITIONS.set(execution, "");
    if (CHANGE_CEILING.equals(decision)) {
      applyCeilingDecision(execution, missionKey);
    } else if (CLOSE.equals(decision)) {
      missions.updateStatus(missionKey, MissionStatus.CLOSING, null);
      MISSION_STATUS.set(execution, MissionStatus.CLOSING.name());
    }
    MISSION_ENDS.set(execution, CLOSE.equals(decision) && tours.countOnMission(missionKey) == 0);
    execution.removeVariables(evaluationFormsOnly());
  }

  /** the ministers' answer, kept; an approved ceiling applies and the positions per rotation follow it at once */
  private void applyCeilingDecision(DelegateExecution execution, String missionKey) {
    String decision = CEILING_DECISION.orNull(execution);
    boolean approved = APPROVE.equals(decision);
    Integer ceiling = approved ? APPROVED_CEILING.orNull(execution) : null;
    missions.recordCeilingDecision(missionKey, NEW_CEILING.orNull(execution), decision, ceiling,
        CEILING_DECISION_DATE.orNull(execution), CEILING_DECISION_REFERENCE.orNull(execution));
    if (!approved) {
      return;
    }
    int oldCeiling = missions.find(missionKey).orElseThrow().ceiling();
    int before = POSITION_COUNT.from(execution);
    int positions = PositionsRule.follow(before, oldCeiling, ceiling);
    plans.extendPositions(missionKey, positions);
    missions.updateCeiling(missionKey, ceiling);
    POSITION_COUNT.set(execution, positions);
    ADDED_POSITIONS.set(execution, RotationPositions.write(PositionsRule.added(before, positions)));
  }
}
