package ca.gc.cpa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.AssistanceRequest;
import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.CostRecoveryRepository;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.RequestStatus;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.replay.Playbook;
import ca.gc.cpa.replay.Scenario;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import ca.gc.cpa.support.SensitiveData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole pipeline over REST, as the demo users: gina registers a request, the partners review it, ministers
 * approve it, IPOB plans the mission, the RCMP's coordinator nominates an officer, the officer is cleared,
 * selected, trained, equipped, deployed, supported and brought home, and the home service confirms the
 * return to duty. Every user task is first completed with nothing (refused, task stays open), then properly.
 * Timers run by moving the engine clock and executing the due jobs. At the end the business records agree
 * with the history.
 */
@CpaAppTest
// a database of its own: the whole pipeline works every open task of its groups, and other tests leave
// tasks behind on purpose (half-made instances of the authorization tests)
@TestPropertySource(properties = "cpa.test.context=pipeline")
class PipelineOverRestTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  ManagementService managementService;

  @Autowired
  HistoryService historyService;

  @Autowired
  AssistanceRequestRepository requests;

  @Autowired
  MissionRepository missions;

  @Autowired
  TourRepository tours;

  @Autowired
  CostRecoveryRepository recoveries;

  @Autowired
  JdbcClient jdbc;

  final Scenario scenario = Scenario.happyPath();
  final List<String> completed = new ArrayList<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aRequestBecomesACompletedTourThroughTheDemoUsers() {
    LocalDate today = LocalDate.now();
    Map<String, Object> request = new LinkedHashMap<>();
    request.put(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), "EU-COPPS-" + System.nanoTime() % 100000);
    request.put(AssistanceRequestProcess.REQUESTING_BODY.name(), "EU");
    request.put(AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), "EUPOL COPPS, Council of the European Union");
    request.put(AssistanceRequestProcess.MISSION_NAME.name(), "EUPOL COPPS");
    request.put(AssistanceRequestProcess.HOST_COUNTRY.name(), "PS");
    request.put(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), 3);
    request.put(AssistanceRequestProcess.MISSION_LANGUAGE.name(), "EN");
    request.put(AssistanceRequestProcess.ARMED.name(), false);
    request.put(AssistanceRequestProcess.TOUR_MONTHS.name(), 9);
    request.put(AssistanceRequestProcess.REQUESTED_START.name(), today.plusMonths(5).toString());
    request.put(AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name(), true);
    request.put(AssistanceRequestProcess.ROLES_REQUESTED.name(), "Advisers to the Palestinian Civil Police");
    var created = RestUser.demo(port, "gina").post("/api/assistance-requests", request);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String requestKey = created.json().get("businessKey").asText();

    String tourKey = null;
    for (int round = 0; round < 400; round++) {
      runDueJobs();
      if (tourKey == null) {
        tourKey = jdbc.sql("SELECT t.business_key FROM tour t JOIN mission m ON m.business_key = t.mission_business_key"
            + " WHERE m.request_business_key = :k").param("k", requestKey).query(String.class).optional().orElse(null);
        if (tourKey != null) {
          // IPOB names the mission's contingent commander: the report reminders are his
          String missionKey = tours.findByBusinessKey(tourKey).orElseThrow().missionBusinessKey();
          assertThat(RestUser.demo(port, "ian").put("/api/missions/" + missionKey + "/commander",
              Map.of("userId", "carl")).status()).isEqualTo(200);
        }
      }
      if (tourKey != null && tours.findProgress(tourKey).orElseThrow().status() == TourStatus.COMPLETED) {
        break;
      }
      if (!workOpenTasks() && !runDueJobs()) {
        moveClockToNextTimer();
      }
    }
    assertThat(tourKey).as("a tour started; tasks completed: " + summary()).isNotNull();

    // the officer is back at work
    var progress = tours.findProgress(tourKey).orElseThrow();
    assertThat(progress.status()).as("tasks completed: " + summary()).isEqualTo(TourStatus.COMPLETED);

    // the request record agrees with the ministerial decision in the history
    AssistanceRequest record = requests.find(requestKey).orElseThrow();
    assertThat(record.status()).isEqualTo(RequestStatus.APPROVED);
    Object decidedCeiling = historyService.createHistoricVariableInstanceQuery().processInstanceId(record.processInstanceId())
        .variableName(AssistanceRequestProcess.MISSION_CEILING.name()).singleResult().getValue();
    assertThat(record.ceiling()).isEqualTo(decidedCeiling);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(record.processInstanceId())
        .variableName(AssistanceRequestProcess.MINISTERIAL_DECISION.name()).singleResult().getValue()).isEqualTo("APPROVE");

    // the mission row, born at the approval, with the decided ceiling
    var mission = missions.find(record.missionBusinessKey()).orElseThrow();
    assertThat(mission.ceiling()).isEqualTo(decidedCeiling);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(MissionProcess.KEY)
        .processInstanceBusinessKey(mission.businessKey()).count()).isEqualTo(1);

    // the tour row's dates and stages against the history of its instance
    var tourInstance = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(OfficerDeploymentProcess.KEY)
        .processInstanceBusinessKey(tourKey).singleResult();
    assertThat(tourInstance.getEndTime()).isNotNull();
    Set<String> walked = new LinkedHashSet<>();
    for (HistoricActivityInstance a : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(tourInstance.getId()).finished().list()) {
      walked.add(a.getActivityId());
    }
    assertThat(walked).contains("Task_EnrolInTraining", "Task_ConfirmDeparture", "Task_ConfirmArrival",
        "Event_TourEndReached", "Task_ConfirmReturnToDuty", "Task_RecoverCosts", "Task_CompleteTour", "Event_TourCompleted");
    assertThat(progress.departedOn()).isEqualTo(historicDate(tourInstance.getId(), OfficerDeploymentProcess.DEPARTED_ON.name()));
    assertThat(progress.arrivedOn()).isEqualTo(historicDate(tourInstance.getId(), OfficerDeploymentProcess.ARRIVED_ON.name()));
    assertThat(progress.returnedToDutyOn()).isEqualTo(historicDate(tourInstance.getId(), OfficerDeploymentProcess.RETURNED_TO_DUTY_ON.name()));
    assertThat(progress.repatriationReason()).isEqualTo("END_OF_TOUR");

    // cost recovery: the RCMP pays its own officers
    var recovery = recoveries.find(tourKey).orElseThrow();
    assertThat(recovery.reimbursed()).isFalse();
    assertThat(recovery.fullMonths()).isGreaterThanOrEqualTo(8);

    // every user task of the walk was refused empty (where its form requires something), then done by its group's user
    assertThat(completed).contains("Task_ScreenCriteria", "Task_ReviewAsPartner", "Task_RecordMinisterialDecision",
        "Task_PlanMission", "Task_RecordAgreement", "Task_NominateOfficer", "Task_ConfirmRelease",
        "Task_RecordMedicalClearance", "Task_RecordSecurityClearance", "Task_InterviewCandidate", "Task_ConfirmSelection",
        "Task_RecordOfferAnswer", "Task_RecordLeadAnswer", "Task_EnrolInTraining", "Task_RecordTrainingResult",
        "Task_ConfirmArrival", "Task_HoldWelfareCheckIn", "Task_ArrangeTravelHome",
        "Task_HoldOperationalDebrief", "Task_CheckPostMissionHealth", "Task_ConfirmReturnToDuty", "Task_AwardRecognition");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(tourInstance.getId())
        .taskDeleteReason("completed").list())
        .allSatisfy(t -> assertThat(t.getAssignee()).isIn(Playbook.USER_BY_GROUP.values()));

    // after the whole run, the process holds verdicts only: no medical or psychological detail anywhere
    SensitiveData.assertNoMedicalOrPsychologicalDetail(engine);
  }

  String summary() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    completed.forEach(k -> counts.merge(k, 1, Integer::sum));
    return counts.toString();
  }

  LocalDate historicDate(String processInstanceId, String name) {
    var v = historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .singleResult();
    return v == null ? null : LocalDate.parse(String.valueOf(v.getValue()));
  }

  /** every open task a demo user can see, done by that user: first empty (refused), then with the playbook's values */
  boolean workOpenTasks() {
    boolean worked = false;
    for (var entry : Playbook.USER_BY_GROUP.entrySet()) {
      RestUser user = RestUser.demo(port, entry.getValue());
      var open = user.get("/engine-rest/task?candidateGroup=" + entry.getKey() + "&sortBy=created&sortOrder=asc");
      assertThat(open.status()).as(open.body()).isEqualTo(200);
      for (JsonNode task : open.json()) {
        String businessKey = processBusinessKey(task.get("processInstanceId").asText());
        complete(user, entry.getValue(), task, businessKey);
        worked = true;
      }
    }
    return worked;
  }

  void complete(RestUser user, String userId, JsonNode task, String businessKey) {
    String id = task.get("id").asText();
    String key = task.get("taskDefinitionKey").asText();
    var vars = user.get("/engine-rest/task/" + id + "/variables?deserializeValues=false");
    assertThat(vars.status()).as(userId + " reads " + key + ": " + vars.body()).isEqualTo(200);
    Map<String, Object> seen = new HashMap<>();
    vars.json().fields().forEachRemaining(f -> {
      JsonNode value = f.getValue().get("value");
      seen.put(f.getKey(), value == null || value.isNull() ? null
          : value.isBoolean() ? value.asBoolean() : value.isIntegralNumber() ? value.asInt() : value.asText());
    });
    var claimed = user.post("/engine-rest/task/" + id + "/claim", Map.of("userId", userId));
    assertThat(claimed.status()).as(userId + " claims " + key + ": " + claimed.body()).isEqualTo(204);

    if (!Playbook.EMPTY_COMPLETION_ALLOWED.contains(key)) {
      var refused = user.post("/engine-rest/task/" + id + "/submit-form", Map.of("variables", Map.of()));
      assertThat(refused.status()).as(key + " completed empty: " + refused.body()).isEqualTo(400);
      assertThat(user.get("/engine-rest/task/" + id).status()).as(key + " still open").isEqualTo(200);
    }

    Map<String, Object> values = Playbook.values(key, businessKey, seen, today(), scenario);
    var done = user.post("/engine-rest/task/" + id + "/submit-form", Map.of("variables", typed(values)));
    assertThat(done.status()).as(userId + " completes " + key + " with " + values + ": " + done.body()).isEqualTo(204);
    completed.add(key);
  }

  String processBusinessKey(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getBusinessKey();
  }

  static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v instanceof List<?> list) {
        out.put(k, Map.of("value", list.stream().map(o -> "\"" + o + "\"")
            .collect(java.util.stream.Collectors.joining(",", "[", "]")), "type", "Json"));
      } else {
        String type = v instanceof Integer ? "Integer" : v instanceof Boolean ? "Boolean" : "String";
        out.put(k, Map.of("value", v, "type", type));
      }
    });
    return out;
  }

  LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneId.systemDefault());
  }

  /** the engine's due jobs (timers, asynchronous steps), run now; true when any ran */
  boolean runDueJobs() {
    boolean any = false;
    for (int pass = 0; pass < 50; pass++) {
      List<Job> due = managementService.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return any;
      }
      for (Job job : due) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException raced) {
          // the application's job executor got there first, or a retry is due later
        }
        any = true;
      }
    }
    return any;
  }

  /** moves the engine clock to the next timer that is due */
  void moveClockToNextTimer() {
    Job next = managementService.createJobQuery().timers().orderByJobDuedate().asc().listPage(0, 1).stream()
        .findFirst().orElseThrow(() -> new AssertionError("nothing to do and no timer ahead; tasks completed: " + summary()));
    Date at = new Date(next.getDuedate().getTime() + 1000);
    if (at.after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(at);
    }
  }
}
