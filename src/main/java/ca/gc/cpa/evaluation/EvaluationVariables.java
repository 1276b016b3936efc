package ca.gc.cpa.evaluation;

/** Variables of the mission's evaluation (process {@code mission}). */
public final class EvaluationVariables {

  public static final String DECISION = "evaluationDecision";
  public static final String NEW_CEILING = "newCeiling";
  public static final String HEADROOM = "ceilingHeadroom";
  public static final String OFFICERS_ABROAD = "officersAbroad";
  public static final String FILLED_POSITIONS = "filledPositions";
  public static final String MISSION_ENDS = "missionEnds";
  // the ministers' answer to a proposed ceiling (gac-desk records it)
  public static final String CEILING_DECISION = "ceilingDecision";
  public static final String APPROVED_CEILING = "approvedCeiling";
  public static final String CEILING_DECISION_DATE = "ceilingDecisionDate";
  public static final String CEILING_DECISION_REFERENCE = "ceilingDecisionReference";
  public static final String APPROVE = "APPROVE";

  public static final String CONTINUE = "CONTINUE";
  public static final String CHANGE_CEILING = "CHANGE_CEILING";
  public static final String CLOSE = "CLOSE";

  private EvaluationVariables() {}
}
