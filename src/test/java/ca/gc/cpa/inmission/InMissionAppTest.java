package ca.gc.cpa.inmission;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.TourEarlyReturnRepository;
import ca.gc.cpa.domain.TourIncidentRepository;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.process.EarlyReturnProcess;
import ca.gc.cpa.process.ExtensionRequestProcess;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.process.PerformanceAppraisalProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import ca.gc.cpa.support.ServingOfficers;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The months abroad through /api as the people who have the facts: carl commands MINUSMA's contingent
 * (SPVM's and Durham's officers serve there), marc coordinates SPVM, dana Durham. Every refusal leaves the
 * records as they were.
 */
@CpaAppTest
class InMissionAppTest {

  static final String MISSION = "MSN-MINUSMA-2031";
  static final String QUIET_MISSION = "MSN-UNMISS-2031";
  static final String SPVM_TOUR = "DEP-2031-0101";
  static final String DURHAM_TOUR = "DEP-2031-0102";
  static final String QUIET_TOUR = "DEP-2031-0103";
  static final String NOT_YET_TOUR = "DEP-2031-0104";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  MissionRepository missions;

  @Autowired
  OfficerRepository officers;

  @Autowired
  TourRepository tours;

  @Autowired
  MissionCommandRepository missionCommand;

  @Autowired
  MissionReportRepository missionReports;

  @Autowired
  TourIncidentRepository tourIncidents;

  @Autowired
  TourEarlyReturnRepository tourEarlyReturns;

  static boolean set;

  @BeforeEach
  void officersServing() {
    if (set) {
      return;
    }
    set = true;
    LocalDate arrived = EngineClock.today().minusMonths(2);
    for (String m : List.of(MISSION, QUIET_MISSION)) {
      missions.create(new Mission(m, m.substring(4, m.length() - 5), m, "REQ-2031-0001", 10, MissionStatus.OPEN, arrived, null));
      missionCommand.assignCommander(m, "carl", arrived, "ian");
    }
    ServingOfficers serving = new ServingOfficers(officers, tours);
    serving.serving(SPVM_TOUR, "spvm", MISSION, arrived);
    serving.serving(DURHAM_TOUR, "durham", MISSION, arrived);
    serving.serving(QUIET_TOUR, "durham", QUIET_MISSION, arrived);
    serving.serving(NOT_YET_TOUR, "durham", MISSION, arrived);
    tours.updateStage(NOT_YET_TOUR, TourStatus.PREPARING, "LOGISTICS");
    for (String tour : List.of(SPVM_TOUR, DURHAM_TOUR, QUIET_TOUR)) {
      tourInstance(tour, tours.findByBusinessKey(tour).orElseThrow().agencyCode());
    }
  }

  @Test
  void carlSendsTheMonthsReportForHisMissionAndNoReminderFollows() {
    String lastMonth = YearMonth.from(EngineClock.today()).minusMonths(1).toString();
    RestUser carl = RestUser.demo(port, "carl");
    var sent = carl.post("/api/missions/" + MISSION + "/reports", new MissionReportProcess.Start(MISSION,
        MissionReportProcess.MONTHLY, lastMonth, "Joint patrols with the host police; calm month", null, null,
        List.of(DURHAM_TOUR)).body());
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    // a line per officer serving (SPVM's may have left early in another test), none for one not yet there
    var lines = missionReports.reportLines(MISSION, "MONTHLY", lastMonth);
    assertThat(lines).containsEntry(DURHAM_TOUR, "CONCERN").doesNotContainKey(NOT_YET_TOUR);
    lines.forEach((tour, status) -> assertThat(status).isEqualTo(tour.equals(DURHAM_TOUR) ? "CONCERN" : "SERVING"));
    var again = carl.post("/api/missions/" + MISSION + "/reports", new MissionReportProcess.Start(MISSION,
        MissionReportProcess.MONTHLY, lastMonth, "Sent twice").body());
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains(MissionReportProcess.REPORT_PERIOD.name(), "already sent");

    // the day the report is due: none for carl's mission that reported, one for the mission that did not
    ProcessInstance reported = checkReport(MISSION);
    ProcessInstance quiet = checkReport(QUIET_MISSION);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(reported.getId()).count()).isZero();
    var reminder = engine.getTaskService().createTaskQuery().processInstanceId(quiet.getId()).singleResult();
    assertThat(reminder.getTaskDefinitionKey()).isEqualTo("Task_SendMissingReport");
    assertThat(reminder.getAssignee()).isEqualTo("carl");
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("rcmp-ipob").processInstanceId(quiet.getId())
        .count()).isZero();
    // the report sent from the start form's channel closes the reminder
    assertThat(carl.post("/api/missions/" + QUIET_MISSION + "/reports", new MissionReportProcess.Start(QUIET_MISSION,
        MissionReportProcess.MONTHLY, lastMonth, "Late, sorry").body()).status()).isEqualTo(201);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(quiet.getId()).count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(
        java.util.Set.of(reported.getId(), quiet.getId())).count()).isZero();
  }

  @Test
  void marcAsksACompassionateReturnForHisOwnOfficerButDanasOfficerIsNotFound() {
    RestUser marc = RestUser.demo(port, "marc");
    Map<String, Object> body = new EarlyReturnProcess.Start(SPVM_TOUR, EarlyReturnProcess.COMPASSIONATE,
        "Family emergency at home", true).body();
    var danas = marc.post("/api/tours/" + DURHAM_TOUR + "/early-return", body);
    assertThat(danas.status()).isEqualTo(404);
    assertThat(danas.body()).doesNotContain("durham");
    assertThat(tourEarlyReturns.earlyReturnRecorded(DURHAM_TOUR)).isFalse();
    var own = marc.post("/api/tours/" + SPVM_TOUR + "/early-return", body);
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    assertThat(tourEarlyReturns.earlyReturnKind(SPVM_TOUR)).contains("COMPASSIONATE");
    assertThat(tours.findProgress(SPVM_TOUR).orElseThrow().status()).isEqualTo(TourStatus.REPATRIATING);
    // the officer no longer serves: a second event is not for now
    assertThat(marc.post("/api/tours/" + SPVM_TOUR + "/incidents", incident()).status()).isEqualTo(409);
  }

  @Test
  void danaCannotSendForATourOfAnotherServiceNorAnotherGroupForAnyone() {
    int incidents = tourIncidents.incidents(DURHAM_TOUR).size() + tourIncidents.incidents(SPVM_TOUR).size();
    RestUser dana = RestUser.demo(port, "dana");
    assertThat(dana.post("/api/tours/" + SPVM_TOUR + "/incidents", incident()).status()).isEqualTo(404);
    assertThat(dana.post("/api/tours/" + SPVM_TOUR + "/leave", new LeaveRequestProcess.Start(SPVM_TOUR,
        EngineClock.today().plusDays(5), 1).body()).status()).isEqualTo(404);
    assertThat(dana.post("/api/tours/DEP-2031-9999/incidents", incident()).status()).isEqualTo(404);
    assertThat(dana.post("/api/missions/" + MISSION + "/reports", Map.of()).status()).isEqualTo(403);
    assertThat(RestUser.demo(port, "gina").post("/api/tours/" + DURHAM_TOUR + "/incidents", incident()).status()).isEqualTo(403);
    assertThat(RestUser.demo(port, "hana").post("/api/tours/" + DURHAM_TOUR + "/early-return", Map.of()).status()).isEqualTo(403);
    assertThat(RestUser.anonymous(port).post("/api/tours/" + DURHAM_TOUR + "/incidents", incident()).status()).isEqualTo(401);
    assertThat(tourIncidents.incidents(DURHAM_TOUR).size() + tourIncidents.incidents(SPVM_TOUR).size()).isEqualTo(incidents);
    // her own officer: sent
    assertThat(dana.post("/api/tours/" + QUIET_TOUR + "/incidents", incident()).status()).isEqualTo(201);
    assertThat(tourIncidents.incidents(QUIET_TOUR)).hasSize(1);
  }

  @Test
  void aWrongEventIsRefusedWithEveryFieldAndATourNotServingIsAConflict() {
    RestUser carl = RestUser.demo(port, "carl");
    var empty = carl.post("/api/tours/" + DURHAM_TOUR + "/incidents", Map.of());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains(IncidentProcess.INCIDENT_OCCURRED_ON.name(), IncidentProcess.INCIDENT_KIND.name(),
        IncidentProcess.INCIDENT_SEVERITY.name(), IncidentProcess.INCIDENT_SUMMARY.name());
    Map<String, Object> typed = new HashMap<>(incident());
    typed.put(IncidentProcess.TOUR_BUSINESS_KEY.name(), SPVM_TOUR);
    var keyTyped = carl.post("/api/tours/" + DURHAM_TOUR + "/incidents", typed);
    assertThat(keyTyped.status()).isEqualTo(400);
    assertThat(keyTyped.body()).contains(IncidentProcess.TOUR_BUSINESS_KEY.name(), "is not a field of this request");
    Map<String, Object> wrong = new HashMap<>(incident());
    wrong.put(IncidentProcess.INCIDENT_SEVERITY.name(), "APOCALYPTIC");
    wrong.put(IncidentProcess.INCIDENT_OCCURRED_ON.name(), EngineClock.today().plusDays(2).toString());
    var invalid = carl.post("/api/tours/" + DURHAM_TOUR + "/incidents", wrong);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).contains(IncidentProcess.INCIDENT_SEVERITY.name(), IncidentProcess.INCIDENT_OCCURRED_ON.name());
    assertThat(carl.post("/api/tours/" + NOT_YET_TOUR + "/incidents", incident()).status()).isEqualTo(409);
    assertThat(carl.post("/api/tours/" + DURHAM_TOUR + "/holidays", incident()).status()).isEqualTo(404);
    assertThat(tourIncidents.incidents(DURHAM_TOUR)).isEmpty();
  }

  @Test
  void carlAppraisesDanasOfficerWhoAsksForAnExtensionDecidedOnceAtATime() {
    RestUser carl = RestUser.demo(port, "carl");
    RestUser dana = RestUser.demo(port, "dana");
    assertThat(dana.post("/api/tours/" + DURHAM_TOUR + "/appraisals", Map.of()).status()).isEqualTo(403);
    var appraised = carl.post("/api/tours/" + DURHAM_TOUR + "/appraisals", new PerformanceAppraisalProcess.Start(DURHAM_TOUR,
        PerformanceAppraisalProcess.MID_TOUR, PerformanceAppraisalProcess.EXCEEDS, true, "Leads the joint patrols").body());
    assertThat(appraised.status()).as(appraised.body()).isEqualTo(201);
    Map<String, Object> request = new ExtensionRequestProcess.Start(DURHAM_TOUR, 6,
        "The officer wishes to stay for the elections", true).body();
    assertThat(dana.post("/api/tours/" + SPVM_TOUR + "/extension-requests", request).status()).isEqualTo(404);
    var asked = dana.post("/api/tours/" + DURHAM_TOUR + "/extension-requests", request);
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    // the tour asks Durham to confirm the release, with the appraisal; a second request waits for the decision
    var release = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(DURHAM_TOUR)
        .taskDefinitionKey("Task_ConfirmExtensionRelease").singleResult();
    assertThat(engine.getTaskService().getVariable(release.getId(), OfficerDeploymentProcess.APPRAISAL_RATING.name())).isEqualTo("EXCEEDS");
    assertThat(engine.getTaskService().getVariable(release.getId(), OfficerDeploymentProcess.MISSION_NEEDS_POST.name())).isEqualTo(true);
    assertThat(dana.post("/api/tours/" + DURHAM_TOUR + "/extension-requests", request).status()).isEqualTo(409);
  }

  @Test
  void aPostponedDepartureRebooksTravelAndTheMissionsCommanderSeesTheNewDateAmongTheOfficersOnTheirWay() {
    // the mission runs (its plan waits for IPOB); Durham's officer prepares to leave in three weeks, the visa late
    engine.getRuntimeService().createProcessInstanceByKey(MissionProcess.KEY).businessKey(MISSION)
        .startBeforeActivity("Task_PlanMission").execute();
    LocalDate planned = EngineClock.today().plusWeeks(3);
    LocalDate later = planned.plusWeeks(5);
    tours.recordTerms(NOT_YET_TOUR, planned, 12, false);
    Map<String, Object> v = tourVariables("durham");
    v.put(OfficerDeploymentProcess.DAYS_TO_DEPARTURE.name(), 21);
    v.put(OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE.name(), planned.toString());
    engine.getRuntimeService().createProcessInstanceByKey(OfficerDeploymentProcess.KEY).businessKey(NOT_YET_TOUR)
        .setVariables(v).startBeforeActivity("Task_EscalateDepartureRisk").execute();
    RestUser ian = RestUser.demo(port, "ian");
    String decision = ca.gc.cpa.support.RestTasks.taskId(ian, NOT_YET_TOUR, "Task_EscalateDepartureRisk");
    var postponed = ian.post("/engine-rest/task/" + decision + "/submit-form", ca.gc.cpa.support.RestTasks.typed(
        OfficerDeploymentProcess.DEPARTURE_RISK_DECISION.name(), OfficerDeploymentProcess.POSTPONE_DEPARTURE,
        OfficerDeploymentProcess.NEW_DEPARTURE_DATE.name(), later.toString()));
    assertThat(postponed.status()).as(postponed.body()).isEqualTo(204);

    // travel is rebooked for the new date, and the mission was told: its commander reads it
    ca.gc.cpa.support.RestTasks.taskId(RestUser.demo(port, "liam"), NOT_YET_TOUR, "Task_RebookTravel");
    RestUser carl = RestUser.demo(port, "carl");
    var arrivals = carl.get("/api/missions/" + MISSION + "/arrivals");
    assertThat(arrivals.status()).as(arrivals.body()).isEqualTo(200);
    var coming = java.util.stream.StreamSupport.stream(arrivals.json().get("arrivals").spliterator(), false)
        .filter(a -> a.get("tourBusinessKey").asText().equals(NOT_YET_TOUR)).findFirst().orElseThrow();
    assertThat(coming.get("plannedDepartureOn").asText()).isEqualTo(later.toString());
    assertThat(coming.get("postponements")).hasSize(1);
    assertThat(coming.get("postponements").get(0).get("departureWas").asText()).isEqualTo(planned.toString());
    assertThat(coming.get("postponements").get(0).get("departureNow").asText()).isEqualTo(later.toString());
    assertThat(coming.get("postponements").get(0).get("decidedBy").asText()).isEqualTo("ian");
    assertThat(arrivals.body()).doesNotContain(DURHAM_TOUR);   // serving already: not on the way
    // IPOB follows every mission; another group may not ask; an unknown mission is not found
    assertThat(ian.get("/api/missions/" + MISSION + "/arrivals").status()).isEqualTo(200);
    assertThat(RestUser.demo(port, "dana").get("/api/missions/" + MISSION + "/arrivals").status()).isEqualTo(403);
    assertThat(RestUser.demo(port, "gina").get("/api/missions/" + MISSION + "/arrivals").status()).isEqualTo(403);
    assertThat(carl.get("/api/missions/MSN-NONE-2031/arrivals").status()).isEqualTo(404);
    RestUser cora = RestUser.demo(port, ca.gc.cpa.support.ContingentCommanders.cora(engine));
    assertThat(cora.get("/api/missions/" + MISSION + "/arrivals").status()).as("another mission's commander").isEqualTo(404);
    assertThat(RestUser.anonymous(port).get("/api/missions/" + MISSION + "/arrivals").status()).isEqualTo(401);
  }

  static Map<String, Object> incident() {
    return new IncidentProcess.Start(null, EngineClock.today(), IncidentProcess.SECURITY_THREAT, IncidentProcess.MINOR,
        "Stones thrown at the patrol vehicle, nobody hurt").body();
  }

  /** the mission's check of last month's report, as its monthly timer runs it */
  ProcessInstance checkReport(String mission) {
    return engine.getRuntimeService().createProcessInstanceByKey(MissionProcess.KEY).businessKey(mission)
        .startBeforeActivity("Task_CheckMissionReport").execute();
  }

  /** the officer's tour waiting in the mission (process officer-deployment, inside "Serve the tour") */
  void tourInstance(String key, String agency) {
    Map<String, Object> v = tourVariables(agency);
    v.put(OfficerDeploymentProcess.TOUR_ENDS_AT.name(), EngineClock.today().plusMonths(10) + "T00:00:00");
    engine.getRuntimeService().createProcessInstanceByKey(OfficerDeploymentProcess.KEY).businessKey(key).setVariables(v)
        .startBeforeActivity("Gateway_TourEndOrExtension").execute();
  }

  /** what a tour of the mission carries whatever its step (process officer-deployment; the rest is on its row) */
  static Map<String, Object> tourVariables(String agency) {
    Map<String, Object> v = new HashMap<>();
    v.put(OfficerDeploymentProcess.AGENCY_CODE.name(), agency);
    v.put(OfficerDeploymentProcess.MISSION_NAME.name(), "MINUSMA");
    v.put(OfficerDeploymentProcess.OFFICER_NAME.name(), "Sgt Alex Tremblay");
    v.put(OfficerDeploymentProcess.HIGH_STRESS.name(), false);
    return v;
  }
}
