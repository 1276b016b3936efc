package ca.gc.cpa.intake;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of process {@code assistance-request}, named once. The request record
 * (table assistance_request) holds the rest, found by business key.
 */
public final class RequestVariables {

  // intake (start form and API)
  public static final String EXTERNAL_REFERENCE = "externalReference";
  public static final String REQUESTING_BODY = "requestingBody";
  public static final String REQUESTING_BODY_NAME = "requestingBodyName";
  public static final String MISSION_NAME = "missionName";
  public static final String HOST_COUNTRY = "hostCountry";
  public static final String OFFICERS_REQUESTED = "officersRequested";
  public static final String MISSION_LANGUAGE = "missionLanguage";
  public static final String ARMED = "armed";
  public static final String TOUR_MONTHS = "tourMonths";
  public static final String REQUESTED_START = "requestedStart";
  public static final String OFFICIAL_REQUEST_RECEIVED = "officialRequestReceived";
  public static final String ROLES_REQUESTED = "rolesRequested";

  // screening against the CPA criteria: YES / NO, each with a comment (key + "Comment")
  public static final String CRITERION_MANDATE = "criterionMandate";
  public static final String CRITERION_PURPOSE = "criterionPurpose";
  public static final String CRITERION_ROLE = "criterionRole";
  public static final String CRITERION_INTEREST = "criterionInterest";
  public static final String CRITERION_OFFICIAL_REQUEST = "criterionOfficialRequest";
  public static final String CRITERIA_MET = "criteriaMet";

  // official request, assessment visit
  public static final String OFFICIAL_REQUEST_REFERENCE = "officialRequestReference";
  public static final String ASSESSMENT_VISIT_NEEDED = "assessmentVisitNeeded";

  // the program's headroom under its cap
  public static final String OFFICER_CAP = "officerCap";
  public static final String OFFICERS_COMMITTED = "officersCommitted";
  public static final String HEADROOM = "headroom";

  // partner reviews (local to each review of the multi-instance)
  public static final String PARTNER = "partner";
  public static final String PARTNER_NAME = "partnerName";
  public static final String PARTNER_POSITION = "partnerPosition";
  public static final String PARTNER_RATIONALE = "partnerRationale";
  public static final String PARTNER_CONDITIONS = "partnerConditions";

  // consolidation and decision
  public static final String RECOMMENDATION = "recommendation";
  public static final String RECOMMENDATION_REASONS = "recommendationReasons";
  public static final String PROPOSED_CEILING = "proposedCeiling";
  // the capacity forecast ministers see with the proposed ceiling (review.ForecastForMinistersListener)
  public static final String CAPACITY_FORECAST = "capacityForecast";
  public static final String FORECAST_PEAK_MONTH = "forecastPeakMonth";
  public static final String FORECAST_PEAK_HEADROOM = "forecastPeakHeadroom";
  public static final String FORECAST_PEAK_MONTH_WITH_CEILING = "forecastPeakMonthWithCeiling";
  public static final String FORECAST_PEAK_HEADROOM_WITH_CEILING = "forecastPeakHeadroomWithCeiling";
  public static final String FORECAST_WITHIN_CAP = "forecastWithinCap";
  public static final String MINISTERIAL_DECISION = "ministerialDecision";
  public static final String MISSION_CEILING = "missionCeiling";
  public static final String DECISION_DATE = "decisionDate";
  public static final String DECISION_REFERENCE = "decisionReference";
  public static final String DECISION_RATIONALE = "decisionRationale";

  // outcome
  public static final String OUTCOME = "outcome";
  public static final String OUTCOME_REASONS = "outcomeReasons";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";
  public static final String MISSION_BUSINESS_KEY = "missionBusinessKey";

  public static final String YES = "YES";
  public static final String APPROVE = "APPROVE";

  private RequestVariables() {}

  public static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }

  public static int integer(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    if (v instanceof Number n) {
      return n.intValue();
    }
    throw new IllegalStateException("Variable " + name + " is not a number: " + v);
  }

  public static boolean bool(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public static boolean yes(VariableScope scope, String name) {
    return YES.equals(scope.getVariable(name));
  }

  public static LocalDate date(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : LocalDate.parse(v.toString().substring(0, 10));
  }
}
