package ca.gc.cpa.selection;

import static ca.gc.cpa.process.LegacyReaders.integer;
import static ca.gc.cpa.process.LegacyReaders.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import ca.gc.cpa.planning.MissionPlanRepository;
import ca.gc.cpa.planning.Position;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the selection and puts the position's profile (role, rank, language, armed) before the people. */
@Component("openSelection")
public class OpenSelection implements JavaDelegate {

  private final MissionPlanRepository plans;
  private final NominationRepository nominations;

  public OpenSelection(MissionPlanRepository plans, NominationRepository nominations) {
    this.plans = plans;
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String missionKey = string(execution, MISSION_BUSINESS_KEY);
    int number = integer(execution, POSITION_NUMBER);
    Position position = plans.position(missionKey, number)
        .orElseThrow(() -> new IllegalStateException("No position " + number + " in mission " + missionKey));
    long selectionId = nominations.openSelection(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        missionKey, number, integer(execution, ROTATION));
    execution.setVariable(SELECTION_ID, selectionId);
    execution.setVariable(POSITION_ROLE, position.role().name());
    execution.setVariable(MINIMUM_RANK, position.minimumRank().name());
    execution.setVariable(POSITION_LANGUAGE, position.language());
    execution.setVariable(POSITION_ARMED, position.armed());
    execution.setVariable(CALL_ROUND, 1);
  }
}
