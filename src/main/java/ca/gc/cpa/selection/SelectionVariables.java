package ca.gc.cpa.selection;

import java.util.List;

/**
 * The variables of process {@code candidate-selection}, named once. Per-nominee values are local to
 * the per-service scope (the nominating service's coordinator sees only their own officer).
 */
public final class SelectionVariables {

  // from the mission's call activity
  public static final String MISSION_BUSINESS_KEY = "missionBusinessKey";
  public static final String MISSION_CODE = "missionCode";
  public static final String MISSION_NAME = "missionName";
  public static final String MISSION_LANGUAGE = "missionLanguage";
  public static final String POSITION_NUMBER = "positionNumber";
  public static final String ROTATION = "rotation";
  public static final String UN_MISSION = "unMission";
  public static final String TOUR_MONTHS = "tourMonths";
  public static final String HIGH_STRESS = "highStress";
  public static final String PLANNED_DEPLOYMENT_DATE = "plannedDeploymentDate";
  public static final String MIN_YEARS_OF_SERVICE = "minYearsOfService";
  // set when the selection opens
  public static final String SELECTION_ID = "selectionId";
  public static final String POSITION_ROLE = "positionRole";
  public static final String MINIMUM_RANK = "minimumRank";
  public static final String POSITION_LANGUAGE = "positionLanguage";
  public static final String POSITION_ARMED = "positionArmed";
  public static final String CALL_ROUND = "callRound";

  // per-service scope (local)
  public static final String AGENCY_CODE = "agencyCode";
  /** NOMINATE (from the register), REGISTER (a new officer, then nominate) or NONE */
  public static final String NOMINATING = "nominating";
  public static final String NOMINATE_FROM_REGISTER = "NOMINATE";
  public static final String REGISTER_AND_NOMINATE = "REGISTER";
  /** the choice of the service's officers free now (label, value = register id), input of the nomination form */
  public static final String REGISTER_OFFICERS = "registerOfficers";
  public static final String NOMINEE_OFFICER_ID = "nomineeOfficerId";
  public static final String NOMINEE_SERVICE_NUMBER = "nomineeServiceNumber";
  public static final String NOMINEE_GIVEN_NAME = "nomineeGivenName";
  public static final String NOMINEE_FAMILY_NAME = "nomineeFamilyName";
  public static final String NOMINEE_RANK = "nomineeRank";
  public static final String NOMINEE_GENDER = "nomineeGender";
  public static final String NOMINEE_DATE_OF_BIRTH = "nomineeDateOfBirth";
  public static final String NOMINEE_SERVICE_START = "nomineeServiceStart";
  public static final String NOMINEE_LANGUAGES = "nomineeLanguages";
  public static final String NOMINEE_UN_TEST_LANGUAGE = "nomineeUnTestLanguage";
  public static final String NOMINEE_UN_TEST_SCORE = "nomineeUnTestScore";
  public static final String NOMINEE_UN_TEST_ON = "nomineeUnTestOn";
  public static final String NOMINEE_LICENCE_DATE = "nomineeLicenceDate";
  public static final String NOMINEE_MANUAL_SINCE = "nomineeManualSince";
  public static final String NOMINEE_FIREARMS_QUALIFIED_ON = "nomineeFirearmsQualifiedOn";
  public static final String NOMINEE_DISCIPLINE_CLEAR = "nomineeDisciplineClear";
  public static final String NOMINEE_OPEN_INVESTIGATION = "nomineeOpenInvestigation";
  public static final String NOMINEE_PASSPORT_EXPIRY = "nomineePassportExpiry";
  public static final String NOMINEE_UN_ASSESSMENT_ON = "nomineeUnAssessmentOn";
  public static final String NOMINATION_ID = "nominationId";
  public static final String NOMINEE_NAME = "nomineeName";
  public static final String CHIEF_CONSENT = "chiefConsent";
  /** RECOMMENDED or NOT_RECOMMENDED: the officer's commander, recorded with the chief's release */
  public static final String COMMANDER_RECOMMENDATION = "commanderRecommendation";
  public static final String RELEASE_ALLOWED = "releaseAllowed";
  public static final String RELEASE_REASON = "releaseReason";
  public static final String ELIGIBLE = "eligible";
  public static final String INELIGIBLE_REASONS = "ineligibleReasons";
  public static final String UN_ASSESSMENT_VALID = "unAssessmentValid";
  public static final String UN_ASSESSMENT_WARNING = "unAssessmentWarning";
  /** a security clearance of the register still valid at deployment: reused, not asked again */
  public static final String SECURITY_CLEARANCE_VALID = "securityClearanceValid";
  public static final String MEDICAL_VERDICT = "medicalVerdict";
  public static final String SECURITY_VERDICT = "securityVerdict";
  public static final String CLEARED = "cleared";
  public static final String INTERVIEW_SCORE = "interviewScore";
  public static final String INTERVIEW_RECOMMENDATION = "interviewRecommendation";
  public static final String INTERVIEW_NOTES = "interviewNotes";
  /** the mark of the UN's language test in the position's language (percent) */
  public static final String UN_LANGUAGE_SCORE = "unLanguageScore";
  public static final String UN_DRIVING_PASSED = "unDrivingPassed";
  public static final String UN_FIREARMS_PASSED = "unFirearmsPassed";
  public static final String UN_ASSESSMENT_DATE = "unAssessmentDate";
  public static final String NOMINATION_STATUS = "newNominationStatus";
  public static final String TARGET_NOMINATION = "targetNominationId";

  /**
   * The nominee's file: the local variables of a per-service scope that the steps after the nomination write
   * (release, eligibility, clearances, interview, UN assessment). The scope itself declares only what its first
   * form answers (BPMN input parameters of SubProcess_CallForInterest); {@link RecordNomination} declares these
   * when a service nominates, so that their values stay in the scope and a service that nominates nobody, most of
   * the fifteen, carries none of them.
   */
  static final List<String> NOMINEE_FILE = List.of(
      CHIEF_CONSENT, COMMANDER_RECOMMENDATION, RELEASE_ALLOWED, RELEASE_REASON, ELIGIBLE, INELIGIBLE_REASONS, UN_ASSESSMENT_VALID,
      UN_ASSESSMENT_WARNING, SECURITY_CLEARANCE_VALID, MEDICAL_VERDICT, SECURITY_VERDICT, CLEARED, INTERVIEW_SCORE, INTERVIEW_RECOMMENDATION,
      INTERVIEW_NOTES, UN_LANGUAGE_SCORE, UN_DRIVING_PASSED, UN_FIREARMS_PASSED, UN_ASSESSMENT_DATE);

  // choice, offer and nomination (process level, one candidate at a time)
  public static final String CANDIDATE_FOUND = "candidateFound";
  public static final String CANDIDATE_NOMINATION_ID = "candidateNominationId";
  public static final String CANDIDATE_NAME = "candidateName";
  public static final String CANDIDATE_AGENCY_CODE = "candidateAgencyCode";
  public static final String CANDIDATE_SUMMARY = "candidateSummary";
  public static final String NOMINEE_COUNT = "nomineeCount";
  /** women among the nominees of the whole rotation (every position of the mission in that rotation), percent */
  public static final String WOMEN_SHARE_PERCENT = "womenSharePercent";
  public static final String PROGRAM_WOMEN_SHARE_PERCENT = "programWomenSharePercent";
  public static final String WOMEN_SHARE_BELOW_TARGET = "womenShareBelowTarget";
  /** why a rotation under the target is confirmed (asked, never a block) */
  public static final String WOMEN_SHARE_REASON = "womenShareReason";
  public static final String WOMEN_SHARE_NOTE = "womenShareNote";
  public static final String SELECTION_DECISION = "selectionDecision";
  public static final String PASS_OVER_REASON = "passOverReason";
  public static final String OFFER_ANSWER = "offerAnswer";
  public static final String LEAD_ANSWER = "leadAnswer";
  public static final String LEAD_ANSWER_NOTE = "leadAnswerNote";
  public static final String DEPLOYMENT_BUSINESS_KEY = "deploymentBusinessKey";

  private SelectionVariables() {}
}
