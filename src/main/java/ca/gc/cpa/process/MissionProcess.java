package ca.gc.cpa.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Process {@code mission}: planning, rotations, evaluations and the close of a mission approved by ministers. */
public final class MissionProcess {

  public static final String KEY = "mission";

  // what a request approved by ministers starts the mission with (Start; the request's key is the mission's record)
  public static final Variable<String> MISSION_CODE = Variable.text("missionCode");
  public static final Variable<String> MISSION_NAME = Variable.text("missionName");
  /** the mission's ceiling: set at the start, then by an approved change (applyEvaluation, gatherMissionFigures) */
  public static final Variable<Integer> CEILING = Variable.integer("ceiling");
  public static final Variable<String> REQUESTING_BODY = Variable.text("requestingBody");
  /** the requesting body of a UN mission */
  public static final String UN = "UN";
  public static final Variable<String> MISSION_LANGUAGE = Variable.text("missionLanguage");
  public static final Variable<Boolean> ARMED = Variable.bool("armed");
  /** a tour's months: asked at the start, confirmed by the plan */
  public static final Variable<Integer> TOUR_MONTHS = Variable.integer("tourMonths");
  public static final Variable<LocalDate> REQUESTED_START = Variable.date("requestedStart");
  public static final Variable<String> HOST_COUNTRY = Variable.text("hostCountry");

  // task Plan the mission (form planMission): the position lines (profile), the rotations' dates, what officers need
  /** how many position lines the plan has */
  public static final int PROFILE_LINES = 4;
  public static final Variable<LocalDate> FIRST_DEPLOYMENT_DATE = Variable.date("firstDeploymentDate");
  public static final Variable<Integer> ROTATION_LEAD_WEEKS = Variable.integer("rotationLeadWeeks");
  public static final Variable<Boolean> HIGH_STRESS = Variable.bool("highStress");
  public static final Variable<Integer> MIN_YEARS_OF_SERVICE = Variable.integer("minYearsOfService");

  // set by Save the plan (savePlan) and Estimate the budget (estimateBudget)
  public static final Variable<Integer> POSITION_COUNT = Variable.integer("positionCount");
  public static final Variable<Boolean> UN_MISSION = Variable.bool("unMission");
  public static final Variable<Long> BUDGET_ESTIMATE = Variable.longInteger("budgetEstimate");
  /** OPEN, CLOSING or CLOSED (domain.MissionStatus); the model routes on OPEN */
  public static final Variable<String> MISSION_STATUS = Variable.text("missionStatus");

  // task Record the agreement (form recordAgreement)
  public static final Variable<String> AGREEMENT_KIND = Variable.text("agreementKind");
  public static final Variable<String> AGREEMENT_REFERENCE = Variable.text("agreementReference");
  public static final Variable<LocalDate> AGREEMENT_DATE = Variable.date("agreementDate");

  // set by Prepare the rotation (prepareRotation): the rotation under way and the selections it starts
  public static final Variable<Integer> ROTATION = Variable.integer("rotation");
  public static final Variable<LocalDate> PLANNED_DEPLOYMENT_DATE = Variable.date("plannedDeploymentDate");
  /** when the next rotation starts, the timer's date-time (yyyy-mm-ddT00:00:00) */
  public static final Variable<String> NEXT_ROTATION_AT = Variable.text("nextRotationAt");
  /** the positions the current rotation selects, e.g. "1,2,4" (planning.RotationPositions) */
  public static final Variable<String> ROTATION_POSITIONS = Variable.text("rotationPositions");
  /** how many: the multi-instance selection's cardinality */
  public static final Variable<Integer> ROTATION_POSITION_COUNT = Variable.integer("rotationPositionCount");
  // the positions of the rotation still held by an officer who serves on are the mission's record
  // (domain.MissionRepository.heldPositions), not a variable

  // what a tour tells its mission when it frees its position (PositionFreed): transient, in the event subprocess it
  // starts, recorded by Record the freed position (table mission_freed_position)
  public static final Variable<Integer> FREED_POSITION_NUMBER = Variable.integer("freedPositionNumber");
  public static final Variable<Integer> FREED_ROTATION = Variable.integer("freedRotation");
  public static final Variable<String> FREED_REASON = Variable.text("freedReason");
  public static final Variable<String> FREED_DEPLOYMENT_KEY = Variable.text("freedDeploymentKey");
  // set by Prepare the reselection (prepareReselection), local to the reselection
  public static final Variable<Integer> RESELECT_ROTATION = Variable.integer("reselectRotation");
  public static final Variable<LocalDate> RESELECT_DEPLOYMENT_DATE = Variable.date("reselectDeploymentDate");

  // set by Gather the mission's figures (gatherMissionFigures), shown by the evaluation's forms
  // (evaluationFormsOnly: removed once the evaluation is applied)
  public static final Variable<Integer> HEADROOM = Variable.integer("ceilingHeadroom");
  public static final Variable<Integer> OFFICERS_ABROAD = Variable.integer("officersAbroad");
  public static final Variable<Integer> FILLED_POSITIONS = Variable.integer("filledPositions");
  // task Evaluate the mission (form evaluateMission): the model routes on the decision
  public static final Variable<String> DECISION = Variable.text("evaluationDecision");
  public static final String CONTINUE = "CONTINUE";
  public static final String CHANGE_CEILING = "CHANGE_CEILING";
  public static final String CLOSE = "CLOSE";
  public static final Variable<Integer> NEW_CEILING = Variable.integer("newCeiling");
  public static final Variable<String> EVALUATION_NOTES = Variable.text("evaluationNotes");
  // task Record the ministers' ceiling decision (form recordCeilingDecision; the cap's change: CapChange)
  public static final Variable<String> CEILING_DECISION = Variable.text("ceilingDecision");
  public static final String APPROVE = "APPROVE";
  public static final String DECLINE = "DECLINE";
  public static final Variable<Integer> APPROVED_CEILING = Variable.integer("approvedCeiling");
  public static final Variable<LocalDate> CEILING_DECISION_DATE = Variable.date("ceilingDecisionDate");
  public static final Variable<String> CEILING_DECISION_REFERENCE = Variable.text("ceilingDecisionReference");
  // set by Apply the evaluation (applyEvaluation), Open the added positions (openAddedPositions), Check the end
  /** the positions a ceiling ministers raised adds, selected in the rotation under way, e.g. "4,5" (none: "") */
  public static final Variable<String> ADDED_POSITIONS = Variable.text("addedPositions");
  /** how many: the added positions' multi-instance selection's cardinality */
  public static final Variable<Integer> ADDED_POSITION_COUNT = Variable.integer("addedPositionCount");
  /** when the added positions' officers deploy: with the rotation, or as soon as possible once its date has passed */
  public static final Variable<LocalDate> ADDED_DEPLOYMENT_DATE = Variable.date("addedDeploymentDate");
  /** the mission ends now: closing, and no officer abroad */
  public static final Variable<Boolean> MISSION_ENDS = Variable.bool("missionEnds");

  // the monthly check that the report from the mission came in (inmission.CheckMissionReport), local to its
  // event subprocess, and the reminder's form sendMissionReport (the fields of process mission-report)
  public static final Variable<Boolean> REPORT_MISSING = Variable.bool("reportMissing");
  public static final Variable<String> REPORT_COMMANDER = Variable.text("reportCommander");
  public static final Variable<String> MISSION_BUSINESS_KEY = Variable.text("missionBusinessKey");
  public static final Variable<String> REPORT_KIND = Variable.text("reportKind");
  public static final Variable<String> REPORT_PERIOD = Variable.text("reportPeriod");
  public static final Variable<String> REPORT_SUMMARY = Variable.text("reportSummary");
  public static final Variable<List<String>> OFFICERS_OF_CONCERN = Variable.list("officersOfConcern");
  public static final Variable<List<String>> OFFICERS_ON_LEAVE = Variable.list("officersOnLeave");
  public static final Variable<List<String>> OFFICERS_UNFIT = Variable.list("officersUnfit");

  private MissionProcess() {}

  /**
   * What only the planning's forms (planMission, recordAgreement) show or ask, besides what the model goes on reading
   * (the selections' mappings): once the agreement is filed, all of it is in the mission's record (saveAgreement
   * removes it; the rotations read their calendar from the record, planning.MissionPlanRepository.calendar).
   */
  public static List<String> planningFormsOnly() {
    List<String> names = new ArrayList<>(List.of(CEILING.name(), REQUESTING_BODY.name(), ARMED.name(),
        REQUESTED_START.name(), HOST_COUNTRY.name(), MISSION_LANGUAGE.name(), TOUR_MONTHS.name(), HIGH_STRESS.name(),
        MIN_YEARS_OF_SERVICE.name(), FIRST_DEPLOYMENT_DATE.name(), ROTATION_LEAD_WEEKS.name(),
        BUDGET_ESTIMATE.name(), AGREEMENT_KIND.name(), AGREEMENT_REFERENCE.name(), AGREEMENT_DATE.name()));
    profiles().forEach(line -> List.of(line.count(), line.role(), line.rank(), line.language(), line.armed())
        .forEach(field -> names.add(field.name())));
    return names;
  }

  /**
   * What only the evaluation's forms (evaluateMission, recordCeilingDecision) show or ask: the figures gathered for
   * them and the proposal and the ministers' answer, recorded once the evaluation is applied (applyEvaluation removes
   * them; the next evaluation gathers its figures anew). The decision stays: the model routes on it after.
   */
  public static List<String> evaluationFormsOnly() {
    return List.of(CEILING.name(), HEADROOM.name(), OFFICERS_ABROAD.name(), FILLED_POSITIONS.name(), NEW_CEILING.name(),
        EVALUATION_NOTES.name(), CEILING_DECISION.name(), APPROVED_CEILING.name(), CEILING_DECISION_DATE.name(),
        CEILING_DECISION_REFERENCE.name());
  }

  /** line 1 to {@value #PROFILE_LINES} of the plan's positions: its variables profile&lt;line&gt;Count, Role, … */
  public static ProfileLine profile(int line) {
    if (line < 1 || line > PROFILE_LINES) {
      throw new IllegalArgumentException("the plan has position lines 1 to " + PROFILE_LINES + ", not " + line);
    }
    return new ProfileLine(line);
  }

  /** the plan's position lines, 1 to {@value #PROFILE_LINES} */
  public static List<ProfileLine> profiles() {
    return IntStream.rangeClosed(1, PROFILE_LINES).mapToObj(ProfileLine::new).toList();
  }

  /** a UN mission: its requesting body is the UN */
  public static boolean unMission(String requestingBody) {
    return UN.equals(requestingBody);
  }

  /**
   * One line of the plan's positions (form planMission): how many officers, their role, rank and language
   * (planning.PositionRole, planning.Rank), and whether they are armed.
   */
  public record ProfileLine(int line) {

    public Variable<Integer> count() {
      return Variable.integer(field("Count"));
    }

    public Variable<String> role() {
      return Variable.text(field("Role"));
    }

    public Variable<String> rank() {
      return Variable.text(field("Rank"));
    }

    public Variable<String> language() {
      return Variable.text(field("Language"));
    }

    public Variable<Boolean> armed() {
      return Variable.bool(field("Armed"));
    }

    /** the line's fields a line with officers must have: role, rank, language */
    public List<Variable<String>> required() {
      return List.of(role(), rank(), language());
    }

    private String field(String name) {
      return "profile" + line + name;
    }
  }

  /**
   * What an assistance request approved by ministers starts its mission with (review.StartMission, which records the
   * request the mission answers in the mission's record).
   */
  public record Start(String missionCode, String missionName, int ceiling,
      String requestingBody, String missionLanguage, boolean armed, int tourMonths, LocalDate requestedStart,
      String hostCountry) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(MISSION_CODE.name(), missionCode);
      v.put(MISSION_NAME.name(), missionName);
      v.put(CEILING.name(), ceiling);
      v.put(REQUESTING_BODY.name(), requestingBody);
      v.put(MISSION_LANGUAGE.name(), missionLanguage);
      v.put(ARMED.name(), armed);
      v.put(TOUR_MONTHS.name(), tourMonths);
      v.put(REQUESTED_START.name(), REQUESTED_START.stored(requestedStart));
      v.put(HOST_COUNTRY.name(), hostCountry);
      return v;
    }
  }

  /**
   * The message a tour (process officer-deployment) sends its mission when its position is free again: which
   * position of which rotation, why (the reasons of {@code OfficerDeploymentProcess}), and the tour. The mission's
   * event subprocess Position freed records it at once (table mission_freed_position) and decides on it in the same
   * transaction: its values are transient, given to the scope the message starts, so that they never stay among the
   * mission's variables, where the next freed position would overwrite them.
   */
  public record PositionFreed(int positionNumber, int rotation, String reason, String deploymentKey) {

    public static final String MESSAGE = "PositionFreed";

    /** tells the mission (by its business key), if it still runs */
    public List<MessageCorrelationResult> correlate(RuntimeService runtime, String missionBusinessKey) {
      return runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(missionBusinessKey)
          .setVariablesToTriggeredScope(toVariables()).correlateAllWithResult();
    }

    public VariableMap toVariables() {
      return Variables.createVariables()
          .putValueTyped(FREED_POSITION_NUMBER.name(), Variables.integerValue(positionNumber, true))
          .putValueTyped(FREED_ROTATION.name(), Variables.integerValue(rotation, true))
          .putValueTyped(FREED_REASON.name(), Variables.stringValue(reason, true))
          .putValueTyped(FREED_DEPLOYMENT_KEY.name(), Variables.stringValue(deploymentKey, true));
    }

    public static PositionFreed from(VariableScope scope) {
      return new PositionFreed(FREED_POSITION_NUMBER.from(scope), FREED_ROTATION.from(scope), FREED_REASON.orNull(scope),
          FREED_DEPLOYMENT_KEY.orNull(scope));
    }
  }

  /**
   * The message a tour (process officer-deployment) sends its mission (by the mission's business key) when IPOB
   * postponed the officer's departure: which tour, the departure it replaces and the new one, who decided. The
   * mission's event subprocess records it at once (table mission_arrival_notice): its values are transient, so that
   * they do not stay among the mission's variables, where the next postponement would overwrite them.
   */
  public record DeparturePostponed(String tourBusinessKey, LocalDate departureWas, LocalDate departureNow,
      String decidedBy) {

    public static final String MESSAGE = "DeparturePostponed";

    public static final Variable<String> TOUR = Variable.text("postponedTour");
    public static final Variable<LocalDate> WAS = Variable.date("departureWas");
    public static final Variable<LocalDate> NOW = Variable.date("departureNow");
    public static final Variable<String> DECIDED_BY = Variable.text("postponedBy");

    public VariableMap toVariables() {
      return Variables.createVariables()
          .putValueTyped(TOUR.name(), Variables.stringValue(tourBusinessKey, true))
          .putValueTyped(WAS.name(), Variables.stringValue(departureWas.toString(), true))
          .putValueTyped(NOW.name(), Variables.stringValue(departureNow.toString(), true))
          .putValueTyped(DECIDED_BY.name(), Variables.stringValue(decidedBy, true));
    }

    public static DeparturePostponed from(VariableScope scope) {
      return new DeparturePostponed(TOUR.from(scope), WAS.from(scope), NOW.from(scope), DECIDED_BY.from(scope));
    }
  }
}
