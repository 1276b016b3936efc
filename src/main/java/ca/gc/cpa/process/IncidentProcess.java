package ca.gc.cpa.process;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Process {@code incident}: an incident to an officer serving abroad (start form reportIncident, {@code POST
 * /api/tours/{key}/incidents}), recorded on the tour with who reported it (table tour_incident, the row held by
 * the instance); the model routes on its severity: a minor one ends, a serious one is followed up by health, a
 * critical one waits for RCMP IPOB's emergency repatriation decision (due at {@link #DECISION_DUE_AT}), which may
 * end the tour early (message {@link OfficerDeploymentProcess.EarlyReturnDecided}, kind EMERGENCY).
 */
public final class IncidentProcess {

  public static final String KEY = "incident";

  // start form reportIncident
  public static final Variable<String> TOUR_BUSINESS_KEY = TourEvent.TOUR_BUSINESS_KEY;
  public static final Variable<LocalDate> INCIDENT_OCCURRED_ON = Variable.date("incidentOccurredOn");
  public static final Variable<String> INCIDENT_KIND = Variable.text("incidentKind");
  public static final String INJURY = "INJURY";
  public static final String ILLNESS = "ILLNESS";
  public static final String SECURITY_THREAT = "SECURITY_THREAT";
  public static final String CONDUCT = "CONDUCT";
  public static final String FAMILY_EMERGENCY = "FAMILY_EMERGENCY";
  public static final String OTHER = "OTHER";
  /** the model routes on it */
  public static final Variable<String> INCIDENT_SEVERITY = Variable.text("incidentSeverity");
  public static final String MINOR = "MINOR";
  public static final String SERIOUS = "SERIOUS";
  public static final String CRITICAL = "CRITICAL";
  public static final Variable<String> INCIDENT_SUMMARY = Variable.text("incidentSummary");
  // who and where, for the tasks' forms (set by Record the incident for a serious or critical one; a minor one's
  // service is transient)
  public static final Variable<String> AGENCY_CODE = TourEvent.AGENCY_CODE;
  public static final Variable<String> OFFICER_NAME = TourEvent.OFFICER_NAME;
  public static final Variable<String> MISSION_NAME = TourEvent.MISSION_NAME;
  // set by Record the incident
  /** ISO date-time the decision timer and the decision task's due date read (a critical incident only) */
  public static final Variable<String> DECISION_DUE_AT = Variable.text("decisionDueAt");
  // task Follow up the incident (health)
  public static final Variable<String> INCIDENT_SUPPORT_OUTCOME = Variable.text("incidentSupportOutcome");
  public static final String COMPLETED = "COMPLETED";
  public static final String NEEDS_SUPPORT = "NEEDS_SUPPORT";
  public static final Variable<String> INCIDENT_FOLLOW_UP_NOTE = Variable.text("incidentFollowUpNote");
  // task Decide the emergency repatriation (the model routes on the decision)
  public static final Variable<String> HEALTH_ADVICE = Variable.text("healthAdvice");
  public static final String TREAT_IN_MISSION = "TREAT_IN_MISSION";
  public static final Variable<String> REPATRIATION_DECISION = Variable.text("repatriationDecision");
  public static final String REPATRIATE = "REPATRIATE";
  public static final String STAY = "STAY";

  private IncidentProcess() {}

  /** What the start form reportIncident (or the endpoint) sends. */
  public record Start(String tourBusinessKey, LocalDate incidentOccurredOn, String incidentKind, String incidentSeverity,
      String incidentSummary) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(TOUR_BUSINESS_KEY.name(), tourBusinessKey);
      v.put(INCIDENT_OCCURRED_ON.name(), INCIDENT_OCCURRED_ON.stored(incidentOccurredOn));
      v.put(INCIDENT_KIND.name(), incidentKind);
      v.put(INCIDENT_SEVERITY.name(), incidentSeverity);
      v.put(INCIDENT_SUMMARY.name(), incidentSummary);
      return v;
    }

    /**
     * the body of {@code POST /api/tours/{key}/incidents}: the start's variables but the tour, which the path names
     */
    public Map<String, Object> body() {
      Map<String, Object> v = variables();
      v.remove(TOUR_BUSINESS_KEY.name());
      return v;
    }
  }
}
