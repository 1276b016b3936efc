package ca.gc.cpa.process;

/**
 * What every event about one officer serving abroad carries (processes {@code incident}, {@code leave-request},
 * {@code early-return}, {@code performance-appraisal}, {@code extension-request}; {@code mission-report} shares who
 * sent it and the mission): the tour the start form's select names, who sent the event, and who and where the event
 * is about, set by the event's first step from the tour's record. The contracts of those processes declare these
 * as theirs ({@code IncidentProcess.TOUR_BUSINESS_KEY} …).
 */
public final class TourEvent {

  // the start form's select: the officer's tour (its business key, DEP-yyyy-nnnn)
  public static final Variable<String> TOUR_BUSINESS_KEY = Variable.text("tourBusinessKey");
  /** who sent the event: the start event's initiator */
  public static final Variable<String> SENT_BY = Variable.text("sentBy");
  // set by the event's first step: who and where (the instance is then known by the tour's key)
  public static final Variable<String> AGENCY_CODE = Variable.text("agencyCode");
  public static final Variable<String> OFFICER_NAME = Variable.text("officerName");
  public static final Variable<String> MISSION_BUSINESS_KEY = Variable.text("missionBusinessKey");
  public static final Variable<String> MISSION_NAME = Variable.text("missionName");
  /** the contingent commander of the officer's mission, who answers for it (leave) */
  public static final Variable<String> CONTINGENT_COMMANDER = Variable.text("contingentCommander");

  private TourEvent() {}
}
