package ca.gc.cpa.planning;

import static ca.gc.cpa.process.MissionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import ca.gc.cpa.config.ProgramProperties;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionArrivalNoticeRepository;
import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.MissionFreedPositionRepository;
import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.evaluation.ApplyEvaluation;
import ca.gc.cpa.evaluation.CheckMissionEnd;
import ca.gc.cpa.evaluation.CloseMission;
import ca.gc.cpa.evaluation.EvaluateMissionCheck;
import ca.gc.cpa.evaluation.EvaluationProperties;
import ca.gc.cpa.evaluation.EvaluationTimers;
import ca.gc.cpa.evaluation.GatherMissionFigures;
import ca.gc.cpa.inmission.CheckMissionReport;
import ca.gc.cpa.inmission.MissionReportCheck;
import ca.gc.cpa.inmission.Reach;
import ca.gc.cpa.inmission.RecordMissionReport;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.process.CapChange;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.support.TestDatabase;
import ca.gc.cpa.welfare.WelfareProperties;
import ca.gc.cpa.welfare.WelfareTimers;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One test per path of the mission process; candidate-selection is a stub here (it has its own tests). */
@Deployment(resources = {"mission.bpmn", "planMission.form", "recordAgreement.form", "evaluateMission.form",
    "sendMissionReport.form", "recordCeilingDecision.form"})
class MissionProcessTest {

  @RegisterExtension
  /** at least 90% of the flow nodes and sequence flows of the process, report under target/process-test-coverage */
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(CandidateSelectionProcess.KEY).build();

  static final String MISSION_KEY = "MSN-MINUSMA-2026";

  ProcessEngine engine;
  String stubDeployment;
  MissionRepository missions;
  MissionPlanRepository plans;
  MissionFreedPositionRepository freedPositions;
  TourRepository tours;
  OfficerRepository officers;
  MissionCommandRepository missionCommand;
  ServingTourRepository serving;
  MissionReportRepository missionReports;
  MissionArrivalNoticeRepository arrivalNotices;
  ca.gc.cpa.cap.ProgramCap cap;
  JdbcClient db;

  static PlanningProperties planningProperties() {
    return PlanningFixture.properties();
  }

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    init(engine);   // the assertions' engine: else the one ProcessEngines holds, which a Spring test may have replaced
    ClockUtil.setCurrentTime(date(LocalDate.of(2026, 11, 2)));
    db = TestDatabase.freshClient();
    missions = new MissionRepository(db);
    plans = new MissionPlanRepository(db);
    tours = new TourRepository(db);
    officers = new OfficerRepository(db);
    missionCommand = new MissionCommandRepository(db);
    serving = new ServingTourRepository(db);
    missionReports = new MissionReportRepository(db);
    arrivalNotices = new MissionArrivalNoticeRepository(db);
    // another open mission holds 100 of the program's 150: this one may grow to 50
    missions.create(new Mission("MSN-MINUJUSTH-2025", "MINUJUSTH", "MINUJUSTH", "REQ-2025-0001", 100, MissionStatus.OPEN,
        LocalDate.of(2025, 1, 1), null));
    missions.create(new Mission(MISSION_KEY, "MINUSMA", "MINUSMA", "REQ-2026-0001", 20, MissionStatus.OPEN,
        LocalDate.of(2026, 10, 1), null));
    PlanningProperties planning = planningProperties();
    cap = new ca.gc.cpa.cap.ProgramCap(db, new ProgramProperties(150));
    Mocks.register("planMissionCheck", new PlanMissionCheck(planning));
    Mocks.register("savePlan", new SavePlan(plans, planning));
    Mocks.register("estimateBudget", new EstimateBudget(plans, planning));
    Mocks.register("saveAgreement", new SaveAgreement(plans));
    Mocks.register("prepareRotation", new PrepareRotation(tours, missions, plans));
    Mocks.register("rotationPlan", new RotationPlan(missions));
    Mocks.register("prepareReselection", new PrepareReselection(missions, plans));
    Mocks.register("openAddedPositions", new OpenAddedPositions(plans));
    freedPositions = new MissionFreedPositionRepository(db);
    Mocks.register("recordFreedPosition", new RecordFreedPosition(freedPositions));
    Mocks.register("evaluationTimers", new EvaluationTimers(new EvaluationProperties("P6M")));
    Mocks.register("gatherMissionFigures", new GatherMissionFigures(missions, tours, new ca.gc.cpa.cap.ProgramHeadroom(cap, missions), new ca.gc.cpa.selection.NominationRepository(db)));
    Mocks.register("evaluateMissionCheck", new EvaluateMissionCheck());
    Mocks.register("recordCeilingDecisionCheck", new ca.gc.cpa.evaluation.RecordCeilingDecisionCheck(missions, new ca.gc.cpa.cap.ProgramHeadroom(cap, missions)));
    Mocks.register("recordCapChange", new ca.gc.cpa.review.RecordCapChange(cap));
    Mocks.register("applyEvaluation", new ApplyEvaluation(missions, tours, plans));
    Mocks.register("checkMissionEnd", new CheckMissionEnd(tours));
    Mocks.register("closeMission", new CloseMission(missions));
    Mocks.register("welfareTimers", new WelfareTimers(new WelfareProperties(30, 7, 5, new BigDecimal("2.5"), 12)));
    Mocks.register("checkMissionReport", new CheckMissionReport(serving, missionReports, missionCommand));
    Reach reach = new Reach(serving, missionCommand, tours);
    MissionReportCheck reportCheck = new MissionReportCheck(reach, serving, missionReports);
    Mocks.register("missionReportCheck", reportCheck);
    Mocks.register("recordMissionReport", new RecordMissionReport(missionReports, reportCheck));
    Mocks.register("standInForCommander", new ca.gc.cpa.inmission.StandInForCommander());
    Mocks.register("recordLaterArrival", new ca.gc.cpa.inmission.RecordLaterArrival(arrivalNotices));
    stubDeployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("candidate-selection-stub.bpmn", Bpmn.createExecutableProcess(CandidateSelectionProcess.KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Select").endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    engine.getRepositoryService().deleteDeployment(stubDeployment, true);
    Mocks.reset();
    ClockUtil.reset();
  }

  static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(MissionProcess.KEY, MISSION_KEY,
        new MissionProcess.Start("MINUSMA", "MINUSMA", 20, "UN", "FR", true, 12,
            LocalDate.of(2027, 3, 1), "ML").variables());
  }

  static Map<String, Object> plan(int count) {
    Map<String, Object> v = new HashMap<>();
    v.put(profile(1).count().name(), count);
    v.put(profile(1).role().name(), "PATROL_MONITORING");
    v.put(profile(1).rank().name(), "CST");
    v.put(profile(1).language().name(), "FR");
    v.put(profile(1).armed().name(), true);
    v.put(profile(2).count().name(), 1);
    v.put(profile(2).role().name(), "CONTINGENT_COMMANDER");
    v.put(profile(2).rank().name(), "SUPT");
    v.put(profile(2).language().name(), "FR");
    v.put(profile(2).armed().name(), true);
    v.put(TOUR_MONTHS.name(), 12);
    v.put(FIRST_DEPLOYMENT_DATE.name(), "2027-03-01");
    v.put(ROTATION_LEAD_WEEKS.name(), 16);
    v.put(HIGH_STRESS.name(), true);
    return v;
  }

  Task task(ProcessInstance pi, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).singleResult();
  }

  /** planned with 3 positions (2 patrol, 1 commander), agreement recorded: rotation 1 selections run */
  ProcessInstance running() {
    ProcessInstance pi = start();
    engine.getTaskService().complete(task(pi, "Task_PlanMission").getId(), plan(2));
    engine.getTaskService().complete(task(pi, "Task_RecordAgreement").getId(),
        Map.of(AGREEMENT_KIND.name(), "MOU", AGREEMENT_REFERENCE.name(), "MOU-ML-2026-01", AGREEMENT_DATE.name(), "2026-11-01"));
    return pi;
  }

  List<ProcessInstance> selections() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CandidateSelectionProcess.KEY)
        .orderByProcessInstanceId().asc().list();
  }

  List<String> selectionKeys() {
    return selections().stream().map(ProcessInstance::getBusinessKey).sorted().toList();
  }

  Job job(ProcessInstance pi, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity).singleResult();
  }

  void evaluate(ProcessInstance pi, Map<String, Object> decision) {
    engine.getManagementService().executeJob(job(pi, "Event_EvaluationDue").getId());
    engine.getTaskService().complete(task(pi, "Task_EvaluateMission").getId(), decision);
  }

  Tour tourAbroad(int position) {
    Officer o = officers.save(new Officer(null, "rcmp", "R" + position, "Marie", "Roy", "Sgt", "F", LocalDate.of(1985, 1, 1)));
    return tours.create(new Tour(null, "DEP-2027-000" + position, o.id(), "rcmp", MISSION_KEY, position, 1, TourStatus.DEPLOYED));
  }

  void positionFreed(int position, String reason, String depKey) {
    new MissionProcess.PositionFreed(position, 1, reason, depKey).correlate(engine.getRuntimeService(), MISSION_KEY);
  }

  @Test
  void aPlanOverTheCeilingIsRefused() {
    ProcessInstance pi = start();
    Task planning = task(pi, "Task_PlanMission");
    assertThatThrownBy(() -> engine.getTaskService().complete(planning.getId(), plan(20)))
        .hasMessageContaining("21 positions exceed the ministerial ceiling of 20");
    assertThat(pi).isWaitingAt("Task_PlanMission");
  }

  @Test
  void aPlannedMissionStartsASelectionPerPositionOfTheFirstRotation() {
    ProcessInstance pi = running();
    assertThat(plans.positions(MISSION_KEY)).hasSize(3);
    assertThat(db.sql("SELECT budget_estimate FROM mission WHERE business_key = ?").param(MISSION_KEY).query(Long.class).single())
        .as("a UN mission: the UN pays the allowance").isEqualTo(2 * 110000L + 170000L);
    // what only the planning's forms showed or asked is the mission's record now, not its variables
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys(planningFormsOnly().toArray(String[]::new))
        .containsKeys(POSITION_COUNT.name());
    assertThat(selectionKeys()).containsExactly("SEL-MINUSMA-1-R1", "SEL-MINUSMA-2-R1", "SEL-MINUSMA-3-R1");
    ProcessInstance third = selections().stream().filter(s -> s.getBusinessKey().equals("SEL-MINUSMA-3-R1")).findFirst().orElseThrow();
    Map<String, Object> vars = engine.getRuntimeService().getVariables(third.getId());
    assertThat(vars).containsEntry(MISSION_BUSINESS_KEY.name(), MISSION_KEY).containsEntry(ROTATION.name(), 1)
        .containsEntry(PLANNED_DEPLOYMENT_DATE.name(), "2027-03-01").containsEntry(UN_MISSION.name(), true);
    // the mission's terms the selection reads from the plan, not from variables the mission hands on
    assertThat(plans.terms(MISSION_KEY)).hasValueSatisfying(terms -> {
      assertThat(terms.highStress()).isTrue();
      assertThat(terms.tourMonths()).isEqualTo(12);
      assertThat(terms.minYearsOfService()).isEqualTo(5);
    });
    assertThat(((Number) vars.get(CandidateSelectionProcess.POSITION_NUMBER.name())).intValue()).isEqualTo(3);
    assertThat(pi).isWaitingAt("CallActivity_SelectPositions", "Event_NextRotationDue", "Gateway_EvaluationTrigger");
  }

  @Test
  void theRotationTimerStartsTheNextRotationTheLeadTimeBeforeToursEnd() {
    ProcessInstance pi = running();
    Job timer = job(pi, "Event_NextRotationDue");
    // tours of rotation 1 end on 2028-03-01; selection starts 16 weeks before
    assertThat(timer.getDuedate()).isEqualTo(date(LocalDate.of(2027, 11, 10)));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(selectionKeys()).contains("SEL-MINUSMA-1-R2", "SEL-MINUSMA-2-R2", "SEL-MINUSMA-3-R2").hasSize(6);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), PLANNED_DEPLOYMENT_DATE.name())).isEqualTo("2028-03-01");
    assertThat(job(pi, "Event_NextRotationDue").getDuedate()).isEqualTo(date(LocalDate.of(2028, 11, 9)));
  }

  Map<String, Object> ministers(String decision, Integer ceiling, Object... capChange) {
    Map<String, Object> v = new java.util.HashMap<>(Map.of(CEILING_DECISION.name(), decision, CEILING_DECISION_DATE.name(), "2026-11-02",
        CEILING_DECISION_REFERENCE.name(), "MIN-2026-77"));
    if (ceiling != null) {
      v.put(APPROVED_CEILING.name(), ceiling);
    }
    for (int i = 0; i < capChange.length; i += 2) {
      v.put((String) capChange[i], capChange[i + 1]);
    }
    return v;
  }

  @Test
  void aCeilingChangeWaitsForMinistersAndThenTheNextRotationsPositionsFollowIt() {
    ProcessInstance pi = running();
    engine.getManagementService().executeJob(job(pi, "Event_EvaluationDue").getId());
    Task evaluation = task(pi, "Task_EvaluateMission");
    assertThat(engine.getTaskService().getVariable(evaluation.getId(), HEADROOM.name())).isEqualTo(50);
    assertThat(engine.getTaskService().getVariable(evaluation.getId(), FILLED_POSITIONS.name())).isEqualTo(0);
    assertThatThrownBy(() -> engine.getTaskService().complete(evaluation.getId(),
        Map.of(DECISION.name(), "CHANGE_CEILING", NEW_CEILING.name(), 0))).hasMessageContaining("at least 1");
    engine.getTaskService().complete(evaluation.getId(), Map.of(DECISION.name(), "CHANGE_CEILING", NEW_CEILING.name(), 2));
    // nothing applies before ministers decide
    assertThat(pi).isWaitingAt("Task_RecordCeilingDecision");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_RecordCeilingDecision").taskCandidateGroup("gac-desk").count()).isEqualTo(1);
    assertThat(missions.find(MISSION_KEY).orElseThrow().ceiling()).isEqualTo(20);
    Task decision = task(pi, "Task_RecordCeilingDecision");
    // the ministers' form shows the figures too
    assertThat(engine.getTaskService().getVariable(decision.getId(), HEADROOM.name())).isEqualTo(50);
    assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(), ministers("APPROVE", 2,
        CEILING_DECISION_DATE.name(), "2026-11-03"))).hasMessageContaining("ceilingDecisionDate: must be on or before today");
    engine.getTaskService().complete(decision.getId(), ministers("APPROVE", 2));
    assertThat(missions.find(MISSION_KEY).orElseThrow().ceiling()).isEqualTo(2);
    // once the evaluation is applied, the figures its forms showed are gone from the mission
    assertThat(engine.getRuntimeService().getVariables(pi.getId()))
        .doesNotContainKeys(HEADROOM.name(), OFFICERS_ABROAD.name(), FILLED_POSITIONS.name());
    assertThat(db.sql("SELECT decision || ' ' || approved_ceiling || ' ' || reference FROM mission_ceiling_decision")
        .query(String.class).single()).isEqualTo("APPROVE 2 MIN-2026-77");
    assertThat(pi).isWaitingAt("Gateway_EvaluationTrigger");

    // the rotation under way keeps its three officers (nobody is recalled); the next one fills two positions
    assertThat(pi).hasPassed("Gateway_PositionsMerge").hasNotPassed("Task_OpenAddedPositions");
    assertThat(selectionKeys()).hasSize(3);
    // position 3's officer drops out: the ceiling has no room for a replacement now
    positionFreed(3, "REPLACEMENT", "DEP-2027-0003");
    assertThat(selectionKeys()).hasSize(3);
    assertThat(pi).hasPassed("Task_CheckMissionEnd").hasNotPassed("Task_PrepareReselection");
    engine.getManagementService().executeJob(job(pi, "Event_NextRotationDue").getId());
    assertThat(selectionKeys()).contains("SEL-MINUSMA-1-R2", "SEL-MINUSMA-2-R2").doesNotContain("SEL-MINUSMA-3-R2")
        .hasSize(5);
  }

  @Test
  void aRaisedCeilingSelectsTheAddedPositionsNowInTheRotationUnderWay() {
    ProcessInstance pi = running();
    evaluateAndPropose(pi, 22);
    // nothing applies before ministers decide
    assertThat(selectionKeys()).hasSize(3);
    assertThat(pi).isWaitingAt("Task_RecordCeilingDecision");
    engine.getTaskService().complete(task(pi, "Task_RecordCeilingDecision").getId(), ministers("APPROVE", 22));

    // two more officers: positions 4 and 5 (the plan's profiles in turn) are selected at once in rotation 1, their
    // officers deploying with it; the evaluation goes on meanwhile
    assertThat(pi).hasPassed("Task_OpenAddedPositions")
        .isWaitingAt("CallActivity_SelectPositions", "CallActivity_SelectAddedPositions", "Event_NextRotationDue",
            "Gateway_EvaluationTrigger");
    assertThat(selectionKeys()).containsExactly("SEL-MINUSMA-1-R1", "SEL-MINUSMA-2-R1", "SEL-MINUSMA-3-R1",
        "SEL-MINUSMA-4-R1", "SEL-MINUSMA-5-R1");
    ProcessInstance fifth = selections().stream().filter(s -> s.getBusinessKey().equals("SEL-MINUSMA-5-R1")).findFirst()
        .orElseThrow();
    assertThat(engine.getRuntimeService().getVariables(fifth.getId())).containsEntry(CandidateSelectionProcess.POSITION_NUMBER.name(), 5)
        .containsEntry(ROTATION.name(), 1).containsEntry(PLANNED_DEPLOYMENT_DATE.name(), "2027-03-01")
        .containsEntry(MISSION_BUSINESS_KEY.name(), MISSION_KEY);
    assertThat(plans.terms(MISSION_KEY).orElseThrow().minYearsOfService()).isEqualTo(5);
    assertThat(plans.positions(MISSION_KEY)).extracting(Position::role).containsExactly(PositionRole.PATROL_MONITORING,
        PositionRole.PATROL_MONITORING, PositionRole.CONTINGENT_COMMANDER, PositionRole.PATROL_MONITORING,
        PositionRole.PATROL_MONITORING);
    // an added position's selection ends like any other
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(fifth.getId())
        .singleResult().getId());
    assertThat(selectionKeys()).hasSize(4);

    // the next rotation selects the five positions
    engine.getManagementService().executeJob(job(pi, "Event_NextRotationDue").getId());
    assertThat(selectionKeys()).contains("SEL-MINUSMA-1-R2", "SEL-MINUSMA-2-R2", "SEL-MINUSMA-3-R2", "SEL-MINUSMA-4-R2",
        "SEL-MINUSMA-5-R2").hasSize(9);
  }

  @Test
  void positionsAddedOnceTheRotationDeployedLeaveAsSoonAsPossible() {
    ProcessInstance pi = running();
    ClockUtil.setCurrentTime(date(LocalDate.of(2027, 6, 15)));
    evaluateAndPropose(pi, 21);
    Task decision = task(pi, "Task_RecordCeilingDecision");
    engine.getTaskService().complete(decision.getId(), ministers("APPROVE", 21, CEILING_DECISION_DATE.name(), "2027-06-14"));
    ProcessInstance added = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("SEL-MINUSMA-4-R1").singleResult();
    assertThat(engine.getRuntimeService().getVariables(added.getId())).containsEntry(ROTATION.name(), 1)
        .containsEntry(PLANNED_DEPLOYMENT_DATE.name(), "2027-06-15");
  }

  @Test
  void theOfficerOfAPositionAddedMidRotationHoldsItAtTheNextRotation() {
    ProcessInstance pi = running();
    ClockUtil.setCurrentTime(date(LocalDate.of(2027, 6, 15)));
    evaluateAndPropose(pi, 21);
    engine.getTaskService().complete(task(pi, "Task_RecordCeilingDecision").getId(),
        ministers("APPROVE", 21, CEILING_DECISION_DATE.name(), "2027-06-14"));
    // position 4's officer leaves in July for a whole tour: a year from arrival, past rotation 2 (1 March 2028)
    Officer o = officers.save(new Officer(null, "rcmp", "R4", "Anne", "Roy", "Cst", "F", LocalDate.of(1988, 1, 1)));
    Tour added = tours.create(new Tour(null, "DEP-2027-0004", o.id(), "rcmp", MISSION_KEY, 4, 1, TourStatus.IN_TRAINING));
    tours.recordTerms(added.businessKey(), LocalDate.of(2027, 7, 10), 12, false);

    engine.getManagementService().executeJob(job(pi, "Event_NextRotationDue").getId());
    assertThat(selectionKeys()).contains("SEL-MINUSMA-1-R2", "SEL-MINUSMA-2-R2", "SEL-MINUSMA-3-R2")
        .doesNotContain("SEL-MINUSMA-4-R2");
    assertThat(missions.heldPositions(MISSION_KEY)).isEqualTo("4");
    // when that officer comes home, rotation 2 selects the position
    positionFreed(4, "TOUR_COMPLETED", added.businessKey());
    assertThat(selectionKeys()).contains("SEL-MINUSMA-4-R2");
  }

  @Test
  void aRaisedCeilingAddsPositionsAndAboveTheHeadroomOnlyWithTheMinistersChangeOfTheCap() {
    ProcessInstance pi = running();
    evaluateAndPropose(pi, 60);
    Task decision = task(pi, "Task_RecordCeilingDecision");
    assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(), ministers("APPROVE", 60)))
        .hasMessageContaining("approvedCeiling: must fit the program's headroom of 50 (cap 150, 100 committed elsewhere)");
    engine.getTaskService().complete(decision.getId(), ministers("APPROVE", 60, CapChange.NEW_PROGRAM_CAP.name(), 160,
        CapChange.CAP_CHANGE_DATE.name(), "2026-11-01", CapChange.CAP_CHANGE_REFERENCE.name(), "MIN-CAP-2026-2"));
    assertThat(cap.current()).isEqualTo(160);
    assertThat(missions.find(MISSION_KEY).orElseThrow().ceiling()).isEqualTo(60);
    // 3 positions planned under a ceiling of 20: 40 more officers, 43 positions, profiles taken in turn, selected now
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), POSITION_COUNT.name())).isEqualTo(43);
    assertThat(plans.positions(MISSION_KEY)).hasSize(43);
    assertThat(plans.position(MISSION_KEY, 4).orElseThrow().role()).isEqualTo(plans.position(MISSION_KEY, 1).orElseThrow().role());
    assertThat(selectionKeys()).hasSize(43).contains("SEL-MINUSMA-4-R1", "SEL-MINUSMA-43-R1");

    // a later decision reads the new cap: 160 - 100 elsewhere = 60 at most
    evaluateAndPropose(pi, 61);
    Task again = task(pi, "Task_RecordCeilingDecision");
    assertThatThrownBy(() -> engine.getTaskService().complete(again.getId(), ministers("APPROVE", 61)))
        .hasMessageContaining("headroom of 60 (cap 160");
    engine.getTaskService().complete(again.getId(), ministers("DECLINE", null));
    assertThat(missions.find(MISSION_KEY).orElseThrow().ceiling()).isEqualTo(60);
  }

  void evaluateAndPropose(ProcessInstance pi, int ceiling) {
    engine.getRuntimeService().createMessageCorrelation("EvaluationRequested").processInstanceBusinessKey(MISSION_KEY)
        .correlateWithResult();
    engine.getTaskService().complete(task(pi, "Task_EvaluateMission").getId(),
        Map.of(DECISION.name(), "CHANGE_CEILING", NEW_CEILING.name(), ceiling));
  }

  @Test
  void anEvaluationCanBeAskedOnDemand() {
    ProcessInstance pi = running();
    engine.getRuntimeService().createMessageCorrelation("EvaluationRequested").processInstanceBusinessKey(MISSION_KEY)
        .correlateWithResult();
    assertThat(task(pi, "Task_EvaluateMission")).isNotNull();
    engine.getTaskService().complete(task(pi, "Task_EvaluateMission").getId(), Map.of(DECISION.name(), "CONTINUE"));
    assertThat(pi).isWaitingAt("Gateway_EvaluationTrigger");
    assertThat(missions.find(MISSION_KEY).orElseThrow().status()).isEqualTo(MissionStatus.OPEN);
  }

  @Test
  void closingWithNobodyAbroadEndsTheMissionAtOnce() {
    ProcessInstance pi = running();
    evaluate(pi, Map.of(DECISION.name(), "CLOSE"));
    assertThat(pi).isEnded().hasPassed("Event_MissionClosed");
    Mission mission = missions.find(MISSION_KEY).orElseThrow();
    assertThat(mission.status()).isEqualTo(MissionStatus.CLOSED);
    assertThat(mission.closedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
  }

  @Test
  void closingStopsRotationsAndTheMissionEndsWhenItsLastOfficerIsHome() {
    ProcessInstance pi = running();
    Tour first = tourAbroad(1);
    Tour second = tourAbroad(2);
    evaluate(pi, Map.of(DECISION.name(), "CLOSE"));
    assertThat(pi).isWaitingAt("Event_LastOfficerHome");
    assertThat(missions.find(MISSION_KEY).orElseThrow().status()).isEqualTo(MissionStatus.CLOSING);

    // the rotation timer fires: no new rotation for a closing mission
    engine.getManagementService().executeJob(job(pi, "Event_NextRotationDue").getId());
    assertThat(selectionKeys()).hasSize(3);
    // a drop-out while closing reopens nothing
    positionFreed(3, "EARLY_RETURN", "DEP-2027-0009");
    assertThat(selectionKeys()).hasSize(3);

    // as the deployment does it: repatriation starts (the tour record says so), then the position is freed
    tours.updateStatus(first.businessKey(), TourStatus.REPATRIATING);
    positionFreed(1, "TOUR_COMPLETED", first.businessKey());
    assertThat(pi).isNotEnded();
    tours.updateStatus(second.businessKey(), TourStatus.REPATRIATING);
    positionFreed(2, "TOUR_COMPLETED", second.businessKey());
    assertThat(pi).isEnded().hasPassed("Event_MissionClosed");
    assertThat(missions.find(MISSION_KEY).orElseThrow().status()).isEqualTo(MissionStatus.CLOSED);
    assertThat(selections()).as("open selections end with the mission").isEmpty();
  }

  @Test
  void aClosingMissionWhoseLastOfficerComesHomeEarlyEnds() {
    ProcessInstance pi = running();
    Tour only = tourAbroad(1);
    evaluate(pi, Map.of(DECISION.name(), "CLOSE"));
    assertThat(pi).isWaitingAt("Event_LastOfficerHome");

    tours.updateStatus(only.businessKey(), TourStatus.REPATRIATING);
    positionFreed(1, "EARLY_RETURN", only.businessKey());
    assertThat(pi).isEnded().hasPassed("Gateway_CountMerge", "Task_CheckMissionEnd", "Event_MissionClosed");
    assertThat(missions.find(MISSION_KEY).orElseThrow().status()).isEqualTo(MissionStatus.CLOSED);
  }

  @Test
  void aDropOutReopensASelectionForThatPosition() {
    ProcessInstance pi = running();
    positionFreed(2, "REPLACEMENT", "DEP-2027-0002");
    assertThat(selectionKeys()).containsExactly("SEL-MINUSMA-1-R1", "SEL-MINUSMA-2-R1", "SEL-MINUSMA-2-R1", "SEL-MINUSMA-3-R1");
    List<ProcessInstance> reselections = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).processInstanceBusinessKey("SEL-MINUSMA-2-R1").list();
    assertThat(reselections).hasSize(2);
    ProcessInstance reselection = engine.getRuntimeService().createProcessInstanceQuery()
        .activityIdIn("Task_Select").processInstanceBusinessKey("SEL-MINUSMA-2-R1").list().get(1);
    assertThat(engine.getRuntimeService().getVariables(reselection.getId()))
        .containsEntry(CandidateSelectionProcess.POSITION_NUMBER.name(), 2).containsEntry(ROTATION.name(), 1)
        .containsEntry(PLANNED_DEPLOYMENT_DATE.name(), "2027-03-01").containsEntry(MISSION_BUSINESS_KEY.name(), MISSION_KEY);
    assertThat(pi).isWaitingAt("CallActivity_ReselectPosition");
    // a tour completed on an open mission changes nothing
    positionFreed(1, "TOUR_COMPLETED", "DEP-2027-0001");
    assertThat(pi).isNotEnded();
  }

  // ------------------------------------------------------------------ rotations know who stays

  @Test
  void anExtendedOfficersPositionIsNotSelectedAgainUntilItIsReallyFree() {
    ProcessInstance pi = running();
    // position 2's officer of rotation 1 was extended by six months: still serving when rotation 2 deploys
    Tour extended = tourAbroad(2);
    tours.recordArrival(extended.businessKey(), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), LocalDate.of(2028, 3, 1));
    tours.recordExtension(extended.businessKey(), 6, LocalDate.of(2028, 9, 1));
    engine.getManagementService().executeJob(job(pi, "Event_NextRotationDue").getId());
    assertThat(selectionKeys()).containsExactlyInAnyOrder("SEL-MINUSMA-1-R1", "SEL-MINUSMA-2-R1", "SEL-MINUSMA-3-R1",
        "SEL-MINUSMA-1-R2", "SEL-MINUSMA-3-R2");
    assertThat(missions.heldPositions(MISSION_KEY)).isEqualTo("2");

    // an ordinary end of tour of rotation 1 frees nothing to select: rotation 2 has that position already
    positionFreed(1, "TOUR_COMPLETED", "DEP-2027-0001");
    assertThat(selectionKeys()).hasSize(5);
    // the extended officer goes home: the position is free now, and rotation 2 selects it
    positionFreed(2, "TOUR_COMPLETED", extended.businessKey());
    assertThat(selectionKeys()).contains("SEL-MINUSMA-2-R2").hasSize(6);
    ProcessInstance refill = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("SEL-MINUSMA-2-R2").singleResult();
    assertThat(engine.getRuntimeService().getVariables(refill.getId())).containsEntry(ROTATION.name(), 2)
        .containsEntry(CandidateSelectionProcess.POSITION_NUMBER.name(), 2);
    assertThat(missions.heldPositions(MISSION_KEY)).isEqualTo("");
  }

  @Test
  void aPositionFreedEarlyIsRefilledAndOneNotToReplaceIsNot() {
    ProcessInstance pi = running();
    positionFreed(3, "NOT_REPLACED", "DEP-2027-0003");
    assertThat(selectionKeys()).hasSize(3);
    positionFreed(1, "EARLY_RETURN", "DEP-2027-0001");
    assertThat(selectionKeys()).containsExactly("SEL-MINUSMA-1-R1", "SEL-MINUSMA-1-R1", "SEL-MINUSMA-2-R1", "SEL-MINUSMA-3-R1");
    assertThat(pi).isWaitingAt("CallActivity_ReselectPosition");
    // the mission recorded what it was told, and kept none of the message's values, not even while it reselects
    assertThat(freedPositions.freedPositions(MISSION_KEY)).extracting(f -> f.positionNumber() + " " + f.rotation() + " "
        + f.reason() + " " + f.deploymentBusinessKey()).containsExactly("3 1 NOT_REPLACED DEP-2027-0003", "1 1 EARLY_RETURN DEP-2027-0001");
    String[] freed = {FREED_POSITION_NUMBER.name(), FREED_ROTATION.name(), FREED_REASON.name(), FREED_DEPLOYMENT_KEY.name()};
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableNameIn(freed).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn(freed).count()).isZero();
  }

  // ------------------------------------------------------------------ the report from the mission

  /** an officer serving in the mission, whose contingent carl commands */
  void officerServingUnderCarl() {
    officerServing();
    missionCommand.assignCommander(MISSION_KEY, "carl", LocalDate.of(2026, 11, 2), "ian");
  }

  /** an officer serving in the mission since October */
  void officerServing() {
    Tour tour = tourAbroad(1);
    tours.recordArrival(tour.businessKey(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2027, 10, 2));
    tours.updateStage(tour.businessKey(), TourStatus.DEPLOYED, "ON_TOUR");
  }

  void reportDue(ProcessInstance pi, LocalDate day) {
    ClockUtil.setCurrentTime(date(day));
    engine.getManagementService().executeJob(job(pi, "Event_MissionReportDue").getId());
  }

  @Test
  void aMissingReportRemindsTheContingentCommanderWhoSendsItFromTheReminder() {
    ProcessInstance pi = running();
    officerServingUnderCarl();
    reportDue(pi, LocalDate.of(2026, 12, 5));
    Task reminder = task(pi, "Task_SendMissingReport");
    assertThat(reminder.getAssignee()).isEqualTo("carl");
    assertThat(engine.getTaskService().getIdentityLinksForTask(reminder.getId())).as("offered to no group")
        .noneMatch(link -> link.getGroupId() != null);
    assertThat(engine.getTaskService().getVariable(reminder.getId(), REPORT_PERIOD.name())).isEqualTo("2026-11");
    engine.getIdentityService().setAuthentication("carl", List.of("rcmp-contingent"));
    engine.getFormService().submitTaskForm(reminder.getId(), Map.of(MISSION_BUSINESS_KEY.name(), MISSION_KEY,
        REPORT_KIND.name(), "MONTHLY", REPORT_PERIOD.name(), "2026-11", REPORT_SUMMARY.name(), "Late: the network was down"));
    assertThat(pi).hasPassed("Event_RemindedReportRecorded");
    assertThat(missionReports.reportLines(MISSION_KEY, "MONTHLY", "2026-11")).containsEntry("DEP-2027-0001", "SERVING");
  }

  @Test
  void noReminderFollowsAReportThatCameInAndAReminderClosesWhenTheReportArrives() {
    ProcessInstance pi = running();
    officerServingUnderCarl();
    missionReports.recordReport(MISSION_KEY, "MONTHLY", "2026-11", "On time", "carl", java.time.LocalDateTime.of(2026, 12, 1, 9, 0),
        Map.of("DEP-2027-0001", "SERVING"));
    reportDue(pi, LocalDate.of(2026, 12, 5));
    assertThat(pi).hasPassed("Event_MissionReportInTime");
    assertThat(task(pi, "Task_SendMissingReport")).isNull();

    reportDue(pi, LocalDate.of(2027, 1, 5));
    assertThat(task(pi, "Task_SendMissingReport")).isNotNull();
    engine.getRuntimeService().createMessageCorrelation(MissionReportProcess.REPORT_RECEIVED).processInstanceBusinessKey(MISSION_KEY)
        .correlateAllWithResult();
    assertThat(pi).hasPassed("Event_ReminderClosed");
    assertThat(task(pi, "Task_SendMissingReport")).isNull();
  }

  @Test
  void aMissingReportOfAMissionWithNoCommanderNamedGoesToIpobWhoActsForIt() {
    ProcessInstance pi = running();
    officerServing();
    reportDue(pi, LocalDate.of(2026, 12, 5));
    Task reminder = task(pi, "Task_SendMissingReport");
    assertThat(reminder.getAssignee()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(reminder.getId()))
        .singleElement().satisfies(link -> assertThat(link.getGroupId()).isEqualTo("rcmp-ipob"));
    engine.getIdentityService().setAuthentication("ian", List.of("rcmp-ipob"));
    engine.getFormService().submitTaskForm(reminder.getId(), Map.of(MISSION_BUSINESS_KEY.name(), MISSION_KEY,
        REPORT_KIND.name(), "MONTHLY", REPORT_PERIOD.name(), "2026-11", REPORT_SUMMARY.name(), "Sent by IPOB: no commander named yet"));
    assertThat(pi).hasPassed("Event_RemindedReportRecorded");
    assertThat(missionReports.reportLines(MISSION_KEY, "MONTHLY", "2026-11")).containsEntry("DEP-2027-0001", "SERVING");
  }

  // ------------------------------------------------------------------ a postponed departure

  @Test
  void aPostponedDepartureIsRecordedForTheContingentWithNoTaskForAnyone() {
    ProcessInstance pi = running();
    Tour coming = tourAbroad(2);
    tours.updateStage(coming.businessKey(), TourStatus.PREPARING, "LOGISTICS");
    tours.recordTerms(coming.businessKey(), LocalDate.of(2027, 3, 15), 12, false);
    long tasksBefore = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count();
    engine.getRuntimeService().createMessageCorrelation(ca.gc.cpa.process.MissionProcess.DeparturePostponed.MESSAGE).processInstanceBusinessKey(MISSION_KEY)
        .setVariables(new ca.gc.cpa.process.MissionProcess.DeparturePostponed(coming.businessKey(), LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 3, 15), "ian").toVariables())
        .correlateWithResult();
    assertThat(pi).hasPassed("Task_RecordLaterArrival", "Event_ContingentTold").isNotEnded();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isEqualTo(tasksBefore);
    assertThat(arrivalNotices.arrivals(MISSION_KEY)).singleElement().satisfies(arrival -> {
      assertThat(arrival.tourBusinessKey()).isEqualTo(coming.businessKey());
      assertThat(arrival.plannedDepartureOn()).isEqualTo(LocalDate.of(2027, 3, 15));
      assertThat(arrival.postponements()).singleElement().satisfies(notice -> {
        assertThat(notice.departureWas()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(notice.departureNow()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(notice.decidedBy()).isEqualTo("ian");
      });
    });
    // the mission's own variables are untouched: the message's values were transient
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), MissionProcess.DeparturePostponed.NOW.name())).isNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(MissionProcess.DeparturePostponed.TOUR.name()).count()).isZero();
  }
}
