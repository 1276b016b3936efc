package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.process.Variable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per path of candidate-selection, on the real rules and an in-memory business database. */
@Deployment(resources = {"candidate-selection.bpmn", "nominateOfficer.form", "confirmRelease.form", "informIneligible.form",
    "recordMedicalClearance.form", "recordSecurityClearance.form", "interviewCandidate.form", "recordUnAssessment.form",
    "confirmSelection.form", "recordOfferAnswer.form", "recordLeadAnswer.form"})
class CandidateSelectionProcessTest {

  @RegisterExtension
  /** at least 90% of the flow nodes and sequence flows of the process, report under target/process-test-coverage */
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(OfficerDeploymentProcess.KEY).build();

  static final String SELECTION_KEY = "SEL-MINUSMA-1-R1";

  ProcessEngine engine;
  SelectionFixture fixture;
  String stubDeployment;

  @BeforeEach
  void setUp() throws Exception {
    engine = extension.getProcessEngine();
    init(engine);   // the assertions' engine: else the one ProcessEngines holds, which a Spring test may have replaced
    ClockUtil.setCurrentTime(date(LocalDate.of(2026, 11, 2)));
    fixture = new SelectionFixture();
    stubDeployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("officer-deployment-stub.bpmn", Bpmn.createExecutableProcess(OfficerDeploymentProcess.KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Deploy").endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void tearDown() {
    engine.getRepositoryService().deleteDeployment(stubDeployment, true);
    Mocks.reset();
    ClockUtil.reset();
  }

  static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  ProcessInstance start(boolean unMission, int position, String deploymentDate) {
    return start(unMission, position, deploymentDate, new HashMap<>());
  }

  /** a selection as the mission starts it; {@code vars} add to or replace the start's variables */
  ProcessInstance start(boolean unMission, int position, String deploymentDate, Map<String, Object> vars) {
    var start = new CandidateSelectionProcess.Start(SelectionFixture.MISSION_KEY, "MINUSMA", "MINUSMA", position, 1,
        unMission, LocalDate.parse(deploymentDate));
    Map<String, Object> variables = start.variables();
    variables.putAll(vars);
    return engine.getRuntimeService().startProcessInstanceByKey(CandidateSelectionProcess.KEY, start.businessKey(),
        variables);
  }

  ProcessInstance start(boolean unMission) {
    return start(unMission, 1, "2027-04-01");
  }

  Task task(ProcessInstance pi, String activity, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity)
        .taskCandidateGroup(group).singleResult();
  }

  void complete(ProcessInstance pi, String activity, String group, Map<String, Object> vars) {
    Task t = task(pi, activity, group);
    assertThat(t).as(activity + " for " + group).isNotNull();
    engine.getTaskService().complete(t.getId(), vars);
  }

  static Map<String, Object> nominee(String serviceNumber, String given, String gender, Object... overrides) {
    Map<String, Object> v = new HashMap<>();
    v.put(NOMINATING.name(), "REGISTER");
    v.put(NOMINEE_SERVICE_NUMBER.name(), serviceNumber);
    v.put(NOMINEE_GIVEN_NAME.name(), given);
    v.put(NOMINEE_FAMILY_NAME.name(), "Roy");
    v.put(NOMINEE_RANK.name(), "SGT");
    v.put(NOMINEE_GENDER.name(), gender);
    v.put(NOMINEE_DATE_OF_BIRTH.name(), "1985-04-02");
    v.put(NOMINEE_SERVICE_START.name(), "2010-01-01");
    v.put(NOMINEE_LANGUAGES.name(), Spin.JSON("[\"FR\", \"EN\"]"));
    v.put(NOMINEE_LICENCE_DATE.name(), "2005-01-01");
    v.put(NOMINEE_MANUAL_SINCE.name(), "2015-01-01");
    v.put(NOMINEE_DISCIPLINE_CLEAR.name(), true);
    v.put(NOMINEE_OPEN_INVESTIGATION.name(), false);
    v.put(NOMINEE_PASSPORT_EXPIRY.name(), "2030-01-01");
    for (int i = 0; i < overrides.length; i += 2) {
      v.put((String) overrides[i], overrides[i + 1]);
    }
    return v;
  }

  static Map<String, Object> release(String chiefConsent) {
    return Map.of(CHIEF_CONSENT.name(), chiefConsent, COMMANDER_RECOMMENDATION.name(), "RECOMMENDED");
  }

  void noNominee(ProcessInstance pi, String agency) {
    complete(pi, "Task_NominateOfficer", "agency-" + agency, Map.of(NOMINATING.name(), "NONE"));
  }

  /** nominated, released, eligible, fit, cleared, interviewed (and assessed for a UN mission when asked) */
  void screen(ProcessInstance pi, String agency, Map<String, Object> nominee, int interviewScore) {
    complete(pi, "Task_NominateOfficer", "agency-" + agency, nominee);
    complete(pi, "Task_ConfirmRelease", "agency-" + agency, release("YES"));
    complete(pi, "Task_RecordMedicalClearance", "rcmp-health", Map.of(MEDICAL_VERDICT.name(), "FIT"));
    complete(pi, "Task_RecordSecurityClearance", "rcmp-security", Map.of(SECURITY_VERDICT.name(), "CLEARED"));
    complete(pi, "Task_InterviewCandidate", "rcmp-selection",
        Map.of(INTERVIEW_SCORE.name(), interviewScore, INTERVIEW_RECOMMENDATION.name(), "RECOMMENDED"));
  }

  void confirmAndOffer(ProcessInstance pi, String agency, String answer) {
    complete(pi, "Task_ConfirmSelection", "rcmp-selection", Map.of(SELECTION_DECISION.name(), "CONFIRM"));
    complete(pi, "Task_RecordOfferAnswer", "agency-" + agency, Map.of(OFFER_ANSWER.name(), answer));
  }

  void executeJob(ProcessInstance pi, String activity) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity).singleResult();
    assertThat(job).as("job at " + activity).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  List<Nomination> nominations(ProcessInstance pi) {
    long selectionId = fixture.nominations.selectionId(pi.getId()).orElseThrow();
    return fixture.nominations.bySelection(selectionId);
  }

  Object variable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  @Test
  void filledAtTheFirstTry() {
    ProcessInstance pi = start(false);
    assertThat(pi).isWaitingAt("Task_NominateOfficer");
    screen(pi, "rcmp", nominee("R1", "Marie", "F"), 85);
    noNominee(pi, "spvm");

    assertThat(pi).isWaitingAt("Task_ConfirmSelection");
    assertThat(variable(pi, CANDIDATE_NAME.name())).isEqualTo("Sgt Marie Roy");
    assertThat(variable(pi, WOMEN_SHARE_PERCENT.name())).isEqualTo(100);
    confirmAndOffer(pi, "rcmp", "ACCEPTED");
    executeJob(pi, "Task_SendNomination");
    assertThat(nominations(pi)).singleElement().extracting(Nomination::status).isEqualTo(NominationStatus.PROPOSED);
    assertThat(pi).isWaitingAt("Task_RecordLeadAnswer");

    engine.getRuntimeService().createMessageCorrelation(CandidateSelectionProcess.NominationAccepted.MESSAGE)
        .processInstanceBusinessKey(SELECTION_KEY).setVariables(new CandidateSelectionProcess.NominationAccepted(null).variables())
        .correlateWithResult();
    executeJob(pi, "Task_StartDeployment");

    assertThat(pi).isEnded().hasPassed("Event_PositionFilled");
    ProcessInstance deployment = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OfficerDeploymentProcess.KEY).singleResult();
    assertThat(deployment.getBusinessKey()).isEqualTo("DEP-2026-0001");
    Map<String, Object> vars = engine.getRuntimeService().getVariables(deployment.getId());
    assertThat(vars).containsEntry(OfficerDeploymentProcess.POSITION_ROLE.name(), "PATROL_MONITORING")
        .containsEntry(OfficerDeploymentProcess.OFFICER_NAME.name(), "Sgt Marie Roy").containsEntry(OfficerDeploymentProcess.AGENCY_CODE.name(), "rcmp")
        .containsEntry(OfficerDeploymentProcess.ARMED.name(), true)
        .containsEntry(OfficerDeploymentProcess.HIGH_STRESS.name(), true).containsEntry(OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE.name(), "2027-04-01")
        .containsEntry(OfficerDeploymentProcess.MISSION_NAME.name(), "MINUSMA");
    // the rest of the tour's terms is on its row, written before the tour started: the mission (its code on the
    // mission's row), the selection (the accepted nomination names the tour), position, rotation, officer, months
    Tour tour = fixture.tours.findByBusinessKey("DEP-2026-0001").orElseThrow();
    assertThat(tour.status()).isEqualTo(TourStatus.SELECTED);
    assertThat(tour.missionBusinessKey()).isEqualTo(SelectionFixture.MISSION_KEY);
    assertThat(fixture.missions.find(tour.missionBusinessKey()).orElseThrow().missionCode()).isEqualTo("MINUSMA");
    assertThat(nominations(pi)).singleElement().satisfies(n -> {
      assertThat(n.tourBusinessKey()).isEqualTo("DEP-2026-0001");
      assertThat(tour.officerId()).isEqualTo(n.officerId());
    });
    assertThat(tour.positionNumber()).isEqualTo(1);
    assertThat(tour.rotation()).isEqualTo(1);
    var terms = fixture.tours.findProgress("DEP-2026-0001").orElseThrow();
    assertThat(terms.tourMonths()).isEqualTo(12);
    assertThat(terms.unMission()).isFalse();
    assertThat(terms.plannedDepartureOn()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(fixture.nominations.countFilled(SelectionFixture.MISSION_KEY, 1)).isEqualTo(1);
    assertThat(nominations(pi)).singleElement().extracting(Nomination::status).isEqualTo(NominationStatus.ACCEPTED);
  }

  @Test
  void aNomineesFileStaysInTheScopeOfItsServiceAndOnlyANominatingServiceHasOne() {
    ProcessInstance pi = start(false);
    complete(pi, "Task_NominateOfficer", "agency-rcmp", nominee("R1", "Marie", "F"));
    complete(pi, "Task_ConfirmRelease", "agency-rcmp", release("YES"));
    complete(pi, "Task_RecordMedicalClearance", "rcmp-health", Map.of(MEDICAL_VERDICT.name(), "FIT"));

    var runtime = engine.getRuntimeService();
    Map<String, Map<String, Object>> scopes = new HashMap<>();
    // each service's scope is where its nominee's name (once nominated) or its first form's answer (until then) lives
    for (Variable<?> held : List.of(NOMINEE_NAME, NOMINATING)) {
      runtime.createVariableInstanceQuery().processInstanceIdIn(pi.getId()).variableName(held.name()).list()
          .forEach(v -> scopes.put((String) runtime.getVariable(v.getExecutionId(), AGENCY_CODE.name()),
              runtime.getVariablesLocal(v.getExecutionId())));
    }
    // the nominee's own answers are in the register now; the file holds the answers of the forms reached so far
    assertThat(fixture.officers.find(nominations(pi).get(0).officerId()).orElseThrow().givenName()).isEqualTo("Marie");
    assertThat(scopes.get("rcmp")).containsEntry(NOMINEE_NAME.name(), "Sgt Marie Roy").containsEntry(CHIEF_CONSENT.name(), "YES")
        .containsEntry(MEDICAL_VERDICT.name(), "FIT").containsKeys(names(RELEASE_ANSWERS)).containsKeys(names(CLEARANCE_ANSWERS))
        .doesNotContainKeys(names(NOMINATION_ANSWERS)).doesNotContainKeys(names(INTERVIEW_ANSWERS));
    assertThat(scopes.get("spvm")).containsKey(NOMINATING.name()).doesNotContainKeys(names(RELEASE_ANSWERS))
        .doesNotContainKeys(names(CLEARANCE_ANSWERS)).doesNotContainKey(NOMINEE_NAME.name());
    noNominee(pi, "spvm");
    Map<String, Object> processLevel = runtime.getVariablesLocal(pi.getId());
    assertThat(processLevel).doesNotContainKeys(NOMINATING.name(), NOMINEE_GIVEN_NAME.name(), NOMINEE_NAME.name())
        .doesNotContainKeys(names(RELEASE_ANSWERS)).doesNotContainKeys(names(CLEARANCE_ANSWERS));
  }

  static String[] names(List<Variable<?>> variables) {
    return variables.stream().map(Variable::name).toArray(String[]::new);
  }

  @Test
  void aRetriedStartOfTheDeploymentReusesTheTour() {
    ProcessInstance pi = start(false);
    screen(pi, "rcmp", nominee("R1", "Marie", "F"), 85);
    noNominee(pi, "spvm");
    confirmAndOffer(pi, "rcmp", "ACCEPTED");
    executeJob(pi, "Task_SendNomination");
    complete(pi, "Task_RecordLeadAnswer", "gac-desk", Map.of(LEAD_ANSWER.name(), "ACCEPTED"));
    // a first attempt recorded the tour key then failed before the engine committed
    long nominationId = nominations(pi).get(0).id();
    fixture.nominations.setTourBusinessKey(nominationId, "DEP-2026-0042");
    executeJob(pi, "Task_StartDeployment");
    assertThat(fixture.tours.countOnMission(SelectionFixture.MISSION_KEY)).isEqualTo(1);
    assertThat(fixture.tours.findByBusinessKey("DEP-2026-0042")).isPresent();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("DEP-2026-0042").count())
        .isEqualTo(1);
  }

  @Test
  void anIneligibleNomineeIsRecordedWithEveryReasonAndTheCoordinatorIsTold() {
    // a UN mission: the plan says 3 years, the UN's floor of 5 holds; the UN test's mark in French counts
    fixture.plans.recordPlan(SelectionFixture.MISSION_KEY, 12, LocalDate.of(2027, 4, 1), 8, true, 3);
    ProcessInstance pi = start(true, 1, "2027-04-01");
    complete(pi, "Task_NominateOfficer", "agency-rcmp", nominee("R2", "Luc", "M", NOMINEE_SERVICE_START.name(), "2023-01-01",
        NOMINEE_UN_TEST_LANGUAGE.name(), "FR", NOMINEE_UN_TEST_SCORE.name(), 59, NOMINEE_UN_TEST_ON.name(), "2026-01-10"));
    complete(pi, "Task_ConfirmRelease", "agency-rcmp", release("YES"));

    Task told = task(pi, "Task_InformIneligible", "agency-rcmp");
    assertThat(told).isNotNull();
    String reasons = (String) engine.getTaskService().getVariable(told.getId(), INELIGIBLE_REASONS.name());
    assertThat(reasons).contains("4 years of service at deployment, at least 5 needed (UN floor)")
        .contains("UN language test mark 59% in FR, at least 60% needed");
    assertThat(nominations(pi)).singleElement().satisfies(n -> {
      assertThat(n.status()).isEqualTo(NominationStatus.INELIGIBLE);
      assertThat(n.reasons()).contains("4 years of service").contains("mark 59%");
    });
    // the nominee's data stays in the service's own scope, not at process level
    assertThat(variable(pi, INELIGIBLE_REASONS.name())).isNull();
    assertThat(variable(pi, NOMINEE_GIVEN_NAME.name())).isNull();
    engine.getTaskService().complete(told.getId());
    assertThat(task(pi, "Task_RecordMedicalClearance", "rcmp-health")).isNull();
  }

  @Test
  void aMedicallyUnfitNomineeLeavesThePoolWithOnlyTheVerdictRecorded() {
    ProcessInstance pi = start(false);
    complete(pi, "Task_NominateOfficer", "agency-rcmp", nominee("R3", "Ana", "F"));
    complete(pi, "Task_ConfirmRelease", "agency-rcmp", release("YES"));
    complete(pi, "Task_RecordMedicalClearance", "rcmp-health", Map.of(MEDICAL_VERDICT.name(), "UNFIT"));
    complete(pi, "Task_RecordSecurityClearance", "rcmp-security", Map.of(SECURITY_VERDICT.name(), "CLEARED"));

    assertThat(task(pi, "Task_InterviewCandidate", "rcmp-selection")).isNull();
    assertThat(nominations(pi)).singleElement().satisfies(n -> {
      assertThat(n.status()).isEqualTo(NominationStatus.NOT_CLEARED);
      assertThat(n.medicalVerdict()).isEqualTo("UNFIT");
    });
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Event_NotCleared").count()).isEqualTo(1);
  }

  @Test
  void aNomineeRefusedTheSecurityClearanceLeavesThePoolAndTheRegisterKeepsTheRefusalWithoutExpiry() {
    long luc = registered("rcmp", "R4", "Luc", "2010-01-01");
    ProcessInstance pi = start(false);
    complete(pi, "Task_NominateOfficer", "agency-rcmp", pick(luc));
    complete(pi, "Task_ConfirmRelease", "agency-rcmp", release("YES"));
    complete(pi, "Task_RecordMedicalClearance", "rcmp-health", Map.of(MEDICAL_VERDICT.name(), "FIT"));
    complete(pi, "Task_RecordSecurityClearance", "rcmp-security", Map.of(SECURITY_VERDICT.name(), "NOT_CLEARED"));

    assertThat(task(pi, "Task_InterviewCandidate", "rcmp-selection")).isNull();
    assertThat(nominations(pi)).singleElement().satisfies(n -> {
      assertThat(n.status()).isEqualTo(NominationStatus.NOT_CLEARED);
      assertThat(n.securityVerdict()).isEqualTo("NOT_CLEARED");
      assertThat(n.reasons()).isEqualTo("security clearance refused");
    });
    assertThat(fixture.register.entry(luc).orElseThrow().clearances())
        .containsExactly(new RegisterEntry.Clearance("SECURITY", "NOT_CLEARED", LocalDate.of(2026, 11, 2), null));
    assertThat(fixture.register.entry(luc).orElseThrow().validSecurityClearance(LocalDate.of(2026, 11, 2))).isNull();
  }

  @Test
  void aChiefWhoRefusesTheReleaseEndsTheNomination() {
    ProcessInstance pi = start(false);
    complete(pi, "Task_NominateOfficer", "agency-spvm", nominee("S1", "Paul", "M"));
    complete(pi, "Task_ConfirmRelease", "agency-spvm", release("NO"));
    assertThat(nominations(pi)).singleElement().satisfies(n -> {
      assertThat(n.status()).isEqualTo(NominationStatus.NOT_RELEASED);
      assertThat(n.reasons()).contains("chief");
    });
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Event_NotReleased").count()).isEqualTo(1);
    assertThat(task(pi, "Task_RecordMedicalClearance", "rcmp-health")).isNull();
  }

  @Test
  void aServiceAtItsReleaseLimitCannotReleaseAnotherOfficer() {
    // Saint-Jérôme: 100 sworn officers, 2% = 2 abroad at most; two are abroad already
    fixture.db.sql("UPDATE agency SET active = (code IN ('rcmp', 'stjerome'))").update();
    for (int i = 1; i <= 2; i++) {
      var officer = fixture.officers.save(new ca.gc.cpa.domain.Officer(null, "stjerome", "J" + i, "A", "B", "Cst", "M",
          LocalDate.of(1980, 1, 1)));
      fixture.tours.create(new Tour(null, "DEP-2025-000" + i, officer.id(), "stjerome", "MSN-X-2025", 1, 1,
          TourStatus.DEPLOYED));
    }
    ProcessInstance pi = start(false);
    complete(pi, "Task_NominateOfficer", "agency-stjerome", nominee("J9", "Eve", "F"));
    complete(pi, "Task_ConfirmRelease", "agency-stjerome", release("YES"));
    assertThat(nominations(pi)).singleElement().satisfies(n -> {
      assertThat(n.status()).isEqualTo(NominationStatus.NOT_RELEASED);
      assertThat(n.reasons()).contains("limit is 2");
    });
  }

  @Test
  void anOfferRefusedMovesToTheNextCandidate() {
    ProcessInstance pi = start(false);
    screen(pi, "rcmp", nominee("R1", "Marie", "F"), 90);
    screen(pi, "spvm", nominee("S1", "Paul", "M"), 70);
    assertThat(variable(pi, CANDIDATE_AGENCY_CODE.name())).isEqualTo("rcmp");
    assertThat(variable(pi, WOMEN_SHARE_PERCENT.name())).isEqualTo(50);
    confirmAndOffer(pi, "rcmp", "REFUSED");

    assertThat(pi).isWaitingAt("Task_ConfirmSelection");
    assertThat(variable(pi, CANDIDATE_AGENCY_CODE.name())).isEqualTo("spvm");
    assertThat(variable(pi, CANDIDATE_NAME.name())).isEqualTo("Sgt Paul Roy");
    confirmAndOffer(pi, "spvm", "ACCEPTED");
    assertThat(nominations(pi)).extracting(Nomination::status)
        .containsExactly(NominationStatus.REFUSED, NominationStatus.OFFERED);
  }

  @Test
  void passingOverNeedsAReasonAndMovesToTheNextCandidate() {
    ProcessInstance pi = start(false);
    screen(pi, "rcmp", nominee("R1", "Marie", "F"), 90);
    screen(pi, "spvm", nominee("S1", "Paul", "M"), 70);
    Task confirm = task(pi, "Task_ConfirmSelection", "rcmp-selection");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        engine.getTaskService().complete(confirm.getId(), Map.of(SELECTION_DECISION.name(), "PASS_OVER")))
        .hasMessageContaining(PASS_OVER_REASON.name());
    engine.getTaskService().complete(confirm.getId(), Map.of(SELECTION_DECISION.name(), "PASS_OVER", PASS_OVER_REASON.name(), "family"));
    assertThat(variable(pi, CANDIDATE_AGENCY_CODE.name())).isEqualTo("spvm");
    assertThat(nominations(pi).get(0).status()).isEqualTo(NominationStatus.PASSED_OVER);
  }

  @Test
  void anEmptyPoolReopensTheCall() {
    ProcessInstance pi = start(false);
    noNominee(pi, "rcmp");
    noNominee(pi, "spvm");
    assertThat(pi).isWaitingAt("SubProcess_CallForInterest");
    assertThat(task(pi, "Task_NominateOfficer", "agency-rcmp")).isNotNull();
    assertThat(task(pi, "Task_NominateOfficer", "agency-spvm")).isNotNull();
    assertThat(fixture.nominations.selectionOf(pi.getId()).callRound()).isEqualTo(2);
    assertThat(variable(pi, CANDIDATE_FOUND.name())).isEqualTo(false);
  }

  @Test
  void theNominationWindowClosesOnItsOwn() {
    ProcessInstance pi = start(false);
    for (Job timer : engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_NominationWindowClosed").list()) {
      assertThat(timer.getDuedate()).isEqualTo(date(LocalDate.of(2026, 11, 16)));
      engine.getManagementService().executeJob(timer.getId());
    }
    // nobody nominated in time: the call opens again
    assertThat(fixture.nominations.selectionOf(pi.getId()).callRound()).isEqualTo(2);
    assertThat(task(pi, "Task_NominateOfficer", "agency-rcmp")).isNotNull();
  }

  @Test
  void aRejectedNominationSetsTheCandidateAsideAndTheNextOneIsChosen() {
    ProcessInstance pi = start(false);
    screen(pi, "rcmp", nominee("R1", "Marie", "F"), 90);
    screen(pi, "spvm", nominee("S1", "Paul", "M"), 70);
    confirmAndOffer(pi, "rcmp", "ACCEPTED");
    executeJob(pi, "Task_SendNomination");
    engine.getRuntimeService().createMessageCorrelation(CandidateSelectionProcess.NominationRejected.MESSAGE)
        .processInstanceBusinessKey(SELECTION_KEY)
        .setVariables(new CandidateSelectionProcess.NominationRejected("profile mismatch").variables()).correlateWithResult();

    assertThat(pi).isWaitingAt("Task_ConfirmSelection");
    assertThat(variable(pi, CANDIDATE_AGENCY_CODE.name())).isEqualTo("spvm");
    Nomination rejected = nominations(pi).get(0);
    assertThat(rejected.status()).isEqualTo(NominationStatus.REJECTED);
    assertThat(rejected.reasons()).contains("profile mismatch");
  }

  @Test
  void gacDeskRecordsARejectionByHandAndAnOverdueAnswerCountsAsNone() {
    ProcessInstance pi = start(false);
    screen(pi, "rcmp", nominee("R1", "Marie", "F"), 90);
    screen(pi, "spvm", nominee("S1", "Paul", "M"), 70);
    confirmAndOffer(pi, "rcmp", "ACCEPTED");
    executeJob(pi, "Task_SendNomination");
    complete(pi, "Task_RecordLeadAnswer", "gac-desk", Map.of(LEAD_ANSWER.name(), "REJECTED"));
    confirmAndOffer(pi, "spvm", "ACCEPTED");
    executeJob(pi, "Task_SendNomination");
    executeJob(pi, "Event_LeadAnswerOverdue");

    assertThat(nominations(pi)).extracting(Nomination::status)
        .containsExactly(NominationStatus.REJECTED, NominationStatus.REJECTED);
    assertThat(nominations(pi).get(1).reasons()).contains("no answer");
    assertThat(task(pi, "Task_NominateOfficer", "agency-rcmp")).as("empty pool reopens the call").isNotNull();
  }

  @Test
  void aUnMissionAsksForTheUnAssessmentAndWarnsWhenTheVisitIsLate() {
    ProcessInstance pi = start(true, 1, "2027-01-15");
    screen(pi, "rcmp", nominee("R1", "Marie", "F"), 85);
    Task assessment = task(pi, "Task_RecordUnAssessment", "rcmp-selection");
    assertThat(assessment).isNotNull();
    assertThat((String) engine.getTaskService().getVariable(assessment.getId(), UN_ASSESSMENT_WARNING.name()))
        .contains("less than 3 months");
    engine.getTaskService().complete(assessment.getId(), Map.of(UN_ASSESSMENT_DATE.name(), "2026-11-02",
        UN_LANGUAGE_SCORE.name(), 75, UN_DRIVING_PASSED.name(), true, UN_FIREARMS_PASSED.name(), false));
    noNominee(pi, "spvm");
    // armed position, firearms failed: not in the pool
    assertThat(nominations(pi).get(0).status()).isEqualTo(NominationStatus.NOT_RECOMMENDED);
    assertThat(variable(pi, CANDIDATE_FOUND.name())).isEqualTo(false);
  }

  @Test
  void aUnMissionReusesAPassUnder24MonthsOld() {
    ProcessInstance pi = start(true);
    screen(pi, "rcmp", nominee("R1", "Marie", "F", NOMINEE_UN_ASSESSMENT_ON.name(), "2025-06-01"), 85);
    assertThat(task(pi, "Task_RecordUnAssessment", "rcmp-selection")).isNull();
    noNominee(pi, "spvm");
    assertThat(pi).isWaitingAt("Task_ConfirmSelection");
  }

  @Test
  void aUnMissionWithAPassedAssessmentShortlistsTheNominee() {
    ProcessInstance pi = start(true);
    screen(pi, "rcmp", nominee("R1", "Marie", "F"), 85);
    Task assessment = task(pi, "Task_RecordUnAssessment", "rcmp-selection");
    assertThat((String) engine.getTaskService().getVariable(assessment.getId(), UN_ASSESSMENT_WARNING.name())).startsWith("None");
    engine.getTaskService().complete(assessment.getId(), Map.of(UN_ASSESSMENT_DATE.name(), "2026-11-02",
        UN_LANGUAGE_SCORE.name(), 75, UN_DRIVING_PASSED.name(), true, UN_FIREARMS_PASSED.name(), true));
    noNominee(pi, "spvm");
    assertThat(pi).isWaitingAt("Task_ConfirmSelection");
    assertThat(nominations(pi).get(0).unAssessmentOn()).isEqualTo(LocalDate.of(2026, 11, 2));
  }

  /**
   * A selection carries what its model routes on and its forms show: the mission's terms, the call round, the
   * candidate, a service's nomination and a nominee's own answers once recorded are business rows, and each form's
   * answers are declared only where and when the form is reached.
   */
  @Test
  void aSelectionCarriesOnlyWhatItsModelRoutesOnAndItsFormsShow() {
    ProcessInstance pi = start(true);
    var atCall = VariableCensus.of(engine, pi.getId());
    complete(pi, "Task_NominateOfficer", "agency-rcmp", nominee("R1", "Marie", "F"));
    complete(pi, "Task_ConfirmRelease", "agency-rcmp", release("YES"));
    complete(pi, "Task_RecordMedicalClearance", "rcmp-health", Map.of(MEDICAL_VERDICT.name(), "FIT"));
    complete(pi, "Task_RecordSecurityClearance", "rcmp-security", Map.of(SECURITY_VERDICT.name(), "CLEARED"));
    var atInterview = VariableCensus.of(engine, pi.getId());
    complete(pi, "Task_InterviewCandidate", "rcmp-selection",
        Map.of(INTERVIEW_SCORE.name(), 85, INTERVIEW_RECOMMENDATION.name(), "RECOMMENDED"));
    complete(pi, "Task_RecordUnAssessment", "rcmp-selection", Map.of(UN_ASSESSMENT_DATE.name(), "2026-11-02",
        UN_LANGUAGE_SCORE.name(), 75, UN_DRIVING_PASSED.name(), true, UN_FIREARMS_PASSED.name(), true));
    noNominee(pi, "spvm");
    var atChoice = VariableCensus.of(engine, pi.getId());
    confirmAndOffer(pi, "rcmp", "ACCEPTED");
    executeJob(pi, "Task_SendNomination");
    engine.getRuntimeService().createMessageCorrelation(CandidateSelectionProcess.NominationAccepted.MESSAGE)
        .processInstanceBusinessKey(SELECTION_KEY).correlateWithResult();
    executeJob(pi, "Task_StartDeployment");
    assertThat(pi).isEnded();
    System.out.printf("selection variables: at the call %s%nat the interview %s%nat the choice %s%nwritten over its life %d%n",
        atCall, atInterview, atChoice, VariableCensus.written(engine, pi.getId()));

    List<Variable<?>> started = List.of(MISSION_BUSINESS_KEY, MISSION_NAME, POSITION_NUMBER, ROTATION, UN_MISSION,
        PLANNED_DEPLOYMENT_DATE, POSITION_ROLE, MINIMUM_RANK, POSITION_LANGUAGE, POSITION_ARMED);
    assertThat(atCall.get("instance")).containsExactlyInAnyOrder(names(started));
    // a service's scope: its code, the choice of its officers and the answers of its form, nothing else
    assertThat(atCall.get("service spvm")).contains(AGENCY_CODE.name(), "loopCounter", REGISTER_OFFICERS.name())
        .containsAll(List.of(names(NOMINATION_ANSWERS))).hasSize(3 + NOMINATION_ANSWERS.size());
    assertThat(atInterview.get("instance")).isEqualTo(atCall.get("instance"));
    assertThat(atInterview.get("service rcmp")).containsExactlyInAnyOrder(AGENCY_CODE.name(), "loopCounter",
        NOMINEE_NAME.name(), COMMANDER_RECOMMENDATION.name(), CHIEF_CONSENT.name(), RELEASE_ALLOWED.name(), ELIGIBLE.name(),
        UN_ASSESSMENT_VALID.name(), SECURITY_CLEARANCE_VALID.name(), MEDICAL_VERDICT.name(), SECURITY_VERDICT.name(),
        CLEARED.name(), INTERVIEW_SCORE.name(), INTERVIEW_RECOMMENDATION.name(), INTERVIEW_NOTES.name());
    assertThat(atChoice.get("instance")).containsExactlyInAnyOrder(names(List.of(MISSION_BUSINESS_KEY, MISSION_NAME,
        POSITION_NUMBER, ROTATION, UN_MISSION, PLANNED_DEPLOYMENT_DATE, POSITION_ROLE, MINIMUM_RANK, POSITION_LANGUAGE,
        POSITION_ARMED, CANDIDATE_FOUND, CANDIDATE_NAME, CANDIDATE_AGENCY_CODE, CANDIDATE_SUMMARY, NOMINEE_COUNT,
        WOMEN_SHARE_PERCENT, PROGRAM_WOMEN_SHARE_PERCENT, WOMEN_SHARE_BELOW_TARGET, WOMEN_SHARE_NOTE, WOMEN_SHARE_REASON,
        SELECTION_DECISION, OFFER_ANSWER, LEAD_ANSWER)));
  }

  @Test
  void aCommandPostNeedsTheMinimumRank() {
    ProcessInstance pi = start(false, 2, "2027-04-01");
    complete(pi, "Task_NominateOfficer", "agency-rcmp", nominee("R5", "Jean", "M"));
    complete(pi, "Task_ConfirmRelease", "agency-rcmp", release("YES"));
    assertThat(nominations(pi).get(0).reasons()).contains("rank Sgt below the command post's minimum Supt");
  }

  long registered(String agency, String number, String given, String serviceStart) {
    return fixture.register.register(new NewOfficer(agency, number, given, "Roy", "SGT", "F", LocalDate.of(1985, 4, 2),
        LocalDate.parse(serviceStart), List.of("FR", "EN"), List.of(), LocalDate.of(2005, 1, 1), LocalDate.of(2010, 1, 1),
        null, LocalDate.of(2032, 1, 1), null, null), "test");
  }

  static Map<String, Object> pick(long officerId) {
    return Map.of(NOMINATING.name(), "NOMINATE", NOMINEE_OFFICER_ID.name(), String.valueOf(officerId),
        NOMINEE_DISCIPLINE_CLEAR.name(), true, NOMINEE_OPEN_INVESTIGATION.name(), false);
  }

  @Test
  void aServiceNominatesFromItsRegisterWhichOffersOnlyItsOfficersFreeNow() {
    long marie = registered("rcmp", "R1", "Marie", "2010-01-01");
    long other = registered("spvm", "S1", "Sophie", "2010-01-01");
    ProcessInstance pi = start(false);
    Task nominate = task(pi, "Task_NominateOfficer", "agency-rcmp");
    String choices = engine.getTaskService().getVariable(nominate.getId(), REGISTER_OFFICERS.name()).toString();
    assertThat(choices).contains("Sgt Marie Roy (R1)").contains("\"" + marie + "\"").doesNotContain("Sophie");
    // another service's officer is not in this service's register
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(nominate.getId(), pick(other)))
        .hasMessageContaining("choose an officer of your service's register");
    engine.getTaskService().complete(nominate.getId(), pick(marie));
    assertThat(nominations(pi)).singleElement().satisfies(n -> {
      assertThat(n.officerId()).isEqualTo(marie);
      assertThat(n.yearsOfService()).as("what the register said that day").isEqualTo(16);
    });
    assertThat(fixture.register.entry(marie).orElseThrow().availability().status()).isEqualTo("NOMINATED");
  }

  @Test
  void anOfficerInAnOpenSelectionCannotBeNominatedAgainAndTheRefusalSaysWhere() {
    long marie = registered("rcmp", "R1", "Marie", "2010-01-01");
    ProcessInstance first = start(false);
    complete(first, "Task_NominateOfficer", "agency-rcmp", pick(marie));
    ProcessInstance second = start(false, 2, "2027-04-01");
    Task nominate = task(second, "Task_NominateOfficer", "agency-rcmp");
    assertThat(engine.getTaskService().getVariable(nominate.getId(), REGISTER_OFFICERS.name()).toString()).doesNotContain("Marie");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(nominate.getId(), pick(marie)))
        .hasMessageContaining("Sgt Marie Roy cannot be nominated: nominated in open selection SEL-MINUSMA-1-R1");
    // registering the same officer again under the same number is refused too
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(nominate.getId(),
        nominee("R1", "Marie", "F"))).hasMessageContaining("already in your register");
    assertThat(task(second, "Task_NominateOfficer", "agency-rcmp")).as("the task stays open").isNotNull();
  }

  @Test
  void anOfficerOnTourCannotBeNominated() {
    long marie = registered("rcmp", "R1", "Marie", "2010-01-01");
    fixture.tours.create(new Tour(null, "DEP-2026-0009", marie, "rcmp", "MSN-X-2026", 1, 1, TourStatus.DEPLOYED));
    ProcessInstance pi = start(false);
    Task nominate = task(pi, "Task_NominateOfficer", "agency-rcmp");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(nominate.getId(), pick(marie)))
        .hasMessageContaining("cannot be nominated: on tour DEP-2026-0009 (MSN-X-2026)");
  }

  @Test
  void anSpvmOfficerWithNineYearsIsIneligibleUnderTheServicesOwnScreening() {
    ProcessInstance pi = start(false);
    // 9 full years at deployment (2027-04-01); the mission asks 5
    complete(pi, "Task_NominateOfficer", "agency-spvm", nominee("S9", "Paul", "M", NOMINEE_SERVICE_START.name(), "2018-01-01"));
    complete(pi, "Task_ConfirmRelease", "agency-spvm", release("YES"));
    assertThat(nominations(pi)).singleElement().satisfies(n -> {
      assertThat(n.status()).isEqualTo(NominationStatus.INELIGIBLE);
      assertThat(n.reasons()).isEqualTo("9 years of service, the service's own screening asks at least 10 (SPVM screening)");
    });
  }

  @Test
  void aCommanderWhoDoesNotRecommendEndsTheNominationAndIsRecorded() {
    ProcessInstance pi = start(false);
    complete(pi, "Task_NominateOfficer", "agency-spvm", nominee("S1", "Paul", "M"));
    complete(pi, "Task_ConfirmRelease", "agency-spvm", Map.of(CHIEF_CONSENT.name(), "YES",
        COMMANDER_RECOMMENDATION.name(), "NOT_RECOMMENDED"));
    assertThat(nominations(pi)).singleElement().satisfies(n -> {
      assertThat(n.status()).isEqualTo(NominationStatus.NOT_RELEASED);
      assertThat(n.reasons()).contains("commander does not recommend");
    });
    assertThat(fixture.db.sql("SELECT commander_recommends FROM nomination").query(Boolean.class).single()).isFalse();
    assertThat(pi).hasPassed("Event_NotReleased");
  }

  @Test
  void aUnAssessmentGoesIntoTheRegisterAndIsNotAskedAgainWhileValid() {
    ProcessInstance pi = start(true);
    screen(pi, "rcmp", nominee("R1", "Marie", "F"), 85);
    Task assessment = task(pi, "Task_RecordUnAssessment", "rcmp-selection");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(assessment.getId(),
        Map.of(UN_ASSESSMENT_DATE.name(), "2026-11-03", UN_LANGUAGE_SCORE.name(), 75, UN_DRIVING_PASSED.name(), true, UN_FIREARMS_PASSED.name(), true)))
        .hasMessageContaining("on or before today");
    engine.getTaskService().complete(assessment.getId(), Map.of(UN_ASSESSMENT_DATE.name(), "2026-11-02",
        UN_LANGUAGE_SCORE.name(), 75, UN_DRIVING_PASSED.name(), true, UN_FIREARMS_PASSED.name(), true));
    long officerId = nominations(pi).get(0).officerId();
    RegisterEntry entry = fixture.register.entry(officerId).orElseThrow();
    assertThat(entry.unAssessment()).isEqualTo(new RegisterEntry.UnAssessment("PASSED", LocalDate.of(2026, 11, 2),
        LocalDate.of(2028, 11, 2)));
    assertThat(entry.latestUnTest("FR").score()).isEqualTo(75);
  }

  @Test
  void aSecurityClearanceStillValidAtDeploymentIsReusedAndANewOneGoesIntoTheRegister() {
    long marie = registered("rcmp", "R1", "Marie", "2010-01-01");
    long luc = registered("spvm", "S1", "Luc", "2010-01-01");
    // Marie's clearance covers the deployment (2027-04-01); Luc's ends the day before
    fixture.register.recordClearance(marie, "SECURITY", "CLEARED", LocalDate.of(2023, 4, 1), LocalDate.of(2027, 4, 1), null);
    fixture.register.recordClearance(luc, "SECURITY", "CLEARED", LocalDate.of(2022, 3, 31), LocalDate.of(2027, 3, 31), null);
    ProcessInstance pi = start(false);
    complete(pi, "Task_NominateOfficer", "agency-rcmp", pick(marie));
    complete(pi, "Task_ConfirmRelease", "agency-rcmp", release("YES"));
    complete(pi, "Task_NominateOfficer", "agency-spvm", pick(luc));
    complete(pi, "Task_ConfirmRelease", "agency-spvm", release("YES"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_RecordSecurityClearance").count()).as("only Luc is screened again").isEqualTo(1);
    complete(pi, "Task_RecordSecurityClearance", "rcmp-security", Map.of(SECURITY_VERDICT.name(), "CLEARED"));
    engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordMedicalClearance")
        .list().forEach(t -> engine.getTaskService().complete(t.getId(), Map.of(MEDICAL_VERDICT.name(), "FIT")));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_InterviewCandidate").count()).as("both cleared").isEqualTo(2);
    assertThat(nominations(pi)).extracting(Nomination::securityVerdict).containsOnly("CLEARED");
    assertThat(fixture.register.entry(luc).orElseThrow().validSecurityClearance(LocalDate.of(2027, 4, 1)))
        .isEqualTo(new RegisterEntry.Clearance("SECURITY", "CLEARED", LocalDate.of(2026, 11, 2), LocalDate.of(2031, 11, 2)));
    assertThat(fixture.register.entry(marie).orElseThrow().clearances()).as("nothing new for Marie").hasSize(1);
  }

  @Test
  void theWomenShareIsMeasuredOverTheRotationAndAConfirmationUnderTheTargetAsksAReason() {
    ProcessInstance first = start(false);
    screen(first, "rcmp", nominee("R1", "Marie", "F"), 85);
    noNominee(first, "spvm");
    ProcessInstance second = start(false, 2, "2027-04-01");
    // position 2 (a command post): two men nominated in the same rotation
    complete(second, "Task_NominateOfficer", "agency-rcmp", nominee("R7", "Jean", "M", NOMINEE_RANK.name(), "SUPT"));
    complete(second, "Task_ConfirmRelease", "agency-rcmp", release("YES"));
    complete(second, "Task_NominateOfficer", "agency-spvm", nominee("S7", "Paul", "M", NOMINEE_RANK.name(), "SUPT"));
    complete(second, "Task_ConfirmRelease", "agency-spvm", release("YES"));
    for (String group : List.of("rcmp-health", "rcmp-security", "rcmp-selection")) {
      engine.getTaskService().createTaskQuery().processInstanceId(second.getId()).taskCandidateGroup(group).list()
          .forEach(t -> engine.getTaskService().complete(t.getId(), switch (group) {
            case "rcmp-health" -> Map.of(MEDICAL_VERDICT.name(), "FIT");
            case "rcmp-security" -> Map.of(SECURITY_VERDICT.name(), "CLEARED");
            default -> Map.of(INTERVIEW_SCORE.name(), 80, INTERVIEW_RECOMMENDATION.name(), "RECOMMENDED");
          }));
    }
    // three nominees in rotation 1, one woman: 33%, at the target; the first selection saw 1 of 1 then
    assertThat(variable(second, WOMEN_SHARE_PERCENT.name())).isEqualTo(33);
    assertThat(variable(second, WOMEN_SHARE_BELOW_TARGET.name())).isEqualTo(false);
    assertThat(variable(second, PROGRAM_WOMEN_SHARE_PERCENT.name())).isEqualTo(33);

    // a rotation of men only: confirming asks a reason, and does not block
    fixture.db.sql("UPDATE officer SET gender = 'M'").update();
    Task confirm = task(second, "Task_ConfirmSelection", "rcmp-selection");
    engine.getTaskService().complete(confirm.getId(), Map.of(SELECTION_DECISION.name(), "PASS_OVER", PASS_OVER_REASON.name(), "family"));
    assertThat(variable(second, WOMEN_SHARE_BELOW_TARGET.name())).isEqualTo(true);
    assertThat((String) variable(second, WOMEN_SHARE_NOTE.name())).startsWith("Below the target: 0 woman (women) among the rotation's 3");
    Task next = task(second, "Task_ConfirmSelection", "rcmp-selection");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(next.getId(),
        Map.of(SELECTION_DECISION.name(), "CONFIRM"))).hasMessageContaining(WOMEN_SHARE_REASON.name());
    engine.getTaskService().complete(next.getId(), Map.of(SELECTION_DECISION.name(), "CONFIRM",
        WOMEN_SHARE_REASON.name(), "No woman of the rank was available this rotation"));
    assertThat(second).isWaitingAt("Task_RecordOfferAnswer");
  }
}
