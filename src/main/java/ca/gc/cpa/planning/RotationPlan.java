package ca.gc.cpa.planning;

import static ca.gc.cpa.process.MissionProcess.FREED_POSITION_NUMBER;
import static ca.gc.cpa.process.MissionProcess.FREED_REASON;
import static ca.gc.cpa.process.MissionProcess.HELD_POSITIONS;
import static ca.gc.cpa.process.MissionProcess.POSITION_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The mission model's questions about a rotation's positions ({@code ${rotationPlan…}}), answered by
 * {@link RotationPositions} from the variables the rotation keeps (process.MissionProcess: rotationPositions,
 * heldPositions, addedPositions).
 */
@Component("rotationPlan")
public class RotationPlan {

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
        RotationPositions.read(HELD_POSITIONS.orNull(execution)), POSITION_COUNT.from(execution));
  }
}
