package ca.gc.cpa.planning;

import static ca.gc.cpa.process.MissionProcess.FREED_POSITION_NUMBER;
import static ca.gc.cpa.process.MissionProcess.FREED_REASON;
import static ca.gc.cpa.process.MissionProcess.POSITION_COUNT;

import ca.gc.cpa.domain.MissionRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The mission model's questions about a rotation's positions ({@code ${rotationPlan…}}), answered by
 * {@link RotationPositions} from the variables the rotation keeps (process.MissionProcess: rotationPositions,
 * addedPositions) and the positions the mission's record says are held.
 */
@Component("rotationPlan")
public class RotationPlan {

  private final MissionRepository missions;

  public RotationPlan(MissionRepository missions) {
    this.missions = missions;
  }

  /** the position number of the rotation's n-th selection (loopCounter from 0) */
  public int position(String rotationPositions, int loopCounter) {
    return RotationPositions.read(rotationPositions).get(loopCounter);
  }

  /**
   * is the freed position selected now (a drop-out, an early return to replace, a held position now free, and still
   * a position of the mission after ministers lowered its ceiling)?
   */
  public boolean refill(DelegateExecution execution) {
    return RotationPositions.refill(FREED_REASON.orElse(execution, ""), FREED_POSITION_NUMBER.orElse(execution, -1),
        RotationPositions.read(missions.heldPositions(execution.getProcessBusinessKey())), POSITION_COUNT.from(execution));
  }
}
