package ca.gc.cpa.inmission;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the in-mission event processes ({@code mission-report}, {@code incident},
 * {@code leave-request}, {@code early-return}) and of the messages they send, named once. The start
 * forms' keys are the first group; the rest are set by the processes' own steps.
 */
public final class InMissionVariables {

  // chosen on the start forms (a select filled with what the sender may act for)
  public static final String TOUR_BUSINESS_KEY = "tourBusinessKey";
  public static final String MISSION_BUSINESS_KEY = "missionBusinessKey";

  // report from the mission
  public static final String REPORT_KIND = "reportKind";
  public static final String REPORT_PERIOD = "reportPeriod";
  public static final String REPORT_SUMMARY = "reportSummary";
  public static final String OFFICERS_ON_LEAVE = "officersOnLeave";
  public static final String OFFICERS_UNFIT = "officersUnfit";
  public static final String OFFICERS_OF_CONCERN = "officersOfConcern";

  // incident
  public static final String INCIDENT_OCCURRED_ON = "incidentOccurredOn";
  public static final String INCIDENT_KIND = "incidentKind";
  public static final String INCIDENT_SEVERITY = "incidentSeverity";
  public static final String INCIDENT_SUMMARY = "incidentSummary";
  public static final String HEALTH_ADVICE = "healthAdvice";
  public static final String REPATRIATION_DECISION = "repatriationDecision";

  // leave
  public static final String LEAVE_FIRST_DAY = LeaveRule.FIRST_DAY;
  public static final String LEAVE_DAYS = LeaveRule.DAYS;
  /** the commander's answer: APPROVE or REFUSE */
  public static final String LEAVE_ANSWER = "leaveAnswer";
  public static final String LEAVE_APPROVED = "leaveApproved";
  public static final String LEAVE_REFUSAL_REASON = "leaveRefusalReason";

  // early return
  public static final String EARLY_RETURN_KIND = "earlyReturnKind";
  public static final String EARLY_RETURN_REASON = "earlyReturnReason";
  public static final String REPLACEMENT_NEEDED = "replacementNeeded";

  // UN performance appraisal
  public static final String APPRAISAL_KIND = "appraisalKind";
  public static final String APPRAISAL_RATING = ca.gc.cpa.process.OfficerDeploymentProcess.APPRAISAL_RATING.name();
  public static final String RECOMMENDS_EXTENSION = "recommendsExtension";
  public static final String APPRAISAL_COMMENT = "appraisalComment";
  /** a rating below expectations: no extension */
  public static final String DOES_NOT_MEET = "DOES_NOT_MEET";

  // extension request (the tour's variables of the same names carry it on: process.OfficerDeploymentProcess)
  public static final String EXTENSION_MONTHS = ca.gc.cpa.process.OfficerDeploymentProcess.EXTENSION_MONTHS.name();
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String OFFICER_AGREES = "officerAgrees";
  public static final String MISSION_NEEDS_POST = ca.gc.cpa.process.OfficerDeploymentProcess.MISSION_NEEDS_POST.name();

  // set by the processes
  /** who sent the event (the start event's initiator) */
  public static final String SENT_BY = "sentBy";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String OFFICER_NAME = "officerName";
  public static final String MISSION_NAME = "missionName";
  public static final String CONTINGENT_COMMANDER = "contingentCommander";
  public static final String SENT_BY_COMMANDER = "sentByCommander";
  public static final String SENT_BY_HOME_SERVICE = "sentByHomeService";
  public static final String LEAVE_BALANCE = "leaveBalance";
  public static final String INCIDENT_ID = "incidentId";
  /** ISO date-time the decision timer and the task's due date read */
  public static final String DECISION_DUE_AT = "decisionDueAt";

  /** the message into the tour (process officer-deployment) that ends it early */
  public static final String EARLY_RETURN_DECIDED = "EarlyReturnDecided";
  /** the message into the tour (process officer-deployment) that an extension is asked */
  public static final String EXTENSION_REQUESTED = "ExtensionRequested";
  /** the message into the mission that a report came in (a reminder waiting for it closes) */
  public static final String MISSION_REPORT_RECEIVED = "MissionReportReceived";

  /** the early-return kinds; EMERGENCY is an emergency repatriation decided after a critical incident */
  public static final List<String> EARLY_RETURN_KINDS = List.of("MEDICAL", "COMPASSIONATE", "DISCIPLINARY", "PERFORMANCE");
  public static final String EMERGENCY = "EMERGENCY";
  public static final String COMPASSIONATE = "COMPASSIONATE";

  private InMissionVariables() {}

  /** who and where the event is about, for the steps and forms after it; the instance is known by the tour's key */
  public static void describe(org.camunda.bpm.engine.delegate.DelegateExecution execution,
      ca.gc.cpa.domain.InMissionRepository.ServingTour tour) {
    execution.setProcessBusinessKey(tour.tourBusinessKey());
    execution.setVariable(AGENCY_CODE, tour.agencyCode());
    execution.setVariable(OFFICER_NAME, tour.officerName());
    execution.setVariable(MISSION_BUSINESS_KEY, tour.missionBusinessKey());
    execution.setVariable(MISSION_NAME, tour.missionName());
  }

  /** the serving tour the event names; a tour that left the mission since the form was checked is an error */
  public static ca.gc.cpa.domain.InMissionRepository.ServingTour servingTour(VariableScope scope,
      ca.gc.cpa.domain.InMissionRepository records) {
    String key = string(scope, TOUR_BUSINESS_KEY);
    return records.servingTour(key)
        .orElseThrow(() -> new IllegalStateException("Tour " + key + " is not serving in a mission"));
  }

  public static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }

  /** the user who sent the event: the start event's initiator, else the user whose action runs this step */
  public static String sender(VariableScope scope) {
    String initiator = string(scope, SENT_BY);
    return initiator != null ? initiator : ca.gc.cpa.process.Actor.currentUser();
  }
}
