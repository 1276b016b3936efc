package ca.gc.cpa.process;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Process {@code officer-deployment}: one officer's tour, from the selection that chose them through training, travel,
 * the months abroad, the return and the return to duty; its business key is the tour's (DEP-yyyy-nnnn). It is started
 * with {@link Start}, receives {@link EarlyReturnDecided}, {@link ExtensionRequested} and {@link OfficerWithdrawn}, and
 * tells its mission {@link MissionProcess.PositionFreed} and {@link MissionProcess.DeparturePostponed}.
 */
public final class OfficerDeploymentProcess {

  public static final String KEY = "officer-deployment";

  // what a selection starts the tour with (Start): what the model routes on and its forms show; the rest of the
  // tour's terms (mission, position, rotation, officer, months, UN mission) is on the tour's row, by business key
  public static final Variable<String> MISSION_NAME = Variable.text("missionName");
  public static final Variable<String> POSITION_ROLE = Variable.text("positionRole");
  public static final Variable<String> OFFICER_NAME = Variable.text("officerName");
  public static final Variable<String> AGENCY_CODE = Variable.text("agencyCode");
  public static final Variable<Boolean> ARMED = Variable.bool("armed");
  public static final Variable<Boolean> HIGH_STRESS = Variable.bool("highStress");
  public static final Variable<LocalDate> PLANNED_DEPLOYMENT_DATE = Variable.date("plannedDeploymentDate");

  // training: task Enrol officer in course session (form enrolInTraining)
  public static final Variable<LocalDate> TRAINING_START_DATE = Variable.date("trainingStartDate");
  public static final Variable<LocalDate> TRAINING_END_DATE = Variable.date("trainingEndDate");
  public static final Variable<String> TRAINING_SESSION = Variable.text("trainingSession");
  // task Record training result by module (form recordTrainingResult): each module PASS or FAIL
  public static final Variable<String> MODULE_CULTURE = Variable.text("moduleCulture");
  public static final Variable<String> MODULE_GEOPOLITICS = Variable.text("moduleGeopolitics");
  public static final Variable<String> MODULE_HOST_POLICE_SYSTEM = Variable.text("moduleHostPoliceSystem");
  public static final Variable<String> MODULE_LIVING_CONDITIONS = Variable.text("moduleLivingConditions");
  public static final Variable<String> MODULE_MEDICAL = Variable.text("moduleMedical");
  public static final Variable<String> MODULE_PSYCHOLOGICAL_EFFECTS = Variable.text("modulePsychologicalEffects");
  public static final Variable<String> MODULE_CHILD_PROTECTION = Variable.text("moduleChildProtection");
  public static final Variable<String> MODULE_WEAPONS = Variable.text("moduleWeapons");
  public static final Variable<String> TRAINING_NOTE = Variable.text("trainingNote");
  // set by Assess the training result (the model routes on trainingPassed)
  public static final Variable<Boolean> TRAINING_PASSED = Variable.bool("trainingPassed");
  public static final Variable<Integer> TRAINING_ATTEMPTS = Variable.integer("trainingAttempts");
  public static final Variable<String> FAILED_MODULES = Variable.text("failedModules");
  // task Decide on retraining or replacement (form decideRetraining; the model routes on the decision)
  public static final Variable<String> TRAINING_DECISION = Variable.text("trainingDecision");
  public static final String RETRAIN = "RETRAIN";
  public static final String REPLACE = "REPLACE";
  public static final Variable<String> TRAINING_DECISION_NOTE = Variable.text("trainingDecisionNote");

  // logistics: tasks Obtain visa, Chase visa, Arrange and Rebook travel, Issue uniforms, Confirm vaccinations
  public static final Variable<LocalDate> VISA_ISSUED_ON = Variable.date("visaIssuedOn");
  public static final Variable<String> VISA_REFERENCE = Variable.text("visaReference");
  public static final Variable<String> VISA_CHASE_NOTE = Variable.text("visaChaseNote");
  public static final Variable<LocalDate> VISA_EXPECTED_ON = Variable.date("visaExpectedOn");
  public static final Variable<LocalDate> TRAVEL_DEPARTURE_DATE = Variable.date("travelDepartureDate");
  public static final Variable<String> TRAVEL_ITINERARY = Variable.text("travelItinerary");
  public static final Variable<List<String>> ITEMS_ISSUED = Variable.list("itemsIssued");
  public static final Variable<String> EQUIPMENT_NOTE = Variable.text("equipmentNote");
  public static final Variable<String> VACCINATIONS_VERDICT = Variable.text("vaccinationsVerdict");
  public static final Variable<Boolean> MEDICAL_KIT_ISSUED = Variable.bool("medicalKitIssued");
  public static final Variable<String> VACCINATIONS_NOTE = Variable.text("vaccinationsNote");
  // set by Assess the visa delay (the model routes on departureAtRisk)
  public static final Variable<Boolean> DEPARTURE_AT_RISK = Variable.bool("departureAtRisk");
  public static final Variable<Integer> DAYS_TO_DEPARTURE = Variable.integer("daysToDeparture");
  // task Decide on departure at risk (form escalateDepartureRisk; the model routes on the decision)
  public static final Variable<String> DEPARTURE_RISK_DECISION = Variable.text("departureRiskDecision");
  public static final String KEEP_DATE = "KEEP_DATE";
  public static final String POSTPONE_DEPARTURE = "POSTPONE_DEPARTURE";
  public static final Variable<LocalDate> NEW_DEPARTURE_DATE = Variable.date("newDepartureDate");
  /** set by Postpone the departure: the date the postponement replaced, transient, read by Mission told of the new date */
  public static final Variable<LocalDate> DEPARTURE_WAS = Variable.date("departureWas");
  public static final Variable<String> DEPARTURE_RISK_NOTE = Variable.text("departureRiskNote");

  // departure and arrival: tasks Confirm departure, Confirm arrival in mission
  public static final Variable<LocalDate> DEPARTED_ON = Variable.date("departedOn");
  public static final Variable<LocalDate> ARRIVED_ON = Variable.date("arrivedOn");
  // set by Start the tour (the arrival is the tour's start, on its row); the timers read the ISO date-times
  public static final Variable<LocalDate> TOUR_END_DATE = Variable.date("tourEndDate");
  public static final Variable<String> INDUCTION_ENDS_AT = Variable.text("inductionEndsAt");
  public static final Variable<String> TOUR_ENDS_AT = Variable.text("tourEndsAt");

  // during the tour: welfare check-ins (the model routes on the verdict)
  public static final Variable<String> CHECK_IN_VERDICT = Variable.text("checkInVerdict");
  public static final String CHECK_IN_COMPLETED = "COMPLETED";
  public static final String NEEDS_SUPPORT = "NEEDS_SUPPORT";
  public static final Variable<Boolean> FAMILY_CONTACTED = Variable.bool("familyContacted");
  public static final Variable<String> CHECK_IN_NOTE = Variable.text("checkInNote");
  public static final Variable<List<String>> SUPPORT_ARRANGED = Variable.list("supportArranged");
  public static final Variable<String> SUPPORT_NOTE = Variable.text("supportNote");
  public static final Variable<String> MISSED_CHECK_IN_ACTION = Variable.text("missedCheckInAction");
  public static final Variable<String> MISSED_CHECK_IN_NOTE = Variable.text("missedCheckInNote");
  // an extension: what message ExtensionRequested carries (until Decide the extension has used it), the home
  // service's release; the decision is recorded on the request (table tour_extension_request)
  public static final Variable<Integer> EXTENSION_MONTHS = Variable.integer("extensionMonths");
  public static final Variable<Boolean> MISSION_NEEDS_POST = Variable.bool("missionNeedsPost");
  public static final Variable<Boolean> OFFICER_REQUESTS_EXTENSION = Variable.bool("officerRequestsExtension");
  /** the latest UN performance appraisal's rating, sent with an extension request */
  public static final Variable<String> APPRAISAL_RATING = Variable.text("appraisalRating");
  public static final Variable<Boolean> HOME_SERVICE_RELEASES = Variable.bool("homeServiceReleases");
  public static final Variable<String> RELEASE_NOTE = Variable.text("releaseNote");
  /** the decision recorded on the request: GRANTED, or REFUSED with the reasons */
  public static final String GRANTED = "GRANTED";
  // an early return: what message EarlyReturnDecided carries (from process early-return or incident), until
  // Start the repatriation has recorded it on the tour's row
  public static final Variable<String> EARLY_RETURN_KIND = Variable.text("earlyReturnKind");
  public static final Variable<Boolean> REPLACEMENT_NEEDED = Variable.bool("replacementNeeded");

  // repatriation: set by Start the repatriation (an early return's kind, or END_OF_TOUR)
  public static final Variable<String> REPATRIATION_REASON = Variable.text("repatriationReason");
  public static final String END_OF_TOUR = "END_OF_TOUR";
  // why the position is freed (message PositionFreed to the mission), recorded on the tour's row
  public static final String FREED_REPLACEMENT = "REPLACEMENT";
  public static final String FREED_EARLY_RETURN = "EARLY_RETURN";
  public static final String FREED_TOUR_COMPLETED = "TOUR_COMPLETED";
  /** an early return the mission does not replace */
  public static final String FREED_NOT_REPLACED = "NOT_REPLACED";
  // tasks Arrange travel home, Arrange decompression, Hold debrief, Check health, Return to duty, Award recognition
  public static final Variable<LocalDate> RETURN_TRAVEL_DATE = Variable.date("returnTravelDate");
  public static final Variable<String> RETURN_ITINERARY = Variable.text("returnItinerary");
  public static final Variable<String> DECOMPRESSION_LOCATION = Variable.text("decompressionLocation");
  public static final Variable<String> DECOMPRESSION_NOTE = Variable.text("decompressionNote");
  public static final Variable<LocalDate> DEBRIEF_HELD_ON = Variable.date("debriefHeldOn");
  public static final Variable<String> DEBRIEF_LESSONS = Variable.text("debriefLessons");
  public static final Variable<String> POST_MISSION_VERDICT = Variable.text("postMissionVerdict");
  public static final Variable<String> POST_MISSION_NOTE = Variable.text("postMissionNote");
  public static final Variable<LocalDate> RETURNED_TO_DUTY_ON = Variable.date("returnedToDutyOn");
  public static final Variable<List<String>> MEDALS_AWARDED = Variable.list("medalsAwarded");
  public static final String UN_MEDAL = "UN_MEDAL";
  public static final Variable<String> RECOGNITION_NOTE = Variable.text("recognitionNote");

  private OfficerDeploymentProcess() {}

  /**
   * What a candidate selection starts the chosen officer's tour with (selection.StartDeployment), under the tour's
   * business key: only what the model routes on (agencyCode, highStress) and the tour's forms show. The tour's row
   * (table tour) holds its terms before the tour starts: mission, position, rotation, officer, months, planned
   * departure, UN mission.
   */
  public record Start(String businessKey, String missionName, String positionRole, String officerName,
      String agencyCode, boolean armed, boolean highStress, LocalDate plannedDeploymentDate) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(MISSION_NAME.name(), missionName);
      v.put(POSITION_ROLE.name(), positionRole);
      v.put(OFFICER_NAME.name(), officerName);
      v.put(AGENCY_CODE.name(), agencyCode);
      v.put(ARMED.name(), armed);
      v.put(HIGH_STRESS.name(), highStress);
      v.put(PLANNED_DEPLOYMENT_DATE.name(), PLANNED_DEPLOYMENT_DATE.stored(plannedDeploymentDate));
      return v;
    }
  }

  /**
   * The message an early return or an emergency repatriation (processes early-return, incident) sends the tour:
   * the kind of return and whether the mission needs a replacement. Start the repatriation records them on the
   * tour's row and removes them from the tour's variables.
   */
  public record EarlyReturnDecided(String kind, boolean replacementNeeded) {

    public static final String MESSAGE = "EarlyReturnDecided";

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(EARLY_RETURN_KIND.name(), kind);
      v.put(REPLACEMENT_NEEDED.name(), replacementNeeded);
      return v;
    }
  }

  /**
   * The message an extension request (process extension-request) sends the tour: the months asked, whether the
   * mission needs the post and the officer wants to stay, and the latest appraisal's rating (null when none). The
   * release form shows them; Decide the extension removes them from the tour's variables once it has decided.
   */
  public record ExtensionRequested(int months, boolean missionNeedsPost, boolean officerRequestsExtension,
      String appraisalRating) {

    public static final String MESSAGE = "ExtensionRequested";

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(EXTENSION_MONTHS.name(), months);
      v.put(MISSION_NEEDS_POST.name(), missionNeedsPost);
      v.put(OFFICER_REQUESTS_EXTENSION.name(), officerRequestsExtension);
      v.put(APPRAISAL_RATING.name(), appraisalRating);
      return v;
    }
  }

  /** The message that the officer is withdrawn before departure: the tour is cancelled and the post freed. */
  public record OfficerWithdrawn() {

    public static final String MESSAGE = "OfficerWithdrawn";
  }
}
