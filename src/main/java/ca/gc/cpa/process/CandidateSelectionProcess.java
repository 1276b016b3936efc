package ca.gc.cpa.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Process {@code candidate-selection}: one position of one rotation of a mission (business key
 * SEL-&lt;mission code&gt;-&lt;position&gt;-R&lt;rotation&gt;), called by the mission ({@link Start}). Every partner service is
 * asked for a nominee (a per-service scope, multi-instance over {@link #AGENCY_CODE}); a nominee is released by the
 * service, checked for eligibility, cleared, interviewed and, for a UN mission, assessed; the best of the pool is
 * confirmed, offered the position and proposed to the lead organization, whose answer comes by hand or as a message
 * ({@link NominationAccepted}, {@link NominationRejected}); an accepted one starts the officer's tour
 * ({@code OfficerDeploymentProcess.Start}). The selection's and the nominations' rows (tables selection, nomination)
 * are the record of what was decided, and what the steps read: the mission's terms (tour, stress, years of service) from
 * the mission's plan, the selection's call round and current candidate from its selection row, a service's nominee
 * from the nomination it made. The variables are only what the model routes on and what the forms show or ask.
 * Per-nominee values are local to the per-service scope (the nominating service's coordinator sees only their own
 * officer).
 */
public final class CandidateSelectionProcess {

  public static final String KEY = "candidate-selection";
  public static final String BUSINESS_KEY_PREFIX = "SEL-";

  // from the mission's call activity (Start): the mission (recorded in the selection's row when it opens), and
  // what the forms show or the model routes on
  public static final Variable<String> MISSION_BUSINESS_KEY = Variable.text("missionBusinessKey");
  public static final Variable<String> MISSION_NAME = Variable.text("missionName");
  public static final Variable<Integer> POSITION_NUMBER = Variable.integer("positionNumber");
  public static final Variable<Integer> ROTATION = Variable.integer("rotation");
  public static final Variable<Boolean> UN_MISSION = Variable.bool("unMission");
  public static final Variable<LocalDate> PLANNED_DEPLOYMENT_DATE = Variable.date("plannedDeploymentDate");
  // set when the selection opens (Open the selection): the position's profile, which the forms show
  public static final Variable<String> POSITION_ROLE = Variable.text("positionRole");
  public static final Variable<String> MINIMUM_RANK = Variable.text("minimumRank");
  public static final Variable<String> POSITION_LANGUAGE = Variable.text("positionLanguage");
  public static final Variable<Boolean> POSITION_ARMED = Variable.bool("positionArmed");

  // per-service scope (local): the multi-instance's element, then the task Nominate an officer
  public static final Variable<String> AGENCY_CODE = Variable.text("agencyCode");
  /** {@link #NOMINATE_FROM_REGISTER}, {@link #REGISTER_AND_NOMINATE} or {@link #NOMINATE_NOBODY} */
  public static final Variable<String> NOMINATING = Variable.text("nominating");
  public static final String NOMINATE_FROM_REGISTER = "NOMINATE";
  public static final String REGISTER_AND_NOMINATE = "REGISTER";
  public static final String NOMINATE_NOBODY = "NONE";
  /** the choice of the service's officers free now (a JSON array of label and value = register id), input of the form */
  public static final Variable<List<String>> REGISTER_OFFICERS = Variable.list("registerOfficers");
  /** the register id of the officer chosen (the select's value) */
  public static final Variable<String> NOMINEE_OFFICER_ID = Variable.text("nomineeOfficerId");
  public static final Variable<String> NOMINEE_SERVICE_NUMBER = Variable.text("nomineeServiceNumber");
  public static final Variable<String> NOMINEE_GIVEN_NAME = Variable.text("nomineeGivenName");
  public static final Variable<String> NOMINEE_FAMILY_NAME = Variable.text("nomineeFamilyName");
  public static final Variable<String> NOMINEE_RANK = Variable.text("nomineeRank");
  public static final Variable<String> NOMINEE_GENDER = Variable.text("nomineeGender");
  public static final Variable<LocalDate> NOMINEE_DATE_OF_BIRTH = Variable.date("nomineeDateOfBirth");
  public static final Variable<LocalDate> NOMINEE_SERVICE_START = Variable.date("nomineeServiceStart");
  public static final Variable<List<String>> NOMINEE_LANGUAGES = Variable.list("nomineeLanguages");
  public static final Variable<String> NOMINEE_UN_TEST_LANGUAGE = Variable.text("nomineeUnTestLanguage");
  public static final Variable<Integer> NOMINEE_UN_TEST_SCORE = Variable.integer("nomineeUnTestScore");
  public static final Variable<LocalDate> NOMINEE_UN_TEST_ON = Variable.date("nomineeUnTestOn");
  public static final Variable<LocalDate> NOMINEE_LICENCE_DATE = Variable.date("nomineeLicenceDate");
  public static final Variable<LocalDate> NOMINEE_MANUAL_SINCE = Variable.date("nomineeManualSince");
  public static final Variable<LocalDate> NOMINEE_FIREARMS_QUALIFIED_ON = Variable.date("nomineeFirearmsQualifiedOn");
  public static final Variable<Boolean> NOMINEE_DISCIPLINE_CLEAR = Variable.bool("nomineeDisciplineClear");
  public static final Variable<Boolean> NOMINEE_OPEN_INVESTIGATION = Variable.bool("nomineeOpenInvestigation");
  public static final Variable<LocalDate> NOMINEE_PASSPORT_EXPIRY = Variable.date("nomineePassportExpiry");
  public static final Variable<LocalDate> NOMINEE_UN_ASSESSMENT_ON = Variable.date("nomineeUnAssessmentOn");
  /**
   * The answers of Nominate an officer: declared in each service's scope (input parameters of
   * SubProcess_CallForInterest) so that they land there; Record the nomination writes them into the register and the
   * nomination, then removes them: nothing after it reads them.
   */
  public static final List<Variable<?>> NOMINATION_ANSWERS = List.of(NOMINATING, NOMINEE_OFFICER_ID,
      NOMINEE_SERVICE_NUMBER, NOMINEE_GIVEN_NAME, NOMINEE_FAMILY_NAME, NOMINEE_RANK, NOMINEE_GENDER,
      NOMINEE_DATE_OF_BIRTH, NOMINEE_SERVICE_START, NOMINEE_LANGUAGES, NOMINEE_UN_TEST_LANGUAGE, NOMINEE_UN_TEST_SCORE,
      NOMINEE_UN_TEST_ON, NOMINEE_LICENCE_DATE, NOMINEE_MANUAL_SINCE, NOMINEE_FIREARMS_QUALIFIED_ON,
      NOMINEE_DISCIPLINE_CLEAR, NOMINEE_OPEN_INVESTIGATION, NOMINEE_PASSPORT_EXPIRY, NOMINEE_UN_ASSESSMENT_ON);
  // per-service scope (local), set by Record the nomination: the name the service's later forms show
  public static final Variable<String> NOMINEE_NAME = Variable.text("nomineeName");
  // task Confirm the release, then Check the release limit
  /** YES or NO: the chief's consent to the release */
  public static final Variable<String> CHIEF_CONSENT = Variable.text("chiefConsent");
  public static final String YES = "YES";
  /** {@link #RECOMMENDED} or NOT_RECOMMENDED: the officer's commander, recorded with the chief's release */
  public static final Variable<String> COMMANDER_RECOMMENDATION = Variable.text("commanderRecommendation");
  public static final String RECOMMENDED = "RECOMMENDED";
  public static final Variable<Boolean> RELEASE_ALLOWED = Variable.bool("releaseAllowed");
  // Check eligibility
  public static final Variable<Boolean> ELIGIBLE = Variable.bool("eligible");
  public static final Variable<String> INELIGIBLE_REASONS = Variable.text("ineligibleReasons");
  public static final Variable<Boolean> UN_ASSESSMENT_VALID = Variable.bool("unAssessmentValid");
  /** a security clearance of the register still valid at deployment: reused, not asked again */
  public static final Variable<Boolean> SECURITY_CLEARANCE_VALID = Variable.bool("securityClearanceValid");
  // tasks Record the medical / security clearance, then Record the clearances
  /** FIT or UNFIT */
  public static final Variable<String> MEDICAL_VERDICT = Variable.text("medicalVerdict");
  public static final String FIT = "FIT";
  /** CLEARED or NOT_CLEARED */
  public static final Variable<String> SECURITY_VERDICT = Variable.text("securityVerdict");
  public static final String SECURITY_CLEARED = "CLEARED";
  public static final Variable<Boolean> CLEARED = Variable.bool("cleared");
  // task Interview the candidate
  public static final Variable<Integer> INTERVIEW_SCORE = Variable.integer("interviewScore");
  public static final Variable<String> INTERVIEW_RECOMMENDATION = Variable.text("interviewRecommendation");
  public static final Variable<String> INTERVIEW_NOTES = Variable.text("interviewNotes");
  // Check the assessment notice, then task Record the UN assessment
  public static final Variable<String> UN_ASSESSMENT_WARNING = Variable.text("unAssessmentWarning");
  /** the mark of the UN's language test in the position's language (percent) */
  public static final Variable<Integer> UN_LANGUAGE_SCORE = Variable.integer("unLanguageScore");
  public static final Variable<Boolean> UN_DRIVING_PASSED = Variable.bool("unDrivingPassed");
  public static final Variable<Boolean> UN_FIREARMS_PASSED = Variable.bool("unFirearmsPassed");
  public static final Variable<LocalDate> UN_ASSESSMENT_DATE = Variable.date("unAssessmentDate");

  /*
   * The nominee's file: the answers of the forms after the nomination, local to the service's scope. The step that
   * leads to a form declares its answers there (so that they land in the scope, not the instance's, and a nominee who
   * stops earlier carries none of the later ones); a step's own results (released, eligible, cleared, ...) are set
   * there by the step.
   */
  /** Confirm release by chief: declared by Record the nomination */
  public static final List<Variable<?>> RELEASE_ANSWERS = List.of(COMMANDER_RECOMMENDATION, CHIEF_CONSENT);
  /** Record medical / security clearance: declared by Check eligibility for an eligible nominee */
  public static final List<Variable<?>> CLEARANCE_ANSWERS = List.of(MEDICAL_VERDICT, SECURITY_VERDICT);
  /** Interview the candidate: declared by Record the clearances for a cleared nominee */
  public static final List<Variable<?>> INTERVIEW_ANSWERS = List.of(INTERVIEW_SCORE, INTERVIEW_RECOMMENDATION,
      INTERVIEW_NOTES);
  /** Record the UN assessment: declared by Check the assessment notice */
  public static final List<Variable<?>> UN_ASSESSMENT_ANSWERS = List.of(UN_ASSESSMENT_DATE, UN_LANGUAGE_SCORE,
      UN_DRIVING_PASSED, UN_FIREARMS_PASSED);

  /** declares a form's answers in a scope (null until the form is completed), so that its completion writes them there */
  public static void declareLocal(VariableScope scope, List<Variable<?>> answers) {
    Map<String, Object> declared = new HashMap<>();
    answers.forEach(variable -> declared.put(variable.name(), null));
    scope.setVariablesLocal(declared);
  }

  // choice, offer and nomination (process level, one candidate at a time): Choose the candidate
  public static final Variable<Boolean> CANDIDATE_FOUND = Variable.bool("candidateFound");
  public static final Variable<String> CANDIDATE_NAME = Variable.text("candidateName");
  public static final Variable<String> CANDIDATE_AGENCY_CODE = Variable.text("candidateAgencyCode");
  public static final Variable<String> CANDIDATE_SUMMARY = Variable.text("candidateSummary");
  public static final Variable<Integer> NOMINEE_COUNT = Variable.integer("nomineeCount");
  /** women among the nominees of the whole rotation (every position of the mission in that rotation), percent */
  public static final Variable<Integer> WOMEN_SHARE_PERCENT = Variable.integer("womenSharePercent");
  public static final Variable<Integer> PROGRAM_WOMEN_SHARE_PERCENT = Variable.integer("programWomenSharePercent");
  public static final Variable<Boolean> WOMEN_SHARE_BELOW_TARGET = Variable.bool("womenShareBelowTarget");
  public static final Variable<String> WOMEN_SHARE_NOTE = Variable.text("womenShareNote");
  // task Confirm the selection
  /** {@link #CONFIRM} or {@link #PASS_OVER} */
  public static final Variable<String> SELECTION_DECISION = Variable.text("selectionDecision");
  public static final String CONFIRM = "CONFIRM";
  public static final String PASS_OVER = "PASS_OVER";
  public static final Variable<String> PASS_OVER_REASON = Variable.text("passOverReason");
  /** why a rotation under the target is confirmed (asked, never a block) */
  public static final Variable<String> WOMEN_SHARE_REASON = Variable.text("womenShareReason");
  // task Record the offer's answer: ACCEPTED or REFUSED
  public static final Variable<String> OFFER_ANSWER = Variable.text("offerAnswer");
  public static final String ACCEPTED = "ACCEPTED";
  // task Record the lead organization's answer (or its messages): ACCEPTED or REJECTED, with a note
  public static final Variable<String> LEAD_ANSWER = Variable.text("leadAnswer");
  public static final String REJECTED = "REJECTED";
  public static final Variable<String> LEAD_ANSWER_NOTE = Variable.text("leadAnswerNote");

  private CandidateSelectionProcess() {}

  /** the selection of a mission's position in a rotation: SEL-&lt;mission code&gt;-&lt;position&gt;-R&lt;rotation&gt; */
  public static String businessKey(String missionCode, int positionNumber, int rotation) {
    return BUSINESS_KEY_PREFIX + missionCode + "-" + positionNumber + "-R" + rotation;
  }

  /**
   * What the mission's call activities start a selection with (processes/mission.bpmn, camunda:in); the mission's code
   * names the selection's business key only. The rest of the mission's terms the selection reads from the mission's
   * plan (planning.MissionPlanRepository#terms).
   */
  public record Start(String missionBusinessKey, String missionCode, String missionName, int positionNumber,
      int rotation, boolean unMission, LocalDate plannedDeploymentDate) {

    /** the start's variables (a map the caller may change) */
    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(MISSION_BUSINESS_KEY.name(), missionBusinessKey);
      v.put(MISSION_NAME.name(), missionName);
      v.put(POSITION_NUMBER.name(), positionNumber);
      v.put(ROTATION.name(), rotation);
      v.put(UN_MISSION.name(), unMission);
      v.put(PLANNED_DEPLOYMENT_DATE.name(), PLANNED_DEPLOYMENT_DATE.stored(plannedDeploymentDate));
      return v;
    }

    public String businessKey() {
      return CandidateSelectionProcess.businessKey(missionCode, positionNumber, rotation);
    }
  }

  /** The lead organization accepts the nomination (message NominationAccepted, by the selection's business key). */
  public record NominationAccepted(String note) {

    public static final String MESSAGE = "NominationAccepted";

    /** the message's variables: the note, when there is one */
    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      if (note != null) {
        v.put(LEAD_ANSWER_NOTE.name(), note);
      }
      return v;
    }
  }

  /** The lead organization rejects the nomination (message NominationRejected), with its reason as the note. */
  public record NominationRejected(String note) {

    public static final String MESSAGE = "NominationRejected";

    /** the message's variables: the note, when there is one */
    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      if (note != null) {
        v.put(LEAD_ANSWER_NOTE.name(), note);
      }
      return v;
    }
  }
}
