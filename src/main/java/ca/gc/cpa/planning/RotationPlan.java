package ca.gc.cpa.planning;

import static ca.gc.cpa.planning.MissionVariables.FREED_POSITION_NUMBER;
import static ca.gc.cpa.planning.MissionVariables.FREED_REASON;
import static ca.gc.cpa.planning.MissionVariables.POSITION_COUNT;
import static ca.gc.cpa.planning.MissionVariables.integer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The mission model's questions about a rotation's positions ({@code ${rotationPlan…}}), answered by
 * {@link RotationPositions} from the variables the rotation keeps ({@value #ROTATION_POSITIONS},
 * {@value #HELD_POSITIONS}, {@value #ADDED_POSITIONS}).
 */
@Component("rotationPlan")
public class RotationPlan {

  /** the positions the current rotation selects, e.g. "1,2,4" */
  public static final String ROTATION_POSITIONS = "rotationPositions";
  /** how many: the multi-instance selection's cardinality */
  public static final String ROTATION_POSITION_COUNT = "rotationPositionCount";
  /** the positions of the current rotation still held by an extended officer, e.g. "3" */
  public static final String HELD_POSITIONS = "heldPositions";
  /** the positions a ceiling ministers raised adds, selected in the rotation under way, e.g. "4,5" (none: "") */
  public static final String ADDED_POSITIONS = "addedPositions";
  /** how many: the added positions' multi-instance selection's cardinality */
  public static final String ADDED_POSITION_COUNT = "addedPositionCount";
  /** when the added positions' officers deploy: with the rotation, or as soon as possible once its date has passed */
  public static final String ADDED_DEPLOYMENT_DATE = "addedDeploymentDate";

  /** the position number of the rotation's n-th selection (loopCounter from 0) */
  public int position(String rotationPositions, int loopCounter) {
    return RotationPositions.read(rotationPositions).get(loopCounter);
  }

  /**
   * is the freed position selected now (a drop-out, an early return to replace, a held position now free, and still
   * a position of the mission after ministers lowered its ceiling)?
   */
  public boolean refill(DelegateExecution execution) {
    Object position = execution.getVariable(FREED_POSITION_NUMBER);
    return RotationPositions.refill(String.valueOf(execution.getVariable(FREED_REASON)),
        position instanceof Number n ? n.intValue() : -1,
        RotationPositions.read((String) execution.getVariable(HELD_POSITIONS)), integer(execution, POSITION_COUNT));
  }
}
