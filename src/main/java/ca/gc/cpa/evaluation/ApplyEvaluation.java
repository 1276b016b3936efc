package ca.gc.cpa.evaluation;

import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.planning.MissionVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies IPOB's decision: a new ceiling, or closing (no new rotation; the mission ends at once when
 * nobody is abroad, else when the last officer is home).
 */
@Component("applyEvaluation")
public class ApplyEvaluation implements JavaDelegate {

  private final MissionRepository missions;
  private final TourRepository tours;

  public ApplyEvaluation(MissionRepository missions, TourRepository tours) {
    this.missions = missions;
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String missionKey = execution.getProcessBusinessKey();
    String decision = MissionVariables.string(execution, EvaluationVariables.DECISION);
    if (EvaluationVariables.CHANGE_CEILING.equals(decision)) {
      int ceiling = MissionVariables.integer(execution, EvaluationVariables.NEW_CEILING);
      missions.updateCeiling(missionKey, ceiling);
      execution.setVariable(MissionVariables.CEILING, ceiling);
    } else if (EvaluationVariables.CLOSE.equals(decision)) {
      missions.updateStatus(missionKey, MissionStatus.CLOSING, null);
      execution.setVariable(MissionVariables.MISSION_STATUS, MissionStatus.CLOSING.name());
    }
    int abroad = tours.countOnMission(missionKey);
    execution.setVariable(EvaluationVariables.OFFICERS_ABROAD, abroad);
    execution.setVariable(EvaluationVariables.MISSION_ENDS, EvaluationVariables.CLOSE.equals(decision) && abroad == 0);
  }
}
