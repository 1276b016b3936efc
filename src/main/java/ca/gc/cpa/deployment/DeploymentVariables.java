package ca.gc.cpa.deployment;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code officer-deployment}, named once, with typed accessors. */
public final class DeploymentVariables {

  // given by candidate-selection at the start
  public static final String MISSION_BUSINESS_KEY = "missionBusinessKey";
  public static final String MISSION_CODE = "missionCode";
  public static final String MISSION_NAME = "missionName";
  public static final String SELECTION_BUSINESS_KEY = "selectionBusinessKey";
  public static final String POSITION_NUMBER = "positionNumber";
  public static final String ROTATION = "rotation";
  public static final String POSITION_ROLE = "positionRole";
  public static final String OFFICER_ID = "officerId";
  public static final String OFFICER_NAME = "officerName";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String TOUR_MONTHS = "tourMonths";
  public static final String ARMED = "armed";
  public static final String UN_MISSION = "unMission";
  public static final String HIGH_STRESS = "highStress";
  public static final String PLANNED_DEPLOYMENT_DATE = "plannedDeploymentDate";

  // training
  public static final String TRAINING_START_DATE = "trainingStartDate";
  public static final String TRAINING_END_DATE = "trainingEndDate";
  public static final String TRAINING_PASSED = "trainingPassed";
  public static final String TRAINING_ATTEMPTS = "trainingAttempts";
  public static final String FAILED_MODULES = "failedModules";
  public static final String TRAINING_DECISION = "trainingDecision";

  // logistics, departure, induction
  public static final String TRAVEL_DEPARTURE_DATE = "travelDepartureDate";
  public static final String DEPARTURE_AT_RISK = "departureAtRisk";
  public static final String DEPARTURE_RISK_DECISION = "departureRiskDecision";
  public static final String POSTPONE_DEPARTURE = "POSTPONE_DEPARTURE";
  public static final String NEW_DEPARTURE_DATE = "newDepartureDate";
  /** the planned departure a postponement replaced (told to the mission) */
  public static final String DEPARTURE_POSTPONED_FROM = "departurePostponedFrom";
  public static final String DAYS_TO_DEPARTURE = "daysToDeparture";
  public static final String DEPARTED_ON = "departedOn";
  public static final String ARRIVED_ON = "arrivedOn";
  public static final String TOUR_START_DATE = "tourStartDate";
  public static final String TOUR_END_DATE = "tourEndDate";
  /** ISO date-times read by the timers */
  public static final String INDUCTION_ENDS_AT = "inductionEndsAt";
  public static final String TOUR_ENDS_AT = "tourEndsAt";

  // during the tour
  public static final String CHECK_IN_VERDICT = "checkInVerdict";
  public static final String OFFICER_REQUESTS_EXTENSION = "officerRequestsExtension";
  public static final String MISSION_NEEDS_POST = "missionNeedsPost";
  public static final String EXTENSION_MONTHS = "extensionMonths";
  public static final String HOME_SERVICE_RELEASES = "homeServiceReleases";
  public static final String EXTENSION_GRANTED = "extensionGranted";
  public static final String EXTENSION_DECISION = "extensionDecision";
  /** the latest UN performance appraisal's rating, sent with an extension request */
  public static final String APPRAISAL_RATING = "appraisalRating";

  // repatriation
  public static final String REPATRIATION_REASON = "repatriationReason";
  public static final String FREED_REASON = "freedReason";
  public static final String RETURNED_TO_DUTY_ON = "returnedToDutyOn";
  public static final String COST_RECOVERY_AMOUNT = "costRecoveryAmount";

  // the reasons a position is freed (message PositionFreed to the mission)
  public static final String FREED_REPLACEMENT = "REPLACEMENT";
  public static final String FREED_EARLY_RETURN = "EARLY_RETURN";
  public static final String FREED_TOUR_COMPLETED = "TOUR_COMPLETED";
  /** an early return the mission does not replace */
  public static final String FREED_NOT_REPLACED = "NOT_REPLACED";

  // an early return (message EarlyReturnDecided from process early-return or incident)
  public static final String EARLY_RETURN_KIND = ca.gc.cpa.process.EarlyReturnProcess.EARLY_RETURN_KIND.name();
  public static final String REPLACEMENT_NEEDED = ca.gc.cpa.process.EarlyReturnProcess.REPLACEMENT_NEEDED.name();

  private DeploymentVariables() {}

  public static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }

  public static Integer integer(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v instanceof Number n ? Integer.valueOf(n.intValue()) : v instanceof String s && !s.isBlank() ? Integer.valueOf(s.trim()) : null;
  }

  public static Long longValue(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v instanceof Number n ? Long.valueOf(n.longValue()) : v instanceof String s && !s.isBlank() ? Long.valueOf(s.trim()) : null;
  }

  public static java.math.BigDecimal decimal(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v instanceof Number n ? new java.math.BigDecimal(n.toString()) : null;
  }

  public static boolean bool(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** a date variable held as "yyyy-mm-dd" (a form's date field, or a date-time whose day is taken) */
  public static LocalDate date(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    if (v == null) {
      return null;
    }
    if (v instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    String s = v.toString();
    return s.isBlank() ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }

  /** the ISO date-time a timer's timeDate reads: the start of that day */
  public static String startOfDay(LocalDate date) {
    return date.atStartOfDay().toString() + ":00";
  }

  public static LocalDate today() {
    return ca.gc.cpa.domain.EngineClock.today();
  }
}
