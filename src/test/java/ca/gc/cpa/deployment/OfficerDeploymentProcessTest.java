package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import ca.gc.cpa.domain.CostRecoveryRepository;
import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.MissionArrivalNoticeRepository;
import ca.gc.cpa.domain.MissionFreedPositionRepository;
import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.repatriation.CompleteTour;
import ca.gc.cpa.repatriation.RecoverCosts;
import ca.gc.cpa.repatriation.RepatriationProperties;
import ca.gc.cpa.repatriation.RepatriationTimers;
import ca.gc.cpa.repatriation.StartRepatriation;
import ca.gc.cpa.support.TestDatabase;
import ca.gc.cpa.training.AssessTrainingResult;
import ca.gc.cpa.training.EnrolInTrainingCheck;
import ca.gc.cpa.training.RetrainingDecisionCheck;
import ca.gc.cpa.training.TrainingProperties;
import ca.gc.cpa.training.TrainingResultCheck;
import ca.gc.cpa.welfare.WelfareProperties;
import ca.gc.cpa.welfare.WelfareTimers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Process officer-deployment, one test per path, with the real rule-backed beans on an in-memory business database. */
@Deployment(resources = {"officer-deployment.bpmn",
    "enrolInTraining.form", "recordTrainingResult.form", "decideRetraining.form", "obtainVisa.form", "chaseVisa.form",
    "escalateDepartureRisk.form", "arrangeTravel.form", "rebookTravel.form", "issueUniformsAndEquipment.form", "confirmVaccinations.form",
    "confirmDeparture.form", "confirmArrival.form", "holdWelfareCheckIn.form", "escalateMissedCheckIn.form",
    "arrangeWelfareSupport.form",
    "confirmExtensionRelease.form", "arrangeTravelHome.form", "arrangeDecompression.form",
    "holdOperationalDebrief.form", "checkPostMissionHealth.form", "confirmReturnToDuty.form", "awardRecognition.form"})
class OfficerDeploymentProcessTest {

  @RegisterExtension
  /** at least 90% of the flow nodes and sequence flows of the process, report under target/process-test-coverage */
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(MissionProcess.KEY).build();

  static final String KEY = "DEP-2026-0001";
  static final String MISSION_KEY = "MSN-MINUSMA-2026";
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  static final LocalDate ARRIVAL = LocalDate.of(2026, 4, 1);

  static final TrainingProperties TRAINING = new TrainingProperties(2, 5, 14);
  static final DeploymentProperties DEPLOYMENT = new DeploymentProperties(30, 14, 7, 60, 18);
  static final WelfareProperties WELFARE = new WelfareProperties(30, 7, 5, new BigDecimal("2.5"), 12);
  static final RepatriationProperties REPATRIATION = new RepatriationProperties(3, 14, 30, List.of("rcmp"));
  /** the program's one rate table by rank, yearly (Sgt: 116,400 a year, 9,700 a month) */
  static final ca.gc.cpa.planning.PlanningProperties RATES = new ca.gc.cpa.planning.PlanningProperties(12, 5, 5, 16,
      Map.of(ca.gc.cpa.planning.Rank.CST, 98400, ca.gc.cpa.planning.Rank.SGT, 116400, ca.gc.cpa.planning.Rank.SSGT, 124800),
      4000);

  ProcessEngine engine;
  TourRepository tours;
  CostRecoveryRepository recoveries;
  OfficerRepository officers;
  ProcessInstance mission;
  String deploymentId;

  private EffectLedger ledger;

  private MissionArrivalNoticeRepository arrivalNotices;
  private MissionFreedPositionRepository freedPositions;

  private ca.gc.cpa.domain.TourExtensionRequestRepository extensionRequests;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    init(engine);
    javax.sql.DataSource dataSource = TestDatabase.fresh();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    ledger = new EffectLedger(dataSource, "test");
    tours = new TourRepository(jdbc);
    recoveries = new CostRecoveryRepository(jdbc);
    officers = new OfficerRepository(jdbc);
    Mocks.register("tourStageListener", new TourStageListener(tours));
    Mocks.register("grantAgencyAccess", new ca.gc.cpa.identity.AgencyAccess());
    Mocks.register("deploymentTimers", new DeploymentTimers(DEPLOYMENT));
    Mocks.register("welfareTimers", new WelfareTimers(WELFARE));
    Mocks.register("repatriationTimers", new RepatriationTimers(REPATRIATION));
    Mocks.register("enrolInTrainingCheck", new EnrolInTrainingCheck(TRAINING));
    Mocks.register("trainingResultCheck", new TrainingResultCheck());
    Mocks.register("retrainingDecisionCheck", new RetrainingDecisionCheck(TRAINING));
    Mocks.register("confirmArrivalCheck", new ConfirmArrivalCheck());
    Mocks.register("departureRiskCheck", new DepartureRiskCheck());
    Mocks.register("rebookTravelCheck", new RebookTravelCheck());
    Mocks.register("postponeDeparture", new PostponeDeparture(tours));
    Mocks.register("tellMissionOfNewDeparture", new TellMissionOfNewDeparture(tours));
    arrivalNotices = new MissionArrivalNoticeRepository(jdbc);
    freedPositions = new MissionFreedPositionRepository(jdbc);
    Mocks.register("recordFreedPosition", new ca.gc.cpa.planning.RecordFreedPosition(freedPositions));
    Mocks.register("recordLaterArrival", new ca.gc.cpa.inmission.RecordLaterArrival(arrivalNotices));
    Mocks.register("confirmDepartureCheck", new ConfirmDepartureCheck());
    Mocks.register("awardRecognitionCheck", new ca.gc.cpa.repatriation.AwardRecognitionCheck(tours));
    Mocks.register("assessTrainingResult", new AssessTrainingResult(TRAINING, tours));
    Mocks.register("cancelTour", new CancelTour(tours));
    Mocks.register("notifyMissionPositionFreed", new NotifyMissionPositionFreed(tours, ledger));
    Mocks.register("assessVisaDelay", new AssessVisaDelay(DEPLOYMENT));
    Mocks.register("startTour", new StartTour(DEPLOYMENT, tours));
    extensionRequests = new ca.gc.cpa.domain.TourExtensionRequestRepository(jdbc);
    Mocks.register("decideExtension", new DecideExtension(DEPLOYMENT, tours, extensionRequests));
    Mocks.register("startRepatriation", new StartRepatriation(tours));
    Mocks.register("recoverCosts", new RecoverCosts(REPATRIATION, RATES, tours, recoveries, officers, ledger));
    Mocks.register("completeTour", new CompleteTour(tours));
    setToday(START);

    // the mission process is another helper's: a stub that waits for PositionFreed or DeparturePostponed, the first
    // caught as the mission does, by an event subprocess (the message's values go to the scope it starts)
    var missionStub = Bpmn.createExecutableProcess(MissionProcess.KEY).camundaHistoryTimeToLive(1);
    missionStub.eventSubProcess().startEvent("Event_PositionFreed").message("PositionFreed")
        .serviceTask("Task_RecordFreedPosition").camundaDelegateExpression("${recordFreedPosition}").endEvent();
    deploymentId = engine.getRepositoryService().createDeployment()
        .addModelInstance("mission-stub.bpmn", missionStub.startEvent()
            .intermediateCatchEvent("Event_OfficerDeparturePostponed").message("DeparturePostponed")
            .serviceTask("Task_RecordLaterArrival").camundaDelegateExpression("${recordLaterArrival}").endEvent().done())
        .deploy().getId();
    mission = null;   // started with the tour, inside the test's coverage run
  }

  /** the mission stub instance the tour reports to */
  void startMissionStub() {
    if (mission == null) {
      mission = engine.getRuntimeService().startProcessInstanceByKey(MissionProcess.KEY, MISSION_KEY);
    }
  }

  @AfterEach
  void tearDown() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
    Mocks.reset();
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ paths

  @Test
  void aFullTwelveMonthTourEndsWithTheOfficerBackOnDutyAndCostsRecovered() {
    ProcessInstance pi = start(false, false);
    assertThat(progress().status()).isEqualTo(TourStatus.IN_TRAINING);
    passTraining(pi, false);
    assertThat(progress().status()).isEqualTo(TourStatus.PREPARING);
    completeLogistics(pi);
    arrive(pi);
    assertThat(progress().stage()).isEqualTo("INDUCTION");
    finishInduction(pi);
    assertThat(progress().stage()).isEqualTo("ON_TOUR");

    // eleven months of check-ins: nobody asks for an extension, no task asks whether someone would
    LocalDate day = ARRIVAL.plusDays(7);
    while (day.isBefore(LocalDate.of(2027, 1, 31))) {
      day = day.plusDays(30);
      setToday(day);
      runDueJobs(pi);
      completeAll(pi, "Task_HoldWelfareCheckIn", Map.of(CHECK_IN_VERDICT.name(), "COMPLETED", FAMILY_CONTACTED.name(), true));
      assertThat(tasks(pi, "Task_EscalateMissedCheckIn")).isEmpty();
    }
    setToday(LocalDate.of(2027, 1, 31));
    runDueJobs(pi);
    assertThat(progress().stage()).isEqualTo("ON_TOUR");
    assertThat(pi).isWaitingAt("Gateway_TourEndOrExtension");

    setToday(LocalDate.of(2027, 4, 1));
    runDueJobs(pi);
    completeAll(pi, "Task_HoldWelfareCheckIn", Map.of(CHECK_IN_VERDICT.name(), "COMPLETED"));
    assertThat(progress().status()).isEqualTo(TourStatus.REPATRIATING);
    assertThat(progress().repatriationReason()).isEqualTo("END_OF_TOUR");
    assertThat(freedReasonTold()).isEqualTo("TOUR_COMPLETED");

    returnHome(pi);
    assertThat(pi).isEnded();
    assertThat(pi).hasPassed("Gateway_MergeDecompression").hasNotPassed("Task_ArrangeDecompression");
    var done = progress();
    assertThat(done.status()).isEqualTo(TourStatus.COMPLETED);
    assertThat(done.stage()).isEqualTo("BACK_ON_DUTY");
    var recovery = recoveries.find(KEY).orElseThrow();
    // away from the home service from the first day of training (2026-03-09) to the end of reintegration leave
    // (the day before the return to duty, 2027-04-15): 13 months and 5 days at a twelfth of the Sgt's 116,400
    assertThat(recovery.servedFrom()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(done.returnedToDutyOn()).isEqualTo(LocalDate.of(2027, 4, 15));
    assertThat(recovery.servedTo()).isEqualTo(LocalDate.of(2027, 4, 14));
    assertThat(recovery.fullMonths()).isEqualTo(13);
    assertThat(recovery.amount()).isEqualByComparingTo("127716.67");   // 13 x 9,700 + 5/30 x 9,700
    assertThat(tours.countActive()).isZero();
  }

  @Test
  void aTourStartsWithWhatItsModelRoutesOnAndItsFormsShowAndReadsItsTermsFromItsRecord() {
    ProcessInstance pi = start(true, false);
    assertThat(variableNames(pi)).containsExactlyInAnyOrder(MISSION_NAME.name(), POSITION_ROLE.name(), OFFICER_NAME.name(),
        AGENCY_CODE.name(), ARMED.name(), HIGH_STRESS.name(), PLANNED_DEPLOYMENT_DATE.name());
    // the terms the selection recorded: the months make the tour's end, the mission and position hear of the end
    var tour = tours.findByBusinessKey(KEY).orElseThrow();
    assertThat(tour.missionBusinessKey()).isEqualTo(MISSION_KEY);
    assertThat(tour.positionNumber()).isEqualTo(3);
    assertThat(progress().tourMonths()).isEqualTo(12);
    assertThat(progress().unMission()).isTrue();
    assertThat(progress().plannedDepartureOn()).isEqualTo(ARRIVAL);
  }

  @Test
  void aTrainingFailureLeadsToRetrainingAndThenThePass() {
    ProcessInstance pi = start(false, false);
    enrol(pi);
    complete(pi, "Task_RecordTrainingResult", results(false, MODULE_CULTURE.name(), "FAIL"));
    assertThat(pi).isWaitingAt("Task_DecideRetraining");
    assertThat(progress().stage()).isEqualTo("TRAINING_FAILED");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), FAILED_MODULES.name())).isEqualTo("CULTURE");
    complete(pi, "Task_DecideRetraining", Map.of(TRAINING_DECISION.name(), "RETRAIN"));
    assertThat(progress().stage()).isEqualTo("TRAINING");
    passTraining(pi, false);
    assertThat(progress().trainingAttempts()).isEqualTo(2);
    assertThat(progress().trainingResult()).isEqualTo("PASSED");
    assertThat(pi).hasPassed("Event_TrainingPassed");
    assertThat(progress().status()).isEqualTo(TourStatus.PREPARING);
  }

  @Test
  void aTrainingFailureLeadsToReplacementAndTheMissionIsToldThePositionIsFree() {
    ProcessInstance pi = start(true, false);
    enrol(pi);
    assertThatThrownBy(() -> complete(pi, "Task_RecordTrainingResult", results(false)))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(MODULE_WEAPONS.name());
    complete(pi, "Task_RecordTrainingResult", results(true, MODULE_WEAPONS.name(), "FAIL"));
    complete(pi, "Task_DecideRetraining", Map.of(TRAINING_DECISION.name(), "RETRAIN"));
    enrol(pi);
    complete(pi, "Task_RecordTrainingResult", results(true, MODULE_WEAPONS.name(), "FAIL"));
    // two sessions sat: a third is refused, replacement is the only choice left
    assertThatThrownBy(() -> complete(pi, "Task_DecideRetraining", Map.of(TRAINING_DECISION.name(), "RETRAIN")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("replace the officer");
    complete(pi, "Task_DecideRetraining", Map.of(TRAINING_DECISION.name(), "REPLACE"));

    assertThat(pi).isWaitingAt("Task_NotifyPositionFreedOnReplacement");
    assertThat(tasks(pi, "Task_ObtainVisa")).isEmpty();
    runDueJobs(pi);
    assertThat(pi).isEnded();
    assertThat(pi).hasPassed("Event_TourCancelled");
    assertThat(progress().status()).isEqualTo(TourStatus.CANCELLED);
    assertThat(freedReasonTold()).isEqualTo("REPLACEMENT");
    assertThat(freedPositions.freedPositions(MISSION_KEY)).singleElement().satisfies(freed -> {
      assertThat(freed.positionNumber()).isEqualTo(3);
      assertThat(freed.deploymentBusinessKey()).isEqualTo(KEY);
    });
  }

  @Test
  void anOfficerWithdrawingBeforeDepartureFreesThePosition() {
    ProcessInstance pi = start(false, false);
    engine.getRuntimeService().createMessageCorrelation(OfficerWithdrawn.MESSAGE).processInstanceBusinessKey(KEY).correlate();
    runDueJobs(pi);
    assertThat(pi).isEnded();
    assertThat(progress().status()).isEqualTo(TourStatus.CANCELLED);
    assertThat(freedReasonTold()).isEqualTo("REPLACEMENT");
  }

  @Test
  void aMissingVisaIsChasedAndADepartureAtRiskEscalates() {
    ProcessInstance pi = start(false, false);   // planned departure 2026-04-01
    assertThat(pi).isWaitingAt("Task_ObtainVisa");
    setToday(START.plusDays(29));
    runDueJobs(pi);
    assertThat(tasks(pi, "Task_ChaseVisa")).isEmpty();
    setToday(START.plusDays(30));
    runDueJobs(pi);
    complete(pi, "Task_ChaseVisa", Map.of(VISA_CHASE_NOTE.name(), "Embassy says two more weeks"));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), DEPARTURE_AT_RISK.name())).isEqualTo(true);
    assertThat(tasks(pi, "Task_EscalateDepartureRisk")).hasSize(1);
    assertThat(tasks(pi, "Task_ObtainVisa")).hasSize(1);   // the visa task stays open
  }

  @Test
  void aDepartureAtRiskIsPostponedToANewDateAndTravelIsRebookedForIt() {
    ProcessInstance pi = start(false, false);   // planned departure 2026-04-01
    setToday(START.plusDays(30));
    runDueJobs(pi);
    complete(pi, "Task_ChaseVisa", Map.of(VISA_CHASE_NOTE.name(), "Embassy says two more weeks"));
    assertThatThrownBy(() -> complete(pi, "Task_EscalateDepartureRisk", Map.of(DEPARTURE_RISK_DECISION.name(), "POSTPONE_DEPARTURE")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(NEW_DEPARTURE_DATE.name());
    assertThatThrownBy(() -> complete(pi, "Task_EscalateDepartureRisk", Map.of(DEPARTURE_RISK_DECISION.name(), "POSTPONE_DEPARTURE",
        NEW_DEPARTURE_DATE.name(), "2026-04-01"))).hasMessageContaining("must be after the departure it postpones (2026-04-01)");
    engine.getIdentityService().setAuthentication("ian", java.util.List.of("rcmp-ipob"));
    complete(pi, "Task_EscalateDepartureRisk", Map.of(DEPARTURE_RISK_DECISION.name(), "POSTPONE_DEPARTURE", NEW_DEPARTURE_DATE.name(), "2026-05-04"));
    engine.getIdentityService().clearAuthentication();
    assertThat(pi).hasPassed("Task_PostponeDeparture", "Event_MissionToldOfNewDate").isWaitingAt("Task_RebookTravel");
    assertThat(progress().plannedDepartureOn()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), PLANNED_DEPLOYMENT_DATE.name())).isEqualTo("2026-05-04");
    // the mission is told: which tour, the departure it replaces, the new one and who decided
    assertThat(mission).isEnded().hasPassed("Event_OfficerDeparturePostponed");
    assertThat(arrivalNotices.arrivalNotices(KEY)).singleElement().satisfies(notice -> {
      assertThat(notice.departureWas()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(notice.departureNow()).isEqualTo(LocalDate.of(2026, 5, 4));
      assertThat(notice.decidedBy()).isEqualTo("ian");
    });
    assertThatThrownBy(() -> complete(pi, "Task_RebookTravel", Map.of(TRAVEL_DEPARTURE_DATE.name(), "2026-04-01")))
        .hasMessageContaining("must not be before the postponed departure (2026-05-04)");
    complete(pi, "Task_RebookTravel", Map.of(TRAVEL_DEPARTURE_DATE.name(), "2026-05-04"));
    assertThat(pi).hasPassed("Event_DeparturePostponed");
  }

  @Test
  void aDepartureAtRiskMayKeepItsDate() {
    ProcessInstance pi = start(false, false);
    setToday(START.plusDays(30));
    runDueJobs(pi);
    complete(pi, "Task_ChaseVisa", Map.of(VISA_CHASE_NOTE.name(), "Embassy promises the visa this week"));
    complete(pi, "Task_EscalateDepartureRisk", Map.of(DEPARTURE_RISK_DECISION.name(), "KEEP_DATE"));
    assertThat(pi).hasPassed("Event_DepartureRiskHandled").hasNotPassed("Task_PostponeDeparture");
    assertThat(progress().plannedDepartureOn()).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void aMissingVisaIsChasedWithoutEscalationWhenTheDepartureIsFarOff() {
    ProcessInstance pi = start(false, false, LocalDate.of(2026, 6, 30));
    setToday(START.plusDays(30));
    runDueJobs(pi);
    complete(pi, "Task_ChaseVisa", Map.of(VISA_CHASE_NOTE.name(), "Embassy says two more weeks"));
    assertThat(tasks(pi, "Task_EscalateDepartureRisk")).isEmpty();
    assertThat(pi).hasPassed("Event_VisaChased");
  }

  @Test
  void aMissedWelfareCheckInEscalates() {
    ProcessInstance pi = onTour(false);
    setToday(ARRIVAL.plusDays(7 + 30));
    runDueJobs(pi);
    assertThat(tasks(pi, "Task_HoldWelfareCheckIn")).hasSize(1);
    setToday(ARRIVAL.plusDays(7 + 30 + 7));
    runDueJobs(pi);
    assertThat(tasks(pi, "Task_HoldWelfareCheckIn")).isEmpty();
    assertThat(tasks(pi, "Task_EscalateMissedCheckIn")).hasSize(1);
    assertThat(tasks(pi, "Task_EscalateMissedCheckIn").get(0).getName()).isEqualTo("Follow up missed check-in");
  }

  @Test
  void aWelfareCheckInNeedingSupportArrangesIt() {
    ProcessInstance pi = onTour(false);
    setToday(ARRIVAL.plusDays(7 + 30));
    runDueJobs(pi);
    complete(pi, "Task_HoldWelfareCheckIn", Map.of(CHECK_IN_VERDICT.name(), "NEEDS_SUPPORT", FAMILY_CONTACTED.name(), true));
    assertThat(tasks(pi, "Task_ArrangeWelfareSupport")).hasSize(1);
  }

  @Test
  void anEarlyReturnEndsTheTourAndTheMissionReplacesTheOfficer() {
    ProcessInstance pi = onTour(false);
    setToday(ARRIVAL.plusDays(100));
    earlyReturn("MEDICAL", true);
    assertThat(pi).hasPassed("Event_EarlyReturnDecided");
    assertThat(progress().status()).isEqualTo(TourStatus.REPATRIATING);
    assertThat(progress().repatriationReason()).isEqualTo("MEDICAL");
    assertThat(progress().freedReason()).isEqualTo("EARLY_RETURN");
    // what the message brought is on the record: the tour does not carry it
    assertThat(variableNames(pi)).doesNotContain(EARLY_RETURN_KIND.name(), REPLACEMENT_NEEDED.name());
    runDueJobs(pi);
    assertThat(freedReasonTold()).isEqualTo("EARLY_RETURN");
    assertThat(pi).isWaitingAt("Task_ArrangeTravelHome");
    returnHome(pi);
    assertThat(pi).isEnded();
    var recovery = recoveries.find(KEY).orElseThrow();
    assertThat(recovery.fullMonths()).isEqualTo(4);
    assertThat(recovery.extraDays()).isEqualTo(14);   // training 2026-03-09 to the end of leave, 2026-07-23
  }

  @Test
  void anEarlyReturnTheMissionDoesNotReplaceFreesThePositionWithoutReselection() {
    ProcessInstance pi = onTour(false);
    setToday(ARRIVAL.plusDays(200));
    earlyReturn("COMPASSIONATE", false);
    assertThat(progress().repatriationReason()).isEqualTo("COMPASSIONATE");
    runDueJobs(pi);
    assertThat(freedReasonTold()).isEqualTo("NOT_REPLACED");
  }

  @Test
  void anExtensionIsGrantedWhenAllAgreeWithinTheMaximum() {
    ProcessInstance pi = onTour(false);
    reachTheNotice(pi);
    requestExtension(6, true, null);
    assertThat(progress().stage()).isEqualTo("EXTENSION_REVIEW");
    assertThat(tasks(pi, "Task_ConfirmExtensionRelease").get(0).getTaskDefinitionKey()).isEqualTo("Task_ConfirmExtensionRelease");
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("agency-spvm").count()).isEqualTo(1);
    complete(pi, "Task_ConfirmExtensionRelease", Map.of(HOME_SERVICE_RELEASES.name(), true));
    assertThat(extensionRequests.extensionDecisions(KEY)).containsExactly(GRANTED);
    // what the request brought is used: the tour does not carry it until the next one
    assertThat(variableNames(pi)).doesNotContain(EXTENSION_MONTHS.name(), MISSION_NEEDS_POST.name(),
        OFFICER_REQUESTS_EXTENSION.name(), APPRAISAL_RATING.name());
    assertThat(pi).isWaitingAt("Gateway_TourEndOrExtension");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), TOUR_ENDS_AT.name())).isEqualTo("2027-10-01T00:00:00");
    assertThat(progress().tourEndOn()).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(progress().extensionMonths()).isEqualTo(6);
  }

  @Test
  void anExtensionOverTheMaximumIsRefusedAndTheTourEndsOnTime() {
    ProcessInstance pi = onTour(false);
    reachTheNotice(pi);
    requestExtension(7, true, null);
    complete(pi, "Task_ConfirmExtensionRelease", Map.of(HOME_SERVICE_RELEASES.name(), true));
    assertThat(extensionRequests.extensionDecisions(KEY)).singleElement().asString().startsWith("REFUSED")
        .contains("more than the maximum of 18");
    assertThat(pi).isWaitingAt("Gateway_TourEndOrExtension");
    assertThat(progress().tourEndOn()).isEqualTo(LocalDate.of(2027, 4, 1));
  }

  @Test
  void anExtensionTheHomeServiceDoesNotReleaseIsRefused() {
    ProcessInstance pi = onTour(false);
    reachTheNotice(pi);
    requestExtension(3, true, null);
    complete(pi, "Task_ConfirmExtensionRelease", Map.of(HOME_SERVICE_RELEASES.name(), false));
    assertThat(pi).isWaitingAt("Gateway_TourEndOrExtension");
    assertThat(progress().extensionMonths()).isZero();
  }

  @Test
  void anExtensionAfterAnAppraisalBelowExpectationsIsRefused() {
    ProcessInstance pi = onTour(false);
    reachTheNotice(pi);
    requestExtension(3, true, "DOES_NOT_MEET");
    complete(pi, "Task_ConfirmExtensionRelease", Map.of(HOME_SERVICE_RELEASES.name(), true));
    assertThat(extensionRequests.extensionDecisions(KEY)).singleElement().asString()
        .contains("appraisal does not meet expectations");
    assertThat(progress().tourEndOn()).isEqualTo(LocalDate.of(2027, 4, 1));
  }

  @Test
  void decompressionIsAppliedForAHighStressMission() {
    ProcessInstance pi = repatriating(true);
    complete(pi, "Task_ArrangeTravelHome", Map.of(RETURN_TRAVEL_DATE.name(), "2027-04-02"));
    assertThat(pi).isWaitingAt("Task_ArrangeDecompression");
    complete(pi, "Task_ArrangeDecompression", Map.of(DECOMPRESSION_LOCATION.name(), "Paphos, Cyprus"));
    assertThat(pi).isWaitingAt("Event_DecompressionCompleted");
    assertThat(progress().stage()).isEqualTo("DECOMPRESSION");
    setToday(LocalDate.of(2027, 4, 3));   // three days from 2027-04-01
    runDueJobs(pi);
    assertThat(pi).isWaitingAt("Event_DecompressionCompleted");
    setToday(LocalDate.of(2027, 4, 4));
    runDueJobs(pi);
    assertThat(pi).isWaitingAt("Task_HoldOperationalDebrief");
  }

  @Test
  void noDecompressionForAMissionNotFlagged() {
    ProcessInstance pi = repatriating(false);
    complete(pi, "Task_ArrangeTravelHome", Map.of(RETURN_TRAVEL_DATE.name(), "2027-04-02"));
    assertThat(pi).isWaitingAt("Task_HoldOperationalDebrief");
    assertThat(pi).hasNotPassed("Task_ArrangeDecompression");
  }

  @Test
  void theMissionIsToldThePositionIsFreeOnlyOnce() {
    ProcessInstance pi = repatriating(false);
    assertThat(freedReasonTold()).isEqualTo("TOUR_COMPLETED");
    // the same step run again (e.g. restarted from Cockpit) does not tell the mission twice
    ProcessInstance secondMission = engine.getRuntimeService().startProcessInstanceByKey(MissionProcess.KEY, MISSION_KEY);
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .startBeforeActivity("Task_NotifyPositionFreed").execute();
    runDueJobs(pi);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(secondMission.getId()).count())
        .isEqualTo(1);
  }

  // ------------------------------------------------------------------ walking the process


  ProcessInstance start(boolean armed, boolean highStress) {
    return start(armed, highStress, ARRIVAL);
  }

  ProcessInstance start(boolean armed, boolean highStress, LocalDate plannedDeparture) {
    Officer officer = officers.save(new Officer(null, "spvm", "SPVM-4411", "Marie", "Roy", "Sgt", "F", LocalDate.of(1984, 5, 2)));
    // what the selection records before it starts the tour: the tour and its terms
    tours.create(new Tour(null, KEY, officer.id(), "spvm", MISSION_KEY, 3, 1, TourStatus.SELECTED));
    tours.recordTerms(KEY, plannedDeparture, 12, true);
    var start = new Start(KEY, "MINUSMA, Mali", "Police adviser", officer.displayName(), "spvm", armed, highStress,
        plannedDeparture);
    startMissionStub();
    return engine.getRuntimeService().startProcessInstanceByKey(OfficerDeploymentProcess.KEY, start.businessKey(),
        start.variables());
  }

  void enrol(ProcessInstance pi) {
    complete(pi, "Task_EnrolInTraining", Map.of(TRAINING_START_DATE.name(), "2026-03-09", TRAINING_END_DATE.name(), "2026-03-13"));
  }

  Map<String, Object> results(boolean withWeapons, String... overrides) {
    Map<String, Object> r = new HashMap<>();
    for (String k : List.of(MODULE_CULTURE.name(), MODULE_GEOPOLITICS.name(), MODULE_HOST_POLICE_SYSTEM.name(), MODULE_LIVING_CONDITIONS.name(),
        MODULE_MEDICAL.name(), MODULE_PSYCHOLOGICAL_EFFECTS.name(), MODULE_CHILD_PROTECTION.name())) {
      r.put(k, "PASS");
    }
    if (withWeapons) {
      r.put(MODULE_WEAPONS.name(), "PASS");
    }
    for (int i = 0; i < overrides.length; i += 2) {
      r.put(overrides[i], overrides[i + 1]);
    }
    return r;
  }

  void passTraining(ProcessInstance pi, boolean armed) {
    enrol(pi);
    complete(pi, "Task_RecordTrainingResult", results(armed));
  }

  void completeLogistics(ProcessInstance pi) {
    complete(pi, "Task_ObtainVisa", Map.of(VISA_ISSUED_ON.name(), "2026-03-20"));
    complete(pi, "Task_ArrangeTravel", Map.of(TRAVEL_DEPARTURE_DATE.name(), "2026-03-31"));
    complete(pi, "Task_IssueUniformsAndEquipment", Map.of(ITEMS_ISSUED.name(), List.of("UNIFORMS", "FIELD_KIT")));
    complete(pi, "Task_ConfirmVaccinations", Map.of(VACCINATIONS_VERDICT.name(), "COMPLETED", MEDICAL_KIT_ISSUED.name(), true));
  }

  void arrive(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_ConfirmDeparture");
    assertThat(progress().stage()).isEqualTo("READY_TO_DEPART");
    setToday(ARRIVAL);
    assertThatThrownBy(() -> complete(pi, "Task_ConfirmDeparture", Map.of(DEPARTED_ON.name(), ARRIVAL.plusDays(1).toString())))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("on or before today");
    complete(pi, "Task_ConfirmDeparture", Map.of(DEPARTED_ON.name(), "2026-03-31"));
    assertThat(progress().status()).isEqualTo(TourStatus.DEPLOYED);
    assertThatThrownBy(() -> complete(pi, "Task_ConfirmArrival", Map.of(ARRIVED_ON.name(), "2026-03-30")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("before the departure");
    complete(pi, "Task_ConfirmArrival", Map.of(ARRIVED_ON.name(), ARRIVAL.toString()));
    assertThat(pi).isWaitingAt("Event_InductionCompleted");
  }

  void finishInduction(ProcessInstance pi) {
    setToday(ARRIVAL.plusDays(6));
    runDueJobs(pi);
    assertThat(pi).isWaitingAt("Event_InductionCompleted");
    setToday(ARRIVAL.plusDays(7));
    runDueJobs(pi);
    assertThat(pi).isWaitingAt("Gateway_TourEndOrExtension");
  }

  ProcessInstance onTour(boolean highStress) {
    ProcessInstance pi = start(false, highStress);
    passTraining(pi, false);
    completeLogistics(pi);
    arrive(pi);
    finishInduction(pi);
    return pi;
  }

  /** two months before the tour ends (the notice for an extension), the check-ins done on the way */
  void reachTheNotice(ProcessInstance pi) {
    LocalDate day = ARRIVAL.plusDays(7);
    while (day.isBefore(LocalDate.of(2027, 1, 31))) {
      day = day.plusDays(30);
      setToday(day);
      runDueJobs(pi);
      completeAll(pi, "Task_HoldWelfareCheckIn", Map.of(CHECK_IN_VERDICT.name(), "COMPLETED"));
    }
    setToday(LocalDate.of(2027, 1, 31));
    runDueJobs(pi);
    assertThat(pi).isWaitingAt("Gateway_TourEndOrExtension");
  }

  /** what process extension-request records and hands the tour */
  void requestExtension(int months, boolean missionNeedsPost, String appraisalRating) {
    extensionRequests.recordExtensionRequest(KEY, months, "The mission asks", "carl", java.time.LocalDateTime.now());
    engine.getRuntimeService().createMessageCorrelation(ExtensionRequested.MESSAGE).processInstanceBusinessKey(KEY)
        .setVariables(new ExtensionRequested(months, missionNeedsPost, true, appraisalRating).variables()).correlate();
  }

  /** an instance started at the repatriation (the steps before it have their own tests) */
  ProcessInstance repatriating(boolean highStress) {
    ProcessInstance started = start(false, highStress);
    engine.getRuntimeService().deleteProcessInstance(started.getId(), "test set-up");
    tours.recordArrival(KEY, LocalDate.of(2026, 3, 31), ARRIVAL, LocalDate.of(2027, 4, 1));
    setToday(LocalDate.of(2027, 4, 1));
    Map<String, Object> vars = new HashMap<>(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(started.getId()).list().stream()
        .collect(java.util.stream.Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)));
    startMissionStub();
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(OfficerDeploymentProcess.KEY).businessKey(KEY)
        .setVariables(vars).startBeforeActivity("Task_StartRepatriation").execute();
    runDueJobs(pi);
    assertThat(pi).isWaitingAt("Task_ArrangeTravelHome");
    return pi;
  }

  void returnHome(ProcessInstance pi) {
    complete(pi, "Task_ArrangeTravelHome", Map.of(RETURN_TRAVEL_DATE.name(), today().toString()));
    assertThat(progress().stage()).isEqualTo("DEBRIEF");
    complete(pi, "Task_HoldOperationalDebrief", Map.of(DEBRIEF_HELD_ON.name(), today().toString()));
    assertThat(progress().stage()).isEqualTo("HEALTH_CHECK");
    complete(pi, "Task_CheckPostMissionHealth", Map.of(POST_MISSION_VERDICT.name(), "FIT"));
    assertThat(progress().stage()).isEqualTo("REINTEGRATION_LEAVE");
    setToday(today().plusDays(14));
    runDueJobs(pi);
    complete(pi, "Task_ConfirmReturnToDuty", Map.of(RETURNED_TO_DUTY_ON.name(), today().toString()));
    complete(pi, "Task_AwardRecognition", Map.of(MEDALS_AWARDED.name(), List.of("UN_MEDAL")));
    runDueJobs(pi);
  }

  void earlyReturn(String kind, boolean replacementNeeded) {
    engine.getRuntimeService().createMessageCorrelation(EarlyReturnDecided.MESSAGE).processInstanceBusinessKey(KEY)
        .setVariables(new EarlyReturnDecided(kind, replacementNeeded).variables()).correlate();
  }

  // ------------------------------------------------------------------ engine helpers

  List<Task> tasks(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  void complete(ProcessInstance pi, String key, Map<String, Object> vars) {
    List<Task> open = tasks(pi, key);
    assertThat(open).as("open task " + key).hasSize(1);
    engine.getTaskService().complete(open.get(0).getId(), vars);
  }

  void completeAll(ProcessInstance pi, String key, Map<String, Object> vars) {
    tasks(pi, key).forEach(t -> engine.getTaskService().complete(t.getId(), vars));
  }

  /** executes every job due on the engine's clock (timers and asynchronous steps) until none is left */
  void runDueJobs(ProcessInstance pi) {
    for (int round = 0; round < 200; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs keep falling due");
  }

  static void setToday(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).atZone(ZoneId.systemDefault()).toInstant()));
  }

  static LocalDate today() {
    return TourCalendar.today();
  }

  ca.gc.cpa.domain.TourProgress progress() {
    return tours.findProgress(KEY).orElseThrow();
  }

  String freedReasonTold() {
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(mission.getId()).count())
        .as("the mission got PositionFreed").isZero();
    var told = freedPositions.freedPositions(MISSION_KEY);
    assertThat(told).as("the mission is told once").hasSize(1);
    return told.get(0).reason();
  }

  /** the names of the variables the instance holds now, in all its scopes */
  List<String> variableNames(ProcessInstance pi) {
    return engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(pi.getId()).list().stream()
        .map(v -> v.getName()).toList();
  }
}
