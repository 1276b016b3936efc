package ca.gc.cpa.process;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Process {@code assistance-request}: a request for police from the UN, the EU or a country, from its intake (start form
 * or {@code POST /api/requests}) through screening, the official request, the partners' reviews, the ministers'
 * decision and the reply, to the mission it starts (review.StartMission). The request's record (table
 * assistance_request, by business key) holds what the process does not route on, and the mission it started.
 */
public final class AssistanceRequestProcess {

  public static final String KEY = "assistance-request";

  // intake (start form and API)
  public static final Variable<String> EXTERNAL_REFERENCE = Variable.text("externalReference");
  public static final Variable<String> REQUESTING_BODY = Variable.text("requestingBody");
  public static final Variable<String> REQUESTING_BODY_NAME = Variable.text("requestingBodyName");
  public static final Variable<String> MISSION_NAME = Variable.text("missionName");
  public static final Variable<String> HOST_COUNTRY = Variable.text("hostCountry");
  public static final Variable<Integer> OFFICERS_REQUESTED = Variable.integer("officersRequested");
  public static final Variable<String> MISSION_LANGUAGE = Variable.text("missionLanguage");
  public static final Variable<Boolean> ARMED = Variable.bool("armed");
  public static final Variable<Integer> TOUR_MONTHS = Variable.integer("tourMonths");
  public static final Variable<LocalDate> REQUESTED_START = Variable.date("requestedStart");
  public static final Variable<Boolean> OFFICIAL_REQUEST_RECEIVED = Variable.bool("officialRequestReceived");
  public static final Variable<String> ROLES_REQUESTED = Variable.text("rolesRequested");
  // screening against the CPA criteria: YES / NO, each with a comment (key + "Comment")
  public static final Variable<String> CRITERION_MANDATE = Variable.text("criterionMandate");
  public static final Variable<String> CRITERION_PURPOSE = Variable.text("criterionPurpose");
  public static final Variable<String> CRITERION_ROLE = Variable.text("criterionRole");
  public static final Variable<String> CRITERION_INTEREST = Variable.text("criterionInterest");
  public static final Variable<String> CRITERION_OFFICIAL_REQUEST = Variable.text("criterionOfficialRequest");
  // official request, assessment visit
  public static final Variable<String> OFFICIAL_REQUEST_REFERENCE = Variable.text("officialRequestReference");
  public static final Variable<String> ASSESSMENT_VISIT_NEEDED = Variable.text("assessmentVisitNeeded");
  // the program's headroom under its cap
  public static final Variable<Integer> OFFICER_CAP = Variable.integer("officerCap");
  public static final Variable<Integer> OFFICERS_COMMITTED = Variable.integer("officersCommitted");
  public static final Variable<Integer> HEADROOM = Variable.integer("headroom");
  // partner reviews (local to each review of the multi-instance)
  public static final Variable<String> PARTNER = Variable.text("partner");
  public static final Variable<String> PARTNER_NAME = Variable.text("partnerName");
  public static final Variable<String> PARTNER_POSITION = Variable.text("partnerPosition");
  public static final Variable<String> PARTNER_RATIONALE = Variable.text("partnerRationale");
  public static final Variable<String> PARTNER_CONDITIONS = Variable.text("partnerConditions");
  // consolidation and decision
  public static final Variable<String> RECOMMENDATION = Variable.text("recommendation");
  public static final Variable<String> RECOMMENDATION_REASONS = Variable.text("recommendationReasons");
  public static final Variable<Integer> PROPOSED_CEILING = Variable.integer("proposedCeiling");
  // the capacity forecast ministers see with the proposed ceiling (review.ForecastForMinistersListener)
  public static final Variable<String> CAPACITY_FORECAST = Variable.text("capacityForecast");
  public static final Variable<String> FORECAST_PEAK_MONTH = Variable.text("forecastPeakMonth");
  public static final Variable<Integer> FORECAST_PEAK_HEADROOM = Variable.integer("forecastPeakHeadroom");
  public static final Variable<String> FORECAST_PEAK_MONTH_WITH_CEILING = Variable.text("forecastPeakMonthWithCeiling");
  public static final Variable<Integer> FORECAST_PEAK_HEADROOM_WITH_CEILING = Variable.integer("forecastPeakHeadroomWithCeiling");
  public static final Variable<String> MINISTERIAL_DECISION = Variable.text("ministerialDecision");
  public static final Variable<Integer> MISSION_CEILING = Variable.integer("missionCeiling");
  public static final Variable<LocalDate> DECISION_DATE = Variable.date("decisionDate");
  public static final Variable<String> DECISION_REFERENCE = Variable.text("decisionReference");
  public static final Variable<String> DECISION_RATIONALE = Variable.text("decisionRationale");
  // outcome
  public static final Variable<String> OUTCOME = Variable.text("outcome");
  public static final Variable<String> OUTCOME_REASONS = Variable.text("outcomeReasons");
  public static final Variable<String> WITHDRAWAL_REASON = Variable.text("withdrawalReason");
  // what the forms ask besides (read by people and the forms' rules, kept in the instance's history; the ministers'
  // change of the cap: CapChange)
  public static final Variable<String> ASSESSMENT_VISIT_REASON = Variable.text("assessmentVisitReason");
  public static final Variable<String> CHASE_NOTES = Variable.text("chaseNotes");
  public static final Variable<LocalDate> CHASED_ON = Variable.date("chasedOn");
  public static final Variable<String> CRITERION_INTEREST_COMMENT = Variable.text("criterionInterestComment");
  public static final Variable<String> CRITERION_MANDATE_COMMENT = Variable.text("criterionMandateComment");
  public static final Variable<String> CRITERION_OFFICIAL_REQUEST_COMMENT = Variable.text("criterionOfficialRequestComment");
  public static final Variable<String> CRITERION_PURPOSE_COMMENT = Variable.text("criterionPurposeComment");
  public static final Variable<String> CRITERION_ROLE_COMMENT = Variable.text("criterionRoleComment");
  public static final Variable<LocalDate> OFFICIAL_REQUEST_DATE = Variable.date("officialRequestDate");
  public static final Variable<String> REPLY_REFERENCE = Variable.text("replyReference");
  public static final Variable<LocalDate> REPLY_SENT_ON = Variable.date("replySentOn");
  public static final Variable<String> REPLY_SUMMARY = Variable.text("replySummary");
  public static final Variable<String> REVIEW_CHASE_NOTES = Variable.text("reviewChaseNotes");
  public static final Variable<LocalDate> REVIEW_CHASED_ON = Variable.date("reviewChasedOn");
  public static final Variable<String> VISIT_ASSESSMENT = Variable.text("visitAssessment");
  public static final Variable<LocalDate> VISIT_END = Variable.date("visitEnd");
  public static final Variable<String> VISIT_FINDINGS = Variable.text("visitFindings");
  public static final Variable<LocalDate> VISIT_START = Variable.date("visitStart");
  public static final Variable<Integer> VISIT_TEAM_SIZE = Variable.integer("visitTeamSize");

  // option values the model routes on
  public static final String YES = "YES";
  public static final String APPROVE = "APPROVE";

  /** the CPA's criteria the desk screens a request against, each with its comment */
  public static final Map<Variable<String>, Variable<String>> CRITERIA = criteria();

  private AssistanceRequestProcess() {}

  private static Map<Variable<String>, Variable<String>> criteria() {
    Map<Variable<String>, Variable<String>> criteria = new LinkedHashMap<>();
    criteria.put(CRITERION_MANDATE, CRITERION_MANDATE_COMMENT);
    criteria.put(CRITERION_PURPOSE, CRITERION_PURPOSE_COMMENT);
    criteria.put(CRITERION_ROLE, CRITERION_ROLE_COMMENT);
    criteria.put(CRITERION_INTEREST, CRITERION_INTEREST_COMMENT);
    criteria.put(CRITERION_OFFICIAL_REQUEST, CRITERION_OFFICIAL_REQUEST_COMMENT);
    return java.util.Collections.unmodifiableMap(criteria);
  }

  /** yes when the variable holds the option YES (a criterion, the assessment visit) */
  public static boolean yes(org.camunda.bpm.engine.delegate.VariableScope scope, Variable<String> variable) {
    return variable.in(scope).filter(YES::equals).isPresent();
  }

  /** The requester withdraws the request (message RequestWithdrawn, from {@code POST /api/requests/{key}/withdrawal}). */
  public record Withdrawn(String reason) {
    public static final String MESSAGE = "RequestWithdrawn";

    public Map<String, Object> variables() {
      return Map.of(WITHDRAWAL_REASON.name(), reason);
    }
  }

  /** What an intake (start form or API) starts the process with. */
  public record Start(String externalReference, String requestingBody, String requestingBodyName, String missionName,
      String hostCountry, int officersRequested, String missionLanguage, boolean armed, int tourMonths,
      LocalDate requestedStart, boolean officialRequestReceived, String rolesRequested) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(EXTERNAL_REFERENCE.name(), externalReference);
      v.put(REQUESTING_BODY.name(), requestingBody);
      v.put(REQUESTING_BODY_NAME.name(), requestingBodyName);
      v.put(MISSION_NAME.name(), missionName);
      v.put(HOST_COUNTRY.name(), hostCountry);
      v.put(OFFICERS_REQUESTED.name(), officersRequested);
      v.put(MISSION_LANGUAGE.name(), missionLanguage);
      v.put(ARMED.name(), armed);
      v.put(TOUR_MONTHS.name(), tourMonths);
      v.put(REQUESTED_START.name(), REQUESTED_START.stored(requestedStart));
      v.put(OFFICIAL_REQUEST_RECEIVED.name(), officialRequestReceived);
      v.put(ROLES_REQUESTED.name(), rolesRequested);
      return v;
    }
  }
}
