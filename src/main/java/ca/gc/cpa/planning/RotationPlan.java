package ca.gc.cpa.planning;

import static ca.gc.cpa.planning.MissionVariables.FREED_POSITION_NUMBER;
import static ca.gc.cpa.planning.MissionVariables.FREED_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The mission model's questions about a rotation's positions ({@code ${rotationPlan…}}), answered by
 * {@link RotationPositions} from the variables the rotation keeps ({@value #ROTATION_POSITIONS},
 * {@value #HELD_POSITIONS}).
 */
@Component("rotationPlan")
public class RotationPlan {

  /** the positions the current rotation selects, e.g. "1,2,4" */
  public static final String ROTATION_POSITIONS = "rotationPositions";
  /** how many: the multi-instance selection's cardinality */
  public static final String ROTATION_POSITION_COUNT = "rotationPositionCount";
  /** the positions of the current rotation still held by an extended officer, e.g. "3" */
  public static final String HELD_POSITIONS = "heldPositions";

  /** the position number of the rotation's n-th selection (loopCounter from 0) */
  public int position(String rotationPositions, int loopCounter) {
    return RotationPositions.read(rotationPositions).get(loopCounter);
  }

  /** is the freed position selected now (a drop-out, an early return to replace, a held position now free)? */
  public boolean refill(DelegateExecution execution) {
    Object position = execution.getVariable(FREED_POSITION_NUMBER);
    return RotationPositions.refill(String.valueOf(execution.getVariable(FREED_REASON)),
        position instanceof Number n ? n.intValue() : -1,
        RotationPositions.read((String) execution.getVariable(HELD_POSITIONS)));
  }
}
