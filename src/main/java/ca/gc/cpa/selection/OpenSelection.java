package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.planning.MissionPlanRepository;
import ca.gc.cpa.planning.Position;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the selection (its row: the mission, position and rotation, the call round, the candidate) and puts the
 * position's profile (role, rank, language, armed) before the people.
 */
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
    String missionKey = MISSION_BUSINESS_KEY.from(execution);
    int number = POSITION_NUMBER.from(execution);
    Position position = plans.position(missionKey, number)
        .orElseThrow(() -> new IllegalStateException("No position " + number + " in mission " + missionKey));
    nominations.openSelection(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), missionKey, number,
        ROTATION.from(execution));
    POSITION_ROLE.set(execution, position.role().name());
    MINIMUM_RANK.set(execution, position.minimumRank().name());
    POSITION_LANGUAGE.set(execution, position.language());
    POSITION_ARMED.set(execution, position.armed());
  }
}
