package ca.gc.cpa.process;

/**
 * What every event about one officer serving abroad carries (processes {@code incident}, {@code leave-request},
 * {@code early-return}, {@code performance-appraisal}, {@code extension-request}): the tour the start form's select
 * names, and, set by the event's first step from the tour's record, who and where the event is about for the tasks
 * that follow. The event's row (tables tour_incident, tour_leave_request, …) holds the rest, with who sent it (the
 * user who starts the instance). The contracts of those processes declare these as theirs
 * ({@code IncidentProcess.TOUR_BUSINESS_KEY} …).
 */
public final class TourEvent {

  // the start form's select: the officer's tour (its business key, DEP-yyyy-nnnn)
  public static final Variable<String> TOUR_BUSINESS_KEY = Variable.text("tourBusinessKey");
  /**
   * the officer's service, for the first step's listener that lets the service see the instance
   * (identity.AgencyAccess): a variable only where a task shows it or is offered to the service, else a transient
   * value of that step's transaction
   */
  public static final Variable<String> AGENCY_CODE = Variable.text("agencyCode");
  // who and where, for the forms of the tasks that follow
  public static final Variable<String> OFFICER_NAME = Variable.text("officerName");
  public static final Variable<String> MISSION_NAME = Variable.text("missionName");
  /** the contingent commander of the officer's mission, who answers for it (leave) */
  public static final Variable<String> CONTINGENT_COMMANDER = Variable.text("contingentCommander");
  /**
   * who sent the event: the start event's initiator in the builds before issue 19, read only for a leave request
   * such a build opened and its commander answers now
   */
  public static final Variable<String> SENT_BY = Variable.text("sentBy");

  private TourEvent() {}
}
