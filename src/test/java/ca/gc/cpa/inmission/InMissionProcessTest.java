package ca.gc.cpa.inmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import ca.gc.cpa.deployment.DeploymentProperties;
import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourAppraisalRepository;
import ca.gc.cpa.domain.TourEarlyReturnRepository;
import ca.gc.cpa.domain.TourExtensionRequestRepository;
import ca.gc.cpa.domain.TourIncidentRepository;
import ca.gc.cpa.domain.TourLeaveRequestRepository;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.identity.AgencyAccess;
import ca.gc.cpa.process.EarlyReturnProcess;
import ca.gc.cpa.process.ExtensionRequestProcess;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.process.PerformanceAppraisalProcess;
import ca.gc.cpa.process.TourEvent;
import ca.gc.cpa.support.ServingOfficers;
import ca.gc.cpa.support.TestDatabase;
import ca.gc.cpa.welfare.WelfareProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The in-mission event processes (mission-report, incident, leave-request, early-return), one test per path,
 * with the real rule-backed beans on an in-memory business database; the officer's tour and the mission are
 * stubs that wait for the messages these processes send.
 */
@Deployment(resources = {"mission-report.bpmn", "incident.bpmn", "leave-request.bpmn", "early-return.bpmn",
    "performance-appraisal.bpmn", "extension-request.bpmn", "recordAppraisal.form", "requestExtension.form",
    "sendMissionReport.form", "reportIncident.form", "decideEmergencyRepatriation.form", "followUpIncident.form",
    "requestLeave.form", "approveLeave.form", "requestEarlyReturn.form", "prepareForEarlyReturn.form"})
class InMissionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("officer-deployment", MissionProcess.KEY).build();

  static final String MISSION = "MSN-MINUSMA-2026";
  static final String OTHER_MISSION = "MSN-MONUSCO-2026";
  static final String SPVM_TOUR = "DEP-2026-0101";
  static final String DURHAM_TOUR = "DEP-2026-0102";
  static final String OTHER_TOUR = "DEP-2026-0103";
  static final LocalDate ARRIVED = LocalDate.of(2026, 1, 15);
  static final WelfareProperties WELFARE = new WelfareProperties(30, 7, 5, new BigDecimal("2.5"), 12);
  static final DeploymentProperties DEPLOYMENT = new DeploymentProperties(30, 14, 7, 60, 18);

  ProcessEngine engine;
  MissionCommandRepository missionCommand;
  ServingTourRepository servingTours;
  MissionReportRepository missionReports;
  TourIncidentRepository tourIncidents;
  TourLeaveRequestRepository tourLeave;
  TourAppraisalRepository tourAppraisals;
  TourExtensionRequestRepository tourExtensions;
  TourEarlyReturnRepository tourEarlyReturns;
  TourRepository tours;
  JdbcClient jdbc;
  String stubs;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    init(engine);
    ServingOfficers serving = servingOnAFreshDatabase();
    serving.serving(DURHAM_TOUR, "durham", MISSION, ARRIVED);
    serving.serving(OTHER_TOUR, "spvm", OTHER_MISSION, ARRIVED);
    missionCommand.assignCommander(MISSION, "carl", ARRIVED, "ian");
    missionCommand.assignCommander(OTHER_MISSION, "cora", ARRIVED, "ian");
    Reach reach = new Reach(servingTours, missionCommand, tours);
    MissionReportCheck reportCheck = new MissionReportCheck(reach, servingTours, missionReports);
    LeaveCheck leaveCheck = new LeaveCheck(reach, WELFARE, tourLeave);
    Mocks.register("formChoices", reach);
    Mocks.register("missionReportCheck", reportCheck);
    Mocks.register("incidentCheck", new IncidentCheck(reach));
    Mocks.register("leaveCheck", leaveCheck);
    Mocks.register("earlyReturnCheck", new EarlyReturnCheck(reach, tourEarlyReturns));
    Mocks.register("recordMissionReport", new RecordMissionReport(missionReports, reportCheck));
    Mocks.register("recordIncident", new RecordIncident(servingTours, tourIncidents, WELFARE));
    Mocks.register("escalateRepatriationDecision", new EscalateRepatriationDecision(tourIncidents));
    Mocks.register("recordRepatriationDecision", new RecordRepatriationDecision(tourIncidents, tourEarlyReturns));
    Mocks.register("orderEarlyReturn", new OrderEarlyReturn());
    Mocks.register("openLeaveRequest", new OpenLeaveRequest(servingTours, missionCommand, tourLeave, leaveCheck));
    Mocks.register("recordLeave", new RecordLeave(servingTours, tourLeave, leaveCheck));
    Mocks.register("recordEarlyReturn", new RecordEarlyReturn(servingTours, tourEarlyReturns));
    Mocks.register("grantAgencyAccess", new AgencyAccess());
    Mocks.register("appraisalCheck", new AppraisalCheck(reach, tourAppraisals));
    Mocks.register("recordAppraisal", new RecordAppraisal(servingTours, tourAppraisals));
    Mocks.register("extensionRequestCheck", new ExtensionRequestCheck(reach, DEPLOYMENT));
    Mocks.register("forwardExtensionRequest", new ForwardExtensionRequest(servingTours, tourExtensions, tourAppraisals, missionCommand));
    Mocks.register("standInForCommander", new StandInForCommander());
    setToday(LocalDate.of(2026, 7, 20));
    // the officers' tours and the mission: stubs waiting for what the events tell them
    stubs = engine.getRepositoryService().createDeployment()
        .addModelInstance("tour-stub.bpmn", Bpmn.createExecutableProcess("officer-deployment").camundaHistoryTimeToLive(1)
            .startEvent().eventBasedGateway()
            .intermediateCatchEvent("Event_EarlyReturnDecided").message(OfficerDeploymentProcess.EarlyReturnDecided.MESSAGE).endEvent()
            .moveToLastGateway().intermediateCatchEvent("Event_ExtensionRequested").message(OfficerDeploymentProcess.ExtensionRequested.MESSAGE).endEvent()
            .done())
        .addModelInstance("mission-stub.bpmn", Bpmn.createExecutableProcess(MissionProcess.KEY).camundaHistoryTimeToLive(1)
            .startEvent().intermediateCatchEvent("Event_MissionReportArrived").message(MissionReportProcess.REPORT_RECEIVED).endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    engine.getRepositoryService().deleteDeployment(stubs, true);
    Mocks.reset();
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ report from the mission

  @Test
  void theCommandersMonthlyReportIsRecordedWithALinePerOfficerAndClosesAWaitingReminder() {
    ProcessInstance reminder = engine.getRuntimeService().startProcessInstanceByKey(MissionProcess.KEY, MISSION);
    as("carl", "rcmp-contingent");
    ProcessInstance pi = send(MissionReportProcess.KEY, report(MISSION, "2026-06", List.of(DURHAM_TOUR)));
    assertThat(pi).isEnded().hasPassed("Task_RecordMissionReport");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey()).isEqualTo(MISSION);
    assertThat(missionReports.reportLines(MISSION, "MONTHLY", "2026-06"))
        .containsExactly(Map.entry(SPVM_TOUR, "SERVING"), Map.entry(DURHAM_TOUR, "CONCERN"));
    assertThat(reminder).isEnded();
    assertThat(tours.findProgress(SPVM_TOUR).orElseThrow().reportsReceived()).isEqualTo(1);
  }

  @Test
  void aReportIsOnePerMissionKindAndMonthFromItsOwnCommanderAboutItsOwnOfficers() {
    as("carl", "rcmp-contingent");
    send(MissionReportProcess.KEY, report(MISSION, "2026-06", List.of()));
    assertThatThrownBy(() -> send(MissionReportProcess.KEY, report(MISSION, "2026-06", List.of())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("already sent");
    assertThatThrownBy(() -> send(MissionReportProcess.KEY, report(MISSION, "2026-08", List.of())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("still to come");
    assertThatThrownBy(() -> send(MissionReportProcess.KEY, report(MISSION, "2026-05", List.of(OTHER_TOUR))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("not an officer serving in this mission");
    // carl does not command MONUSCO
    assertThatThrownBy(() -> send(MissionReportProcess.KEY, report(OTHER_MISSION, "2026-06", List.of())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(MissionReportProcess.MISSION_BUSINESS_KEY.name());
    assertThat(missionReports.reportExists(OTHER_MISSION, "MONTHLY", "2026-06")).isFalse();
  }

  // ------------------------------------------------------------------ incidents

  @Test
  void aMinorIncidentIsRecordedOnTheTour() {
    as("marc", "agency-spvm");
    ProcessInstance pi = send(IncidentProcess.KEY, incident(SPVM_TOUR, "MINOR"));
    assertThat(pi).isEnded().hasPassed("Event_IncidentRecorded");
    var incident = tourIncidents.incidents(SPVM_TOUR).get(0);
    assertThat(incident.kind()).isEqualTo("INJURY");
    assertThat(incident.severity()).isEqualTo("MINOR");
  }

  @Test
  void aSeriousIncidentIsFollowedUpByHealthAndWellness() {
    as("carl", "rcmp-contingent");
    ProcessInstance pi = send(IncidentProcess.KEY, incident(DURHAM_TOUR, "SERIOUS"));
    assertThat(pi).isWaitingAt("Task_FollowUpIncident");
    assertThat(task(pi).getName()).isEqualTo("Follow up support after incident");
    complete(pi, Map.of(IncidentProcess.INCIDENT_SUPPORT_OUTCOME.name(), IncidentProcess.COMPLETED));
    assertThat(pi).isEnded().hasPassed("Event_IncidentFollowedUp");
  }

  @Test
  void aCriticalIncidentAsksForAnUrgentDecisionAndRepatriationEndsTheTour() {
    ProcessInstance tour = tourWaiting(SPVM_TOUR);
    as("carl", "rcmp-contingent");
    ProcessInstance pi = send(IncidentProcess.KEY, incident(SPVM_TOUR, "CRITICAL"));
    assertThat(pi).isWaitingAt("Task_DecideEmergencyRepatriation");
    Task decision = task(pi);
    assertThat(decision.getDueDate()).isEqualTo(date(LocalDate.of(2026, 7, 20).atStartOfDay().plusHours(12)));
    assertThat(engine.getTaskService().getIdentityLinksForTask(decision.getId()))
        .anyMatch(l -> "rcmp-ipob".equals(l.getGroupId()));
    as("ian", "rcmp-ipob");
    complete(pi, Map.of(IncidentProcess.HEALTH_ADVICE.name(), IncidentProcess.REPATRIATE,
        IncidentProcess.REPATRIATION_DECISION.name(), IncidentProcess.REPATRIATE));
    assertThat(pi).isEnded().hasPassed("Task_OrderEmergencyRepatriation");
    assertThat(tour).isEnded();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(tour.getId())
        .variableName(EarlyReturnProcess.EARLY_RETURN_KIND.name()).singleResult().getValue()).isEqualTo("EMERGENCY");
    var recorded = tourIncidents.incidents(SPVM_TOUR).get(0);
    assertThat(recorded.decision()).isEqualTo("REPATRIATE");
    assertThat(recorded.decidedBy()).isEqualTo("ian");
    assertThat(tourEarlyReturns.earlyReturnKind(SPVM_TOUR)).contains("EMERGENCY");
  }

  @Test
  void aCriticalIncidentDecidedAgainstRepatriationIsFollowedUpAndTheTourGoesOn() {
    ProcessInstance tour = tourWaiting(SPVM_TOUR);
    as("carl", "rcmp-contingent");
    ProcessInstance pi = send(IncidentProcess.KEY, incident(SPVM_TOUR, "CRITICAL"));
    as("ian", "rcmp-ipob");
    complete(pi, Map.of(IncidentProcess.HEALTH_ADVICE.name(), IncidentProcess.TREAT_IN_MISSION,
        IncidentProcess.REPATRIATION_DECISION.name(), IncidentProcess.STAY));
    assertThat(pi).isWaitingAt("Task_FollowUpIncident").hasNotPassed("Task_OrderEmergencyRepatriation");
    assertThat(tour).isNotEnded();
    assertThat(tourIncidents.incidents(SPVM_TOUR).get(0).decision()).isEqualTo("STAY");
    assertThat(tourEarlyReturns.earlyReturnRecorded(SPVM_TOUR)).isFalse();
  }

  @Test
  void aLateRepatriationDecisionIsEscalatedAndStaysOpen() {
    as("carl", "rcmp-contingent");
    ProcessInstance pi = send(IncidentProcess.KEY, incident(SPVM_TOUR, "CRITICAL"));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    setToday(LocalDate.of(2026, 7, 21));
    engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    assertThat(pi).hasPassed("Event_DecisionEscalated").isWaitingAt("Task_DecideEmergencyRepatriation");
    assertThat(task(pi).getPriority()).isEqualTo(EscalateRepatriationDecision.URGENT);
    assertThat(tourIncidents.incidents(SPVM_TOUR).get(0).escalatedAt()).isNotNull();
  }

  @Test
  void aHomeServiceReportsOnlyForItsOwnOfficersAndNotInTheFuture() {
    as("dana", "agency-durham");
    assertThatThrownBy(() -> send(IncidentProcess.KEY, incident(SPVM_TOUR, "MINOR")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(TourEvent.TOUR_BUSINESS_KEY.name());
    Map<String, Object> future = incident(DURHAM_TOUR, "MINOR");
    future.put(IncidentProcess.INCIDENT_OCCURRED_ON.name(), "2026-07-21");
    assertThatThrownBy(() -> send(IncidentProcess.KEY, future)).hasMessageContaining("must not be in the future");
    assertThat(tourIncidents.incidents(SPVM_TOUR)).isEmpty();
    assertThat(tourIncidents.incidents(DURHAM_TOUR)).isEmpty();
  }

  // ------------------------------------------------------------------ leave

  @Test
  void leaveAskedByTheHomeServiceIsApprovedByTheCommanderAndTakenFromTheBalance() {
    as("marc", "agency-spvm");
    ProcessInstance pi = send(LeaveRequestProcess.KEY, leave(SPVM_TOUR, "2026-08-03", 10));   // 6 full months at 3 August: 15 days
    assertThat(pi).isWaitingAt("Task_ApproveLeave");
    Task approval = task(pi);
    assertThat(approval.getAssignee()).isEqualTo("carl");
    assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId())).as("offered to no group")
        .noneMatch(link -> link.getGroupId() != null);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), LeaveRequestProcess.LEAVE_BALANCE.name())).isEqualTo("15 days available on 2026-08-03");
    as("carl", "rcmp-contingent");
    complete(pi, Map.of(LeaveRequestProcess.LEAVE_ANSWER.name(), LeaveRequestProcess.APPROVE));
    assertThat(pi).isEnded();
    assertThat(tourLeave.leave(SPVM_TOUR)).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo("GRANTED"));
    assertThat(tours.findProgress(SPVM_TOUR).orElseThrow().leaveTakenDays()).isEqualByComparingTo("10");
  }

  @Test
  void leaveOfAnOfficerWhoseMissionHasNoCommanderNamedIsApprovedByIpob() {
    servingOnAFreshDatabase();
    Reach reach = new Reach(servingTours, missionCommand, tours);
    LeaveCheck leaveCheck = new LeaveCheck(reach, WELFARE, tourLeave);
    Mocks.register("formChoices", reach);
    Mocks.register("leaveCheck", leaveCheck);
    Mocks.register("openLeaveRequest", new OpenLeaveRequest(servingTours, missionCommand, tourLeave, leaveCheck));
    Mocks.register("recordLeave", new RecordLeave(servingTours, tourLeave, leaveCheck));
    as("marc", "agency-spvm");
    ProcessInstance pi = send(LeaveRequestProcess.KEY, leave(SPVM_TOUR, "2026-08-03", 2));
    Task approval = task(pi);
    assertThat(approval.getAssignee()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId()))
        .singleElement().satisfies(link -> assertThat(link.getGroupId()).isEqualTo("rcmp-ipob"));
    as("ian", "rcmp-ipob");
    complete(pi, Map.of(LeaveRequestProcess.LEAVE_ANSWER.name(), LeaveRequestProcess.APPROVE));
    assertThat(tourLeave.leave(SPVM_TOUR)).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo("GRANTED"));
  }

  @Test
  void leaveTheCommanderRefusesIsRecordedRefused() {
    as("marc", "agency-spvm");
    ProcessInstance pi = send(LeaveRequestProcess.KEY, leave(SPVM_TOUR, "2026-08-03", 3));
    as("carl", "rcmp-contingent");
    complete(pi, Map.of(LeaveRequestProcess.LEAVE_ANSWER.name(), LeaveRequestProcess.REFUSE,
        LeaveRequestProcess.LEAVE_REFUSAL_REASON.name(), "Elections week: every officer on duty"));
    assertThat(tourLeave.leave(SPVM_TOUR)).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo("REFUSED"));
    assertThat(tours.findProgress(SPVM_TOUR).orElseThrow().leaveTakenDays()).isEqualByComparingTo("0");
  }

  @Test
  void leaveTheCommanderAsksForIsGrantedAtOnceAndLeaveOverTheBalanceAtItsFirstDayIsRefused() {
    as("carl", "rcmp-contingent");
    ProcessInstance pi = send(LeaveRequestProcess.KEY, leave(DURHAM_TOUR, "2026-08-03", 15));
    assertThat(pi).isEnded().hasPassed("Task_RecordLeave").hasNotPassed("Task_ApproveLeave");
    assertThat(tours.findProgress(DURHAM_TOUR).orElseThrow().leaveTakenDays()).isEqualByComparingTo("15");
    // at 20 September 8 full months have accrued 20 days, 15 are taken: 6 are over the balance (counted at the
    // first day, not today); overlapping leave is refused too
    assertThatThrownBy(() -> send(LeaveRequestProcess.KEY, leave(DURHAM_TOUR, "2026-09-20", 6)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("only 5 days of leave are available on 2026-09-20");
    send(LeaveRequestProcess.KEY, leave(DURHAM_TOUR, "2026-09-20", 5));
    assertThatThrownBy(() -> send(LeaveRequestProcess.KEY, leave(DURHAM_TOUR, "2026-08-10", 1)))
        .hasMessageContaining("overlaps leave already granted");
    assertThat(tourLeave.leave(DURHAM_TOUR)).hasSize(2);
  }

  // ------------------------------------------------------------------ early returns

  @Test
  void eachKindOfEarlyReturnEndsTheTourWithItsRecordAndTellsTheHomeService() {
    for (String kind : List.of("MEDICAL", "DISCIPLINARY", "PERFORMANCE")) {
      setUpTours();
      ProcessInstance tour = tourWaiting(SPVM_TOUR);
      as("carl", "rcmp-contingent");
      ProcessInstance pi = send(EarlyReturnProcess.KEY, earlyReturn(SPVM_TOUR, kind, !"PERFORMANCE".equals(kind)));
      assertThat(tour).as(kind).isEnded();
      assertThat(tourEarlyReturns.earlyReturnKind(SPVM_TOUR)).contains(kind);
      assertThat(pi).isWaitingAt("Task_PrepareForEarlyReturn");
      assertThat(engine.getTaskService().getIdentityLinksForTask(task(pi).getId()))
          .anyMatch(l -> "agency-spvm".equals(l.getGroupId()));
      as("marc", "agency-spvm");
      complete(pi, Map.of(EarlyReturnProcess.HOME_CONTACT.name(), "Insp. Roy, peace operations"));
      assertThat(pi).isEnded().hasPassed("Event_HomeServiceReady");
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(tour.getId())
          .variableName(EarlyReturnProcess.REPLACEMENT_NEEDED.name()).singleResult().getValue()).isEqualTo(!"PERFORMANCE".equals(kind));
    }
  }

  @Test
  void aHomeServiceAsksOnlyForTheCompassionateReturnOfItsOwnOfficer() {
    ProcessInstance tour = tourWaiting(SPVM_TOUR);
    as("marc", "agency-spvm");
    assertThatThrownBy(() -> send(EarlyReturnProcess.KEY, earlyReturn(SPVM_TOUR, "DISCIPLINARY", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("only for a compassionate return");
    assertThatThrownBy(() -> send(EarlyReturnProcess.KEY, earlyReturn(DURHAM_TOUR, "COMPASSIONATE", true)))
        .hasMessageContaining(TourEvent.TOUR_BUSINESS_KEY.name());
    ProcessInstance pi = send(EarlyReturnProcess.KEY, earlyReturn(SPVM_TOUR, "COMPASSIONATE", true));
    assertThat(pi).isEnded().hasPassed("Event_EarlyReturnUnderWay").hasNotPassed("Task_PrepareForEarlyReturn");
    assertThat(tour).isEnded();
    assertThatThrownBy(() -> send(EarlyReturnProcess.KEY, earlyReturn(SPVM_TOUR, "COMPASSIONATE", true)))
        .hasMessageContaining("already asked");
  }

  @Test
  void theStartFormsOfferOnlyWhatTheSenderMayActFor() {
    as("dana", "agency-durham");
    String form = startForm("incident");
    assertThat(form).contains(DURHAM_TOUR).doesNotContain(SPVM_TOUR).doesNotContain("valuesKey");
    as("carl", "rcmp-contingent");
    assertThat(startForm("incident")).contains(DURHAM_TOUR, SPVM_TOUR).doesNotContain(OTHER_TOUR);
    assertThat(startForm("mission-report")).contains(MISSION).doesNotContain(OTHER_MISSION);
    as("ian", "rcmp-ipob");
    assertThat(startForm("early-return")).contains(DURHAM_TOUR, SPVM_TOUR, OTHER_TOUR);
    assertThat(startForm("leave-request")).doesNotContain("DEP-");
    assertThat(startForm("mission-report")).as("every mission has its commander").doesNotContain("MSN-");
  }

  // ------------------------------------------------------------------ appraisals and extensions

  @Test
  void theCommanderRecordsOneAppraisalOfEachKindAndItInformsTheExtensionTheHomeServiceAsks() {
    ProcessInstance tour = tourWaiting(DURHAM_TOUR);
    as("carl", "rcmp-contingent");
    ProcessInstance appraisal = send(PerformanceAppraisalProcess.KEY, appraisal(DURHAM_TOUR, "MID_TOUR", true));
    assertThat(appraisal).isEnded().hasPassed("Event_AppraisalRecorded");
    assertThatThrownBy(() -> send(PerformanceAppraisalProcess.KEY, appraisal(DURHAM_TOUR, "MID_TOUR", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("already recorded");
    as("dana", "agency-durham");
    assertThatThrownBy(() -> send(PerformanceAppraisalProcess.KEY, appraisal(DURHAM_TOUR, "END_OF_TOUR", false)))
        .hasMessageContaining(TourEvent.TOUR_BUSINESS_KEY.name());
    ProcessInstance pi = send(ExtensionRequestProcess.KEY, extension(DURHAM_TOUR, 6, true));
    assertThat(pi).isEnded().hasPassed("Task_ForwardExtensionRequest");
    assertThat(tour).isEnded();
    var told = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(tour.getId());
    assertThat(told.variableName(OfficerDeploymentProcess.MISSION_NEEDS_POST.name()).singleResult().getValue()).isEqualTo(true);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(tour.getId())
        .variableName(OfficerDeploymentProcess.APPRAISAL_RATING.name()).singleResult().getValue()).isEqualTo("MEETS");
    assertThat(tourExtensions.extensionDecisions(DURHAM_TOUR)).hasSize(1);
  }

  @Test
  void anExtensionNeedsTheOfficersAgreementAndTheNoticeAndIsAskedOnlyByTheMissionOrTheHomeService() {
    tourWaiting(SPVM_TOUR);
    as("carl", "rcmp-contingent");
    assertThatThrownBy(() -> send(ExtensionRequestProcess.KEY, extension(SPVM_TOUR, 6, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("the officer must agree");
    setToday(LocalDate.of(2026, 11, 20));   // the tour ends 2027-01-15: less than 60 days
    assertThatThrownBy(() -> send(ExtensionRequestProcess.KEY, extension(SPVM_TOUR, 6, true)))
        .hasMessageContaining("at least 60 days before the tour ends (2027-01-15)");
    as("ian", "rcmp-ipob");
    assertThatThrownBy(() -> send(ExtensionRequestProcess.KEY, extension(SPVM_TOUR, 6, true))).hasMessageContaining(TourEvent.TOUR_BUSINESS_KEY.name());
    assertThat(tourExtensions.extensionDecisions(SPVM_TOUR)).isEmpty();
  }

  // ------------------------------------------------------------------ what an instance keeps

  /**
   * An event keeps as variables what its model routes on and what its forms show (issue 19); who sent it is on its
   * row, not in the instance, nor is the mission's key, the incident's row, the answer on leave or what the tour was
   * told. An event that ends at once keeps its start form's fields (and the answer the model routed on).
   */
  @Test
  void anEventKeepsWhatItsModelAndFormsNeedAndItsRowSaysWhoSentIt() {
    tourWaiting(SPVM_TOUR);
    as("carl", "rcmp-contingent");
    ProcessInstance report = send(MissionReportProcess.KEY, report(MISSION, "2026-06", List.of()));
    assertThat(variables(report)).containsOnlyKeys(MissionReportProcess.MISSION_BUSINESS_KEY.name(),
        MissionReportProcess.REPORT_KIND.name(), MissionReportProcess.REPORT_PERIOD.name(),
        MissionReportProcess.REPORT_SUMMARY.name(), MissionReportProcess.OFFICERS_OF_CONCERN.name());
    assertThat(column("SELECT sent_by FROM mission_report")).containsExactly("carl");

    ProcessInstance minor = send(IncidentProcess.KEY, incident(DURHAM_TOUR, IncidentProcess.MINOR));
    assertThat(variables(minor)).containsOnlyKeys(keys(incident(DURHAM_TOUR, IncidentProcess.MINOR)));
    assertThat(column("SELECT reported_by FROM tour_incident")).containsExactly("carl");

    ProcessInstance leave = send(LeaveRequestProcess.KEY, leave(DURHAM_TOUR, "2026-08-03", 2));
    assertThat(leave).isEnded().hasNotPassed("Task_ApproveLeave");
    assertThat(variables(leave)).containsOnlyKeys(keys(leave(DURHAM_TOUR, "2026-08-03", 2),
        LeaveRequestProcess.SENT_BY_COMMANDER.name()));
    assertThat(column("SELECT requested_by || '/' || decided_by FROM tour_leave_request")).containsExactly("carl/carl");

    ProcessInstance appraisal = send(PerformanceAppraisalProcess.KEY, appraisal(DURHAM_TOUR, "MID_TOUR", true));
    assertThat(variables(appraisal)).containsOnlyKeys(keys(appraisal(DURHAM_TOUR, "MID_TOUR", true)));
    assertThat(column("SELECT recorded_by FROM tour_appraisal")).containsExactly("carl");

    ProcessInstance extension = send(ExtensionRequestProcess.KEY, extension(SPVM_TOUR, 6, true));
    assertThat(variables(extension)).containsOnlyKeys(keys(extension(SPVM_TOUR, 6, true)));
    assertThat(column("SELECT requested_by FROM tour_extension_request")).containsExactly("carl");

    tourWaiting(DURHAM_TOUR);
    as("dana", "agency-durham");
    ProcessInstance earlyReturn = send(EarlyReturnProcess.KEY, earlyReturn(DURHAM_TOUR, "COMPASSIONATE", true));
    assertThat(earlyReturn).isEnded().hasNotPassed("Task_PrepareForEarlyReturn");
    assertThat(variables(earlyReturn)).containsOnlyKeys(keys(earlyReturn(DURHAM_TOUR, "COMPASSIONATE", true),
        EarlyReturnProcess.SENT_BY_HOME_SERVICE.name()));
    assertThat(column("SELECT requested_by FROM tour_early_return")).containsExactly("dana");
    // the officer's service saw each instance about its officer all the same (identity.AgencyAccess)
    Map.of(minor, "agency-durham", leave, "agency-durham", appraisal, "agency-durham", extension, "agency-spvm",
        earlyReturn, "agency-durham").forEach((pi, service) -> assertThat(engine.getAuthorizationService()
        .createAuthorizationQuery().resourceId(pi.getId()).groupIdIn(service).count()).as(pi.getProcessDefinitionId())
        .isEqualTo(2));
  }

  /** A task's instance holds, besides the start form's fields, what the task's form shows and whom it goes to. */
  @Test
  void anEventWaitingForATaskKeepsWhatTheTaskShowsAndWhomItGoesTo() {
    ProcessInstance tour = tourWaiting(SPVM_TOUR);
    as("marc", "agency-spvm");
    ProcessInstance leave = send(LeaveRequestProcess.KEY, leave(SPVM_TOUR, "2026-08-03", 2));
    assertThat(engine.getRuntimeService().getVariables(leave.getId())).containsOnlyKeys(keys(
        leave(SPVM_TOUR, "2026-08-03", 2), LeaveRequestProcess.SENT_BY_COMMANDER.name(),
        LeaveRequestProcess.CONTINGENT_COMMANDER.name(), LeaveRequestProcess.OFFICER_NAME.name(),
        LeaveRequestProcess.MISSION_NAME.name(), LeaveRequestProcess.LEAVE_BALANCE.name()));
    assertThat(tourLeave.request(leave.getId())).hasValueSatisfying(r -> assertThat(r.requestedBy()).isEqualTo("marc"));
    assertThat(tourLeave.leave(SPVM_TOUR)).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo("REQUESTED"));
    as("carl", "rcmp-contingent");
    complete(leave, Map.of(LeaveRequestProcess.LEAVE_ANSWER.name(), LeaveRequestProcess.APPROVE));
    assertThat(column("SELECT requested_by || '/' || decided_by || '/' || status FROM tour_leave_request"))
        .containsExactly("marc/carl/GRANTED");

    ProcessInstance serious = send(IncidentProcess.KEY, incident(SPVM_TOUR, IncidentProcess.SERIOUS));
    assertThat(engine.getRuntimeService().getVariables(serious.getId())).containsOnlyKeys(keys(
        incident(SPVM_TOUR, IncidentProcess.SERIOUS), IncidentProcess.AGENCY_CODE.name(),
        IncidentProcess.OFFICER_NAME.name(), IncidentProcess.MISSION_NAME.name()));

    as("carl", "rcmp-contingent");
    ProcessInstance earlyReturn = send(EarlyReturnProcess.KEY, earlyReturn(SPVM_TOUR, "MEDICAL", true));
    assertThat(engine.getRuntimeService().getVariables(earlyReturn.getId())).containsOnlyKeys(keys(
        earlyReturn(SPVM_TOUR, "MEDICAL", true), EarlyReturnProcess.SENT_BY_HOME_SERVICE.name(),
        EarlyReturnProcess.AGENCY_CODE.name(), EarlyReturnProcess.OFFICER_NAME.name(), EarlyReturnProcess.MISSION_NAME.name()));
    assertThat(tour).isEnded();
  }

  /**
   * A leave request a build before issue 19 opened has no row held by its instance: the commander's answer finds
   * what it needs in its variables, as that build set them (a critical incident's row gets its instance from V49:
   * domain.RunningInstancesMigrationTest).
   */
  @Test
  void aLeaveRequestOpenedByTheEarlierBuildIsAnsweredFromItsVariables() {
    Map<String, Object> asked = leave(SPVM_TOUR, "2026-08-03", 2);
    asked.put(TourEvent.SENT_BY.name(), "marc");
    asked.put(LeaveRequestProcess.SENT_BY_COMMANDER.name(), false);
    asked.put(LeaveRequestProcess.CONTINGENT_COMMANDER.name(), "carl");
    ProcessInstance leave = engine.getRuntimeService().createProcessInstanceByKey(LeaveRequestProcess.KEY)
        .businessKey(SPVM_TOUR).setVariables(asked).startBeforeActivity("Task_ApproveLeave").execute();
    as("carl", "rcmp-contingent");
    complete(leave, Map.of(LeaveRequestProcess.LEAVE_ANSWER.name(), LeaveRequestProcess.APPROVE));
    assertThat(column("SELECT requested_by || '/' || decided_by || '/' || status FROM tour_leave_request"))
        .containsExactly("marc/carl/GRANTED");
    assertThat(tours.findProgress(SPVM_TOUR).orElseThrow().leaveTakenDays()).isEqualByComparingTo("2");
  }

  // ------------------------------------------------------------------ helpers

  /** the instance's variables over its life, by name (the history keeps each with its last value) */
  Map<String, Object> variables(ProcessInstance pi) {
    Map<String, Object> variables = new java.util.HashMap<>();
    engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
        .forEach(v -> variables.put(v.getName(), v.getValue()));
    return variables;
  }

  /** the start's variable names, and more */
  static String[] keys(Map<String, Object> start, String... more) {
    List<String> keys = new java.util.ArrayList<>(start.keySet());
    keys.addAll(List.of(more));
    return keys.toArray(String[]::new);
  }

  List<String> column(String sql) {
    return jdbc.sql(sql).query(String.class).list();
  }

  /** the repositories over a fresh database where Marc's officer serves in the mission since ARRIVED */
  ServingOfficers servingOnAFreshDatabase() {
    jdbc = TestDatabase.freshClient();
    missionCommand = new MissionCommandRepository(jdbc);
    servingTours = new ServingTourRepository(jdbc);
    missionReports = new MissionReportRepository(jdbc);
    tourIncidents = new TourIncidentRepository(jdbc);
    tourLeave = new TourLeaveRequestRepository(jdbc);
    tourAppraisals = new TourAppraisalRepository(jdbc);
    tourExtensions = new TourExtensionRequestRepository(jdbc);
    tourEarlyReturns = new TourEarlyReturnRepository(jdbc);
    tours = new TourRepository(jdbc);
    ServingOfficers serving = new ServingOfficers(jdbc);
    serving.serving(SPVM_TOUR, "spvm", MISSION, ARRIVED);
    return serving;
  }

  void setUpTours() {
    servingOnAFreshDatabase();
    missionCommand.assignCommander(MISSION, "carl", ARRIVED, "ian");
    Reach reach = new Reach(servingTours, missionCommand, tours);
    Mocks.register("formChoices", reach);
    Mocks.register("earlyReturnCheck", new EarlyReturnCheck(reach, tourEarlyReturns));
    Mocks.register("recordEarlyReturn", new RecordEarlyReturn(servingTours, tourEarlyReturns));
  }

  ProcessInstance tourWaiting(String key) {
    return engine.getRuntimeService().startProcessInstanceByKey("officer-deployment", key);
  }

  void as(String user, String group) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
  }

  ProcessInstance send(String process, Map<String, Object> values) {
    return engine.getFormService().submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(process).latestVersion().singleResult().getId(), values);
  }

  String startForm(String process) {
    try (var in = engine.getFormService().getDeployedStartForm(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(process).latestVersion().singleResult().getId())) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Task task(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  void complete(ProcessInstance pi, Map<String, Object> values) {
    engine.getFormService().submitTaskForm(task(pi).getId(), values);
  }

  static Map<String, Object> report(String mission, String period, List<String> ofConcern) {
    Map<String, Object> v = new MissionReportProcess.Start(mission, MissionReportProcess.MONTHLY, period,
        "Patrols with the host police; the security situation is calm").variables();
    v.put(MissionReportProcess.OFFICERS_OF_CONCERN.name(), SpinValues.jsonValue(json(ofConcern)).create());
    return v;
  }

  static Map<String, Object> incident(String tour, String severity) {
    return new IncidentProcess.Start(tour, LocalDate.of(2026, 7, 19), IncidentProcess.INJURY, severity,
        "Vehicle accident on patrol").variables();
  }

  static Map<String, Object> leave(String tour, String firstDay, double days) {
    return new LeaveRequestProcess.Start(tour, LocalDate.parse(firstDay), days).variables();
  }

  static Map<String, Object> appraisal(String tour, String kind, boolean recommends) {
    return new PerformanceAppraisalProcess.Start(tour, kind, PerformanceAppraisalProcess.MEETS, recommends, "Reliable")
        .variables();
  }

  static Map<String, Object> extension(String tour, int months, boolean officerAgrees) {
    return new ExtensionRequestProcess.Start(tour, months, "Elections in the spring: the mission needs the officer",
        officerAgrees).variables();
  }

  static Map<String, Object> earlyReturn(String tour, String kind, boolean replacement) {
    return new EarlyReturnProcess.Start(tour, kind, "Decided with the officer and the mission", replacement).variables();
  }

  static String json(List<String> items) {
    return items.stream().map(i -> "\"" + i + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  static void setToday(LocalDate day) {
    ClockUtil.setCurrentTime(date(day.atStartOfDay()));
  }

  static Date date(java.time.LocalDateTime t) {
    return Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
  }
}
