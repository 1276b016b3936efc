package ca.gc.cpa.security;

import static ca.gc.cpa.support.RestTasks.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.IntakeBodies;
import ca.gc.cpa.support.MissionForms;
import ca.gc.cpa.support.RestTasks;
import ca.gc.cpa.support.RestUser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Durham's coordinator (dana, agency-durham) tries every write channel of /engine-rest and /api, as a hostile
 * partner would: on her own task, on another service's task, on the selection's shared scope and on the other
 * processes (variables, local variables, modifications, deletions, assignee, delegation, claims for others,
 * completions with extra or read-only keys, messages, job retries, instance modification, starts). Every
 * attempt is refused, and a snapshot of every variable, task, job, authorization, account and business row
 * taken before equals the one taken after. Then the reproductions of issue 15 fail as they should, and the
 * honest work still goes through.
 */
@CpaAppTest
class HostilePartnerTest {

  static final String MISSION_KEY = "MSN-HOSTILE-2026";
  static final String SELECTION_KEY = "SEL-HOSTILE-1-R1";
  static final String EVALUATED_KEY = "MSN-HOSTEVAL-2026";
  /** the engine's tables that hold what a partner could change, and every business table */
  static final List<String> TABLES = List.of("act_ru_variable", "act_ru_task", "act_ru_execution",
      "act_ru_identitylink", "act_ru_job", "act_ru_event_subscr", "act_ru_authorization", "act_ru_incident",
      "act_id_user", "act_id_group", "act_id_membership", "agency", "officer", "mission", "tour",
      "assistance_request", "request_review", "mission_position", "selection", "nomination", "tour_leave_request",
      "tour_report", "tour_incident", "tour_cost_recovery", "agency_application", "effect_ledger", "mission_command",
      "mission_report", "mission_report_line", "mission_arrival_notice");
  static final Map<String, Object> OBJECT_VALUE = Map.of("value", "{}", "type", "Object", "valueInfo", Map.of(
      "objectTypeName", "org.springframework.util.AntPathMatcher", "serializationDataFormat", "application/json"));

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  MissionRepository missions;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  MissionCommandRepository missionCommand;

  @Autowired
  MissionReportRepository missionReports;

  @Autowired
  ca.gc.cpa.domain.OfficerRepository officers;

  @Autowired
  ca.gc.cpa.domain.TourRepository tours;

  final Set<String> endpoints = new LinkedHashSet<>();
  int attempts;

  @Test
  void aPartnerServiceWorksItsOwnTaskAndChangesNothingElse() throws Exception {
    RestUser dana = RestUser.demo(port, "dana");
    RestUser owen = RestUser.demo(port, "owen");
    RestUser marc = RestUser.demo(port, "marc");
    openSelection();
    String requestKey = RestUser.demo(port, "gina").post("/api/assistance-requests", IntakeBodies.valid("HOSTILE-1"))
        .json().get("businessKey").asText();
    String requestInstance = instance(requestKey);
    String evaluationTask = evaluationWaitingForIan();

    String own = RestTasks.taskId(dana, SELECTION_KEY, "Task_NominateOfficer");
    String owens = RestTasks.taskId(owen, SELECTION_KEY, "Task_NominateOfficer");
    String selection = instance(SELECTION_KEY);
    String mission = instance(MISSION_KEY);
    String ownExecution = engine.getTaskService().createTaskQuery().taskId(own).singleResult().getExecutionId();
    String job = engine.getManagementService().createJobQuery().processInstanceId(selection).list().get(0).getId();
    String screening = engine.getTaskService().createTaskQuery().processInstanceId(requestInstance).singleResult().getId();
    Map<String, Object> opp = Map.of("value", "opp", "type", "String");
    Map<String, Object> zeroYears = Map.of("value", 0, "type", "Integer");

    await().atMost(Duration.ofSeconds(30)).until(() -> engine.getManagementService().createJobQuery().executable().count() == 0);
    Map<String, List<String>> before = snapshot();

    // variables of her own task, of another service's task, of the shared scope
    for (String task : List.of(own, owens)) {
      refused("PUT /task/{id}/variables/{name}", dana.put("/engine-rest/task/" + task + "/variables/agencyCode", opp));
      refused("PUT /task/{id}/variables/{name}", dana.put("/engine-rest/task/" + task + "/variables/minYearsOfService", zeroYears));
      refused("PUT /task/{id}/variables/{name}", dana.put("/engine-rest/task/" + task + "/variables/recordNomination", opp));
      refused("PUT /task/{id}/variables/{name}", dana.put("/engine-rest/task/" + task + "/variables/x", OBJECT_VALUE));
      refused("POST /task/{id}/variables", dana.post("/engine-rest/task/" + task + "/variables",
          Map.of("modifications", Map.of(MissionProcess.MIN_YEARS_OF_SERVICE.name(), zeroYears))));
      refused("POST /task/{id}/variables", dana.post("/engine-rest/task/" + task + "/variables",
          Map.of("deletions", List.of(CandidateSelectionProcess.AGENCY_CODE.name()))));
      refused("DELETE /task/{id}/variables/{name}", dana.delete("/engine-rest/task/" + task + "/variables/agencyCode"));
      refused("PUT /task/{id}/localVariables/{name}", dana.put("/engine-rest/task/" + task + "/localVariables/agencyCode", opp));
      refused("POST /task/{id}/localVariables", dana.post("/engine-rest/task/" + task + "/localVariables",
          Map.of("modifications", Map.of(CandidateSelectionProcess.AGENCY_CODE.name(), opp))));
      refused("DELETE /task/{id}/localVariables/{name}", dana.delete("/engine-rest/task/" + task + "/localVariables/nominating"));
      // the task itself: assignee, delegation, claims for others, candidates, its properties
      refused("POST /task/{id}/assignee", dana.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "owen")));
      refused("POST /task/{id}/delegate", dana.post("/engine-rest/task/" + task + "/delegate", Map.of("userId", "owen")));
      refused("POST /task/{id}/claim", dana.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "owen")));
      refused("POST /task/{id}/identity-links", dana.post("/engine-rest/task/" + task + "/identity-links",
          Map.of("groupId", "agency-durham", "type", "candidate")));
      refused("POST /task/{id}/identity-links/delete", dana.post("/engine-rest/task/" + task + "/identity-links/delete",
          Map.of("groupId", task.equals(own) ? "agency-durham" : "agency-opp", "type", "candidate")));
      refused("PUT /task/{id}", dana.put("/engine-rest/task/" + task, Map.of("name", "Nominate nobody", "assignee", "dana")));
      // ending it otherwise than by its form
      refused("POST /task/{id}/bpmnError", dana.post("/engine-rest/task/" + task + "/bpmnError",
          Map.of("errorCode", "Error_Replacement", "variables", Map.of(CandidateSelectionProcess.AGENCY_CODE.name(), opp))));
      refused("POST /task/{id}/bpmnEscalation", dana.post("/engine-rest/task/" + task + "/bpmnEscalation",
          Map.of("escalationCode", "x", "variables", Map.of(CandidateSelectionProcess.AGENCY_CODE.name(), opp))));
      refused("POST /task/{id}/resolve", dana.post("/engine-rest/task/" + task + "/resolve", typed(CandidateSelectionProcess.NOMINATING.name(), "NONE")));
    }
    refused("POST /task/{id}/claim", dana.post("/engine-rest/task/" + owens + "/claim", Map.of("userId", "dana")));
    refused("POST /task/{id}/comment/create", dana.post("/engine-rest/task/" + owens + "/comment/create", Map.of("message", "x")));

    // completions of her own task that carry more than the form lets her edit, and another's completions
    String complete = "/engine-rest/task/" + own + "/complete";
    refusedNaming("POST /task/{id}/complete", dana.post(complete, typed(CandidateSelectionProcess.NOMINATING.name(), "NONE", CandidateSelectionProcess.AGENCY_CODE.name(), "opp")), CandidateSelectionProcess.AGENCY_CODE.name());
    refusedNaming("POST /task/{id}/complete", dana.post(complete, typed(CandidateSelectionProcess.NOMINATING.name(), "NONE", MissionProcess.MIN_YEARS_OF_SERVICE.name(), 0)), MissionProcess.MIN_YEARS_OF_SERVICE.name());
    refusedNaming("POST /task/{id}/complete", dana.post(complete, typed(CandidateSelectionProcess.NOMINATING.name(), "NONE", "recordNomination", "x")), "recordNomination");
    refusedNaming("POST /task/{id}/complete", dana.post(complete, typed(CandidateSelectionProcess.NOMINATING.name(), "NONE", CandidateSelectionProcess.MINIMUM_RANK.name(), "CST")), CandidateSelectionProcess.MINIMUM_RANK.name());
    refusedNaming("POST /task/{id}/complete", dana.post(complete, Map.of("variables", Map.of(CandidateSelectionProcess.NOMINATING.name(),
        Map.of("value", "NONE", "type", "String"), CandidateSelectionProcess.AGENCY_CODE.name(), Map.of("value", "opp", "type", "String",
        "valueInfo", Map.of("transient", true))))), "Transient values");
    refusedNaming("POST /task/{id}/complete", dana.post(complete, Map.of("variables", Map.of(CandidateSelectionProcess.NOMINATING.name(), OBJECT_VALUE))),
        "Variables of type Object");
    refusedNaming("POST /task/{id}/complete", dana.post(complete, typed(CandidateSelectionProcess.NOMINATING.name(), "NOMINATE", CandidateSelectionProcess.NOMINEE_GIVEN_NAME.name(),
        "\u200B\u202E", CandidateSelectionProcess.NOMINEE_FAMILY_NAME.name(), "\u0000")), CandidateSelectionProcess.NOMINEE_GIVEN_NAME.name());
    refusedNaming("POST /task/{id}/submit-form", dana.post("/engine-rest/task/" + own + "/submit-form",
        typed(CandidateSelectionProcess.NOMINATING.name(), "NONE", "injectedByDana", "x")), "injectedByDana");
    refused("POST /task/{id}/complete", dana.post("/engine-rest/task/" + owens + "/complete", typed(CandidateSelectionProcess.NOMINATING.name(), "NONE")));
    refused("POST /task/{id}/submit-form", dana.post("/engine-rest/task/" + owens + "/submit-form", typed(CandidateSelectionProcess.NOMINATING.name(), "NONE")));
    refused("POST /task/{id}/complete", dana.post("/engine-rest/task/" + screening + "/complete", typed("criteriaMet", true)));
    RestUser.Response tooLarge = dana.post(complete, "{\"variables\": {\"note\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}}");
    refused("POST /task/{id}/complete", tooLarge);
    assertThat(tooLarge.status()).isEqualTo(413);

    // the selection's shared scope, her own execution, the other processes
    for (String instance : List.of(selection, mission, requestInstance)) {
      refused("PUT /process-instance/{id}/variables/{name}", dana.put("/engine-rest/process-instance/" + instance
          + "/variables/minYearsOfService", zeroYears));
      refused("POST /process-instance/{id}/variables", dana.post("/engine-rest/process-instance/" + instance + "/variables",
          Map.of("modifications", Map.of(CandidateSelectionProcess.AGENCY_CODE.name(), opp), "deletions", List.of(MissionProcess.MISSION_CODE.name()))));
      refused("DELETE /process-instance/{id}/variables/{name}", dana.delete("/engine-rest/process-instance/" + instance
          + "/variables/missionCode"));
      refused("POST /process-instance/{id}/modification", dana.post("/engine-rest/process-instance/" + instance
          + "/modification", Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_NominateOfficer")))));
      refused("PUT /process-instance/{id}/suspended", dana.put("/engine-rest/process-instance/" + instance + "/suspended",
          Map.of("suspended", true)));
      refused("DELETE /process-instance/{id}", dana.delete("/engine-rest/process-instance/" + instance));
    }
    refused("PUT /execution/{id}/localVariables/{name}", dana.put("/engine-rest/execution/" + ownExecution
        + "/localVariables/agencyCode", opp));
    refused("POST /execution/{id}/localVariables", dana.post("/engine-rest/execution/" + ownExecution + "/localVariables",
        Map.of("modifications", Map.of(MissionProcess.MIN_YEARS_OF_SERVICE.name(), zeroYears))));
    refused("POST /process-instance/{id}/variables", dana.post("/engine-rest/process-instance/" + selection + "/variables",
        Map.of("modifications", Map.of("x", OBJECT_VALUE))));
    // messages into other instances, jobs, starts, the directory and the rights
    for (String message : List.of(CandidateSelectionProcess.NominationAccepted.MESSAGE,
        CandidateSelectionProcess.NominationRejected.MESSAGE, "RequestWithdrawn", "PositionFreed")) {
      refused("POST /message", dana.post("/engine-rest/message", Map.of("messageName", message,
          "businessKey", message.startsWith("Request") ? requestKey : SELECTION_KEY,
          "processVariables", Map.of(CandidateSelectionProcess.AGENCY_CODE.name(), opp))));
    }
    refused("PUT /job/{id}/retries", dana.put("/engine-rest/job/" + job + "/retries", Map.of("retries", 0)));
    refused("PUT /job/{id}/duedate", dana.put("/engine-rest/job/" + job + "/duedate", Map.of("duedate", "2020-01-01T00:00:00.000+0000")));
    refused("POST /job/{id}/execute", dana.post("/engine-rest/job/" + job + "/execute", ""));
    refused("PUT /job/{id}/suspended", dana.put("/engine-rest/job/" + job + "/suspended", Map.of("suspended", true)));
    for (String process : List.of(MissionProcess.KEY, CandidateSelectionProcess.KEY, AssistanceRequestProcess.KEY,
        OfficerDeploymentProcess.KEY)) {
      refused("POST /process-definition/key/{key}/start", dana.post("/engine-rest/process-definition/key/" + process
          + "/start", Map.of("variables", Map.of(CandidateSelectionProcess.AGENCY_CODE.name(), opp))));
    }
    refused("POST /process-definition/key/{key}/submit-form", dana.post(
        "/engine-rest/process-definition/key/assistance-request/submit-form", Map.of("variables", Map.of())));
    refused("POST /task/create", dana.post("/engine-rest/task/create", Map.of("id", "dana-task", "name", "x")));
    refused("POST /user/create", dana.post("/engine-rest/user/create", Map.of("profile", Map.of("id", "mallory"),
        "credentials", Map.of("password", "a-long-password-1"))));
    refused("PUT /group/{id}/members/{userId}", dana.put("/engine-rest/group/agency-opp/members/dana", ""));
    refused("POST /authorization/create", dana.post("/engine-rest/authorization/create", Map.of("type", 1,
        "permissions", List.of("ALL"), "userId", "dana", "resourceType", 8, "resourceId", "*")));
    refused("POST /deployment/create", dana.post("/engine-rest/deployment/create", ""));
    // the project's own API
    refused("POST /api/assistance-requests", dana.post("/api/assistance-requests", IntakeBodies.valid("HOSTILE-2")));
    refused("POST /api/assistance-requests/{key}/withdrawal", dana.post("/api/assistance-requests/" + requestKey
        + "/withdrawal", Map.of("reason", "x")));

    // 5: a task she may not work answers 403, built from nothing of the task's data
    RestUser.Response evaluation = dana.post("/engine-rest/task/" + evaluationTask + "/complete", typed(MissionProcess.NEW_CEILING.name(), 999));
    refused("POST /task/{id}/complete", evaluation);
    assertThat(evaluation.status()).isEqualTo(403);
    assertThat(evaluation.body()).doesNotContain("999", AssistanceRequestProcess.HEADROOM.name(), MissionProcess.CEILING.name(), "mission",
        evaluationTask);

    assertThat(snapshot()).as("every variable and business row is as it was").isEqualTo(before);
    System.out.printf("Hostile partner: %d attempts over %d endpoints, every one refused, nothing changed%n",
        attempts, endpoints.size());
    assertThat(attempts).isGreaterThanOrEqualTo(60);
    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(15);

    // 4: the other service through its own normal completion: read-only and undeclared keys are refused
    refusedNaming("POST /task/{id}/complete", owen.post("/engine-rest/task/" + owens + "/complete",
        typed(CandidateSelectionProcess.NOMINATING.name(), "NONE", CandidateSelectionProcess.MINIMUM_RANK.name(), "SUPT", "injectedByOwen", "x")), "injectedByOwen");
    assertThat(engine.getRuntimeService().getVariable(selection, CandidateSelectionProcess.MINIMUM_RANK.name())).isNotEqualTo("SUPT");
    assertThat(engine.getRuntimeService().getVariable(selection, "injectedByOwen")).isNull();
    // the honest work goes through: dana and marc nominate no one, owen too (3: nothing of dana's blocks marc)
    assertThat(dana.post(complete, typed(CandidateSelectionProcess.NOMINATING.name(), "NONE")).status()).isEqualTo(204);
    RestTasks.complete(marc, SELECTION_KEY, "Task_NominateOfficer", typed(CandidateSelectionProcess.NOMINATING.name(), "NONE"));
    RestTasks.complete(owen, SELECTION_KEY, "Task_NominateOfficer", typed(CandidateSelectionProcess.NOMINATING.name(), "NONE"));
    assertThat(engine.getRuntimeService().getVariable(selection, CandidateSelectionProcess.AGENCY_CODE.name())).isNull();
  }

  /**
   * The commander of another mission (cora, rcmp-contingent) reaches for carl's tasks (a leave to approve, a
   * missing report's reminder) on every channel: every attempt is refused and nothing changes; carl then works
   * them.
   */
  @Test
  void aCommanderOfAnotherMissionChangesNothingOfTheTasksOfCarlsMission() {
    ca.gc.cpa.support.ContingentCommanders.cora(engine);
    LocalDate arrived = LocalDate.now().minusMonths(3);
    for (String code : List.of("HOSTCARL", "HOSTCORA")) {
      missions.create(new Mission("MSN-" + code + "-2026", code, code, "REQ-2026-0098", 5, MissionStatus.OPEN, arrived, null));
    }
    missionCommand.assignCommander("MSN-HOSTCARL-2026", "carl", arrived, "ian");
    missionCommand.assignCommander("MSN-HOSTCORA-2026", "cora", arrived, "ian");
    var serving = new ca.gc.cpa.support.ServingOfficers(officers, tours);
    serving.serving("DEP-2026-7801", "spvm", "MSN-HOSTCARL-2026", arrived);
    serving.serving("DEP-2026-7802", "spvm", "MSN-HOSTCORA-2026", arrived);
    assertThat(RestUser.demo(port, "marc").post("/api/tours/DEP-2026-7801/leave", new LeaveRequestProcess.Start(
        "DEP-2026-7801", LocalDate.now().plusDays(10), 1).body()).status()).isEqualTo(201);
    String approval = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("DEP-2026-7801")
        .taskDefinitionKey("Task_ApproveLeave").singleResult().getId();
    String mission = engine.getRuntimeService().createProcessInstanceByKey(MissionProcess.KEY).businessKey("MSN-HOSTCARL-2026")
        .startBeforeActivity("Task_CheckMissionReport").execute().getId();
    String reminder = engine.getTaskService().createTaskQuery().processInstanceId(mission).singleResult().getId();
    String lastMonth = java.time.YearMonth.now().minusMonths(1).toString();
    Map<String, Object> report = typed(MissionReportProcess.MISSION_BUSINESS_KEY.name(), "MSN-HOSTCARL-2026",
        MissionReportProcess.REPORT_KIND.name(), MissionReportProcess.MONTHLY, MissionReportProcess.REPORT_PERIOD.name(),
        lastMonth, MissionReportProcess.REPORT_SUMMARY.name(), "Written by another mission's commander");
    RestUser cora = RestUser.demo(port, "cora");
    Map<String, Object> refuse = Map.of("value", "REFUSE", "type", "String");

    await().atMost(Duration.ofSeconds(30)).until(() -> engine.getManagementService().createJobQuery().executable().count() == 0);
    Map<String, List<String>> before = snapshot();
    for (String task : List.of(approval, reminder)) {
      Map<String, Object> answer = task.equals(approval)
          ? typed(LeaveRequestProcess.LEAVE_ANSWER.name(), LeaveRequestProcess.APPROVE) : report;
      refused("POST /task/{id}/claim", cora.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "cora")));
      refused("POST /task/{id}/claim", cora.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "carl")));
      refused("POST /task/{id}/unclaim", cora.post("/engine-rest/task/" + task + "/unclaim", ""));
      refused("POST /task/{id}/assignee", cora.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "cora")));
      refused("POST /task/{id}/delegate", cora.post("/engine-rest/task/" + task + "/delegate", Map.of("userId", "cora")));
      refused("POST /task/{id}/identity-links", cora.post("/engine-rest/task/" + task + "/identity-links",
          Map.of("groupId", "rcmp-contingent", "type", "candidate")));
      refused("PUT /task/{id}", cora.put("/engine-rest/task/" + task, Map.of("name", "Mine now", "assignee", "cora")));
      refused("PUT /task/{id}/variables/{name}", cora.put("/engine-rest/task/" + task + "/variables/" + LeaveRequestProcess.LEAVE_ANSWER.name(), refuse));
      refused("POST /task/{id}/variables", cora.post("/engine-rest/task/" + task + "/variables",
          Map.of("modifications", Map.of(LeaveRequestProcess.CONTINGENT_COMMANDER.name(),
              Map.of("value", "cora", "type", "String")))));
      refused("GET /task/{id}/form-variables", cora.get("/engine-rest/task/" + task + "/form-variables"));
      refused("POST /task/{id}/submit-form", cora.post("/engine-rest/task/" + task + "/submit-form", answer));
      refused("POST /task/{id}/complete", cora.post("/engine-rest/task/" + task + "/complete", answer));
      refused("POST /task/{id}/resolve", cora.post("/engine-rest/task/" + task + "/resolve", answer));
      refused("POST /task/{id}/bpmnError", cora.post("/engine-rest/task/" + task + "/bpmnError", Map.of("errorCode", "x")));
    }
    refused("POST /message", cora.post("/engine-rest/message", Map.of("messageName", MissionReportProcess.REPORT_RECEIVED,
        "businessKey", "MSN-HOSTCARL-2026")));
    refused("POST /api/missions/{key}/reports", cora.post("/api/missions/MSN-HOSTCARL-2026/reports", new MissionReportProcess.Start(
        "MSN-HOSTCARL-2026", MissionReportProcess.MONTHLY, lastMonth, "Written by another mission's commander").body()));
    refused("POST /api/tours/{key}/leave", cora.post("/api/tours/DEP-2026-7801/leave", new LeaveRequestProcess.Start(
        "DEP-2026-7801", LocalDate.now().plusDays(20), 1).body()));
    assertThat(snapshot()).as("every variable, task and business row is as it was").isEqualTo(before);

    RestUser carl = RestUser.demo(port, "carl");
    assertThat(carl.post("/engine-rest/task/" + approval + "/submit-form", typed(LeaveRequestProcess.LEAVE_ANSWER.name(),
        LeaveRequestProcess.APPROVE)).status()).isEqualTo(204);
    assertThat(carl.post("/engine-rest/task/" + reminder + "/submit-form", typed(
        MissionReportProcess.MISSION_BUSINESS_KEY.name(), "MSN-HOSTCARL-2026", MissionReportProcess.REPORT_KIND.name(),
        MissionReportProcess.MONTHLY, MissionReportProcess.REPORT_PERIOD.name(), lastMonth,
        MissionReportProcess.REPORT_SUMMARY.name(), "Late, from the reminder")).status()).isEqualTo(204);
    assertThat(missionReports.reportExists("MSN-HOSTCARL-2026", "MONTHLY", lastMonth)).isTrue();
  }

  private void refused(String endpoint, RestUser.Response response) {
    attempts++;
    endpoints.add(endpoint);
    assertThat(response.status()).as("%s answered %s", endpoint, abbreviate(response.body())).isBetween(400, 499);
    assertThat(response.body()).as(endpoint).doesNotContain("\tat ", "Caused by");
  }

  private void refusedNaming(String endpoint, RestUser.Response response, String key) {
    refused(endpoint, response);
    assertThat(response.status()).as(endpoint).isEqualTo(400);
    assertThat(response.body()).as(endpoint).contains(key);
  }

  /** a mission planned and agreed: its selection calls every service for a nomination */
  private void openSelection() {
    if (missions.find(MISSION_KEY).isPresent()) {
      return;
    }
    missions.create(new Mission(MISSION_KEY, "HOSTILE", "HOSTILE", "REQ-2026-0099", 7, MissionStatus.OPEN,
        LocalDate.now(), null));
    engine.getRuntimeService().startProcessInstanceByKey(MissionProcess.KEY, MISSION_KEY, missionStart("HOSTILE"));
    RestTasks.complete(RestUser.demo(port, "ian"), MISSION_KEY, "Task_PlanMission", typed(MissionForms.plan(1,
        "TRAINING_MENTORING", "CST", "EN", false, 12, LocalDate.now().plusMonths(6), false)));
    RestTasks.complete(RestUser.demo(port, "gina"), MISSION_KEY, "Task_RecordAgreement", typed(MissionForms.agreement(
        "TECHNICAL_AGREEMENT", "TA-HOSTILE-2026", LocalDate.now())));
  }

  /** a mission waiting for IPOB's evaluation: the task of issue 15's fifth finding */
  private String evaluationWaitingForIan() {
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(EVALUATED_KEY).count() == 0) {
      engine.getRuntimeService().createProcessInstanceByKey(MissionProcess.KEY).businessKey(EVALUATED_KEY)
          .setVariables(missionStart("HOSTEVAL")).startBeforeActivity("Task_EvaluateMission").execute();
    }
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(EVALUATED_KEY).singleResult().getId();
  }

  private static Map<String, Object> missionStart(String code) {
    return new MissionProcess.Start(code, code, 7, "EU", "EN", false, 12, LocalDate.now().plusMonths(6),
        "PS").variables();
  }

  private String instance(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
  }

  /** every row of the tables, each as its sorted columns, sorted */
  private Map<String, List<String>> snapshot() {
    Map<String, List<String>> out = new TreeMap<>();
    for (String table : TABLES) {
      List<String> rows = new ArrayList<>();
      for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
        Map<String, String> columns = new TreeMap<>();
        row.forEach((k, v) -> columns.put(k.toLowerCase(Locale.ROOT), v instanceof byte[] b ? Arrays.toString(b) : String.valueOf(v)));
        rows.add(columns.toString());
      }
      rows.sort(null);
      out.put(table, rows);
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
