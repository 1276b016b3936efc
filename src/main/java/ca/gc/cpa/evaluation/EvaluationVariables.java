package ca.gc.cpa.evaluation;

/** Variables of the mission's evaluation (process {@code mission}). */
public final class EvaluationVariables {

  public static final String DECISION = "evaluationDecision";
  public static final String NEW_CEILING = "newCeiling";
  public static final String HEADROOM = "ceilingHeadroom";
  public static final String OFFICERS_ABROAD = "officersAbroad";
  public static final String FILLED_POSITIONS = "filledPositions";
  public static final String MISSION_ENDS = "missionEnds";

  public static final String CONTINUE = "CONTINUE";
  public static final String CHANGE_CEILING = "CHANGE_CEILING";
  public static final String CLOSE = "CLOSE";

  private EvaluationVariables() {}
}
