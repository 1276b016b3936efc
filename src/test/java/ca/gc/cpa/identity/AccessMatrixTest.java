package ca.gc.cpa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourLeaveRequestRepository;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.ProbeProcess;
import ca.gc.cpa.support.RestUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authorization matrix (README, identity.AccessMatrix) through /engine-rest with the demo users: every
 * allowed cell answers with data, every forbidden one with 403 or nothing; and a partner service sees
 * its own officers and nothing of another service's, on every channel.
 */
@CpaAppTest
class AccessMatrixTest {

  /** one demo user per group; marc stands for every partner service (agency-spvm) */
  static final Map<String, String> USERS = Map.ofEntries(
      Map.entry("cpa-managers", "mona"), Map.entry("gac-desk", "gina"), Map.entry("gac-development", "devon"),
      Map.entry("ps-policy", "paula"), Map.entry("rcmp-ipob", "ian"), Map.entry("rcmp-selection", "sam"),
      Map.entry("rcmp-health", "hana"), Map.entry("rcmp-security", "sean"), Map.entry("rcmp-training", "theo"),
      Map.entry("rcmp-logistics", "liam"), Map.entry("rcmp-contingent", "carl"), Map.entry("agency-spvm", "marc"));

  /**
   * a task of each process to hold an instance at, and the variables its expressions need
   */
  static final Map<String, String> WAIT_AT = Map.ofEntries(
      Map.entry(AccessMatrix.ASSISTANCE_REQUEST, "Task_ScreenCriteria"),
      Map.entry(AccessMatrix.MISSION, "Task_PlanMission"),
      Map.entry(AccessMatrix.CANDIDATE_SELECTION, "Task_RecordMedicalClearance"),
      Map.entry(AccessMatrix.OFFICER_DEPLOYMENT, "Task_EnrolInTraining"),
      Map.entry(AccessMatrix.AGENCY_ONBOARDING, "Task_ReviewApplication"),
      Map.entry(AccessMatrix.MISSION_REPORT, "Event_ReportRecorded"),
      Map.entry(AccessMatrix.INCIDENT, "Task_DecideEmergencyRepatriation"),
      Map.entry(AccessMatrix.LEAVE_REQUEST, "Task_ApproveLeave"),
      Map.entry(AccessMatrix.EARLY_RETURN, "Task_PrepareForEarlyReturn"),
      Map.entry(AccessMatrix.PERFORMANCE_APPRAISAL, "Event_AppraisalRecorded"),
      Map.entry(AccessMatrix.EXTENSION_REQUEST, "Event_ExtensionRequestForwarded"));

  /** processes recorded as they are sent: no running instance to see, their instances are seen in history */
  static final List<String> NO_WAIT_STATE = List.of(AccessMatrix.MISSION_REPORT, AccessMatrix.PERFORMANCE_APPRAISAL,
      AccessMatrix.EXTENSION_REQUEST);

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  OfficerRepository officers;

  @Autowired
  IdentitySetup identitySetup;

  @Autowired
  TourRepository tours;

  @Autowired
  ca.gc.cpa.domain.MissionRepository missions;

  @Autowired
  MissionCommandRepository missionCommand;

  @Autowired
  MissionReportRepository missionReports;

  @Autowired
  TourLeaveRequestRepository tourLeave;

  static final Map<String, String> INSTANCES = new HashMap<>();

  /** one instance of each process, held at one of its tasks (Durham's officer for the deployment) */
  @BeforeEach
  void oneInstanceOfEachProcess() {
    for (String process : AccessMatrix.PROCESSES) {
      if (INSTANCES.containsKey(process) && (NO_WAIT_STATE.contains(process) || engine.getRuntimeService()
          .createProcessInstanceQuery().processInstanceId(INSTANCES.get(process)).count() == 1)) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>(Map.of(OfficerDeploymentProcess.AGENCY_CODE.name(), "durham", MissionProcess.MISSION_CODE.name(), "MATRIX",
          CandidateSelectionProcess.MISSION_BUSINESS_KEY.name(), "MSN-MATRIX-2026", CandidateSelectionProcess.POSITION_NUMBER.name(), 1, CandidateSelectionProcess.ROTATION.name(), 1, OfficerDeploymentProcess.ARMED.name(), false,
          MissionProcess.TOUR_MONTHS.name(), 12, CandidateSelectionProcess.UN_MISSION.name(), true, OfficerDeploymentProcess.HIGH_STRESS.name(), false));
      variables.put(OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE.name(), LocalDate.now().plusMonths(3).toString());
      variables.put(IncidentProcess.DECISION_DUE_AT.name(), LocalDate.now().plusDays(1) + "T00:00:00");
      variables.put(LeaveRequestProcess.CONTINGENT_COMMANDER.name(), "carl");
      ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(process)
          .businessKey("MATRIX-" + process).setVariables(variables)
          .startBeforeActivity(WAIT_AT.get(process)).execute();
      INSTANCES.put(process, pi.getId());
    }
  }

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    USERS.forEach((group, user) -> {
      for (String process : AccessMatrix.PROCESSES) {
        for (ProcessAction action : List.of(ProcessAction.START, ProcessAction.SEE_INSTANCES, ProcessAction.READ_HISTORY)) {
          if (action == ProcessAction.SEE_INSTANCES && NO_WAIT_STATE.contains(process)) {
            continue;   // no running instance to see
          }
          cells.add(Arguments.of(group, user, process, action, AccessMatrix.allows(group, process, action)));
        }
      }
    });
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} {2} {3}: {4}")
  @MethodSource("cells")
  void eachCellOfTheMatrixHolds(String group, String user, String process, ProcessAction action, boolean allowed) {
    RestUser rest = RestUser.demo(port, user);
    String instanceId = INSTANCES.get(process);
    switch (action) {
      case START -> {
        var check = rest.get("/engine-rest/authorization/check?permissionName=CREATE_INSTANCE"
            + "&resourceName=ProcessDefinition&resourceType=6&resourceId=" + process);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().path("authorized").asBoolean(check.json().path("isAuthorized").asBoolean()))
            .as(check.body()).isEqualTo(allowed);
      }
      case SEE_INSTANCES -> {
        assertThat(count(rest, "/engine-rest/process-instance/count?processInstanceIds=" + instanceId) > 0)
            .as("sees the instance").isEqualTo(allowed);
        var variables = rest.get("/engine-rest/process-instance/" + instanceId + "/variables");
        if (allowed) {
          assertThat(variables.status()).isEqualTo(200);
          assertThat(variables.json().size()).isPositive();
        } else {
          assertThat(variables.status()).as("reads the variables").isIn(403, 404);
        }
      }
      case READ_HISTORY -> assertThat(count(rest,
          "/engine-rest/history/process-instance/count?processInstanceId=" + instanceId) > 0).isEqualTo(allowed);
      default -> throw new IllegalStateException(action.name());
    }
  }

  @Test
  void aPartnerServiceSeesOnlyTheToursOfItsOwnOfficersAndAdministratorsSeeAll() {
    var visible = RestUser.demo(port, "marc").get("/engine-rest/process-instance");
    assertThat(visible.status()).isEqualTo(200);
    visible.json().forEach(instance -> assertThat(engine.getRuntimeService()
        .getVariable(instance.get("id").asText(), OfficerDeploymentProcess.AGENCY_CODE.name())).isEqualTo("spvm"));
    assertThat(count(RestUser.demo(port, "demo"), "/engine-rest/process-instance/count")).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aPartnerServiceSeesItsOwnOfficersAndNothingOfAnothersOnEveryChannel() {
    Officer spvmOfficer = officers.save(new Officer(null, "spvm", "SPVM-MX-1", "Marie", "Roy", "Sgt", "F", LocalDate.of(1984, 5, 2)));
    Officer durhamOfficer = officers.save(new Officer(null, "durham", "DRPS-MX-1", "John", "Smith", "Cst", "M", LocalDate.of(1988, 1, 9)));
    String spvm = deploy(spvmOfficer, "DEP-2026-9001");
    String durham = deploy(durhamOfficer, "DEP-2026-9002");
    RestUser marc = RestUser.demo(port, "marc");
    RestUser dana = RestUser.demo(port, "dana");

    // instances, variables and history: each coordinator sees their own service's tour only
    assertThat(count(marc, "/engine-rest/process-instance/count?processInstanceIds=" + spvm)).isEqualTo(1);
    assertThat(count(dana, "/engine-rest/process-instance/count?processInstanceIds=" + spvm)).isZero();
    assertThat(count(dana, "/engine-rest/process-instance/count?processInstanceIds=" + durham)).isEqualTo(1);
    assertThat(marc.get("/engine-rest/process-instance/" + spvm + "/variables").status()).isEqualTo(200);
    assertThat(dana.get("/engine-rest/process-instance/" + spvm + "/variables").status()).isIn(403, 404);
    assertThat(count(marc, "/engine-rest/history/process-instance/count?processInstanceId=" + spvm)).isEqualTo(1);
    assertThat(count(dana, "/engine-rest/history/process-instance/count?processInstanceId=" + spvm)).isZero();
    assertThat(count(dana, "/engine-rest/history/variable-instance/count?processInstanceId=" + spvm)).isZero();

    // tasks offered to SPVM's coordinators
    ProbeProcess.start(engine, "agency-spvm");
    String task = engine.getTaskService().createTaskQuery().processDefinitionKey(ProbeProcess.KEY)
        .taskCandidateGroup("agency-spvm").list().get(0).getId();
    assertThat(count(marc, "/engine-rest/task/count?taskId=" + task)).isEqualTo(1);
    assertThat(count(dana, "/engine-rest/task/count?taskId=" + task)).isZero();
    assertThat(dana.get("/engine-rest/task/" + task + "/form-variables").status()).isIn(403, 404);
    assertThat(dana.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "dana")).status()).isIn(403, 404);
    assertThat(dana.post("/engine-rest/task/" + task + "/complete", Map.of()).status()).isIn(403, 404);
    assertThat(count(dana, "/engine-rest/history/task/count?taskId=" + task)).isZero();
    // once done, no right on the task outlives it (identity.TaskAuthorizationProvider): the matrix has no
    // history of this process for partner services
    assertThat(marc.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "marc")).status()).isEqualTo(204);
    assertThat(marc.post("/engine-rest/task/" + task + "/complete", Map.of()).status()).isEqualTo(204);
    assertThat(count(marc, "/engine-rest/history/task/count?taskId=" + task)).isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(task).count()).isZero();

    // officer records through /api
    assertThat(marc.get("/api/officers/" + spvmOfficer.id()).status()).isEqualTo(200);
    assertThat(dana.get("/api/officers/" + spvmOfficer.id()).status()).isEqualTo(404);
    assertThat(dana.get("/api/officers/" + durhamOfficer.id()).status()).isEqualTo(200);
    var danasTours = dana.get("/api/tours").json().get("tours");
    assertThat(danasTours).isNotEmpty();
    danasTours.forEach(t -> assertThat(t.get("agencyCode").asText()).isEqualTo("durham"));
    assertThat(RestUser.demo(port, "ian").get("/api/officers/" + spvmOfficer.id()).status()).isEqualTo(200);
    assertThat(dana.get("/api/tours?limit=0").status()).isEqualTo(400);
  }

  @Test
  void taskHistoryIsReadThroughTheMatrixWithNoRightKeptPerTask() {
    ProbeProcess.start(engine, "gac-desk");
    String task = engine.getTaskService().createTaskQuery().processDefinitionKey(ProbeProcess.KEY)
        .taskCandidateGroup("gac-desk").list().get(0).getId();
    RestUser gina = RestUser.demo(port, "gina");
    assertThat(gina.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "gina")).status()).isEqualTo(204);
    assertThat(gina.post("/engine-rest/task/" + task + "/complete", Map.of()).status()).isEqualTo(204);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(task).count()).isZero();
    // READ_HISTORY on a definition (the matrix) still shows its tasks' history: gina's screening task
    assertThat(count(gina, "/engine-rest/history/task/count?processInstanceId="
        + INSTANCES.get(AccessMatrix.ASSISTANCE_REQUEST))).isEqualTo(1);
  }

  @Test
  void aGroupThatSeesTheProcessReadsItsTasksThroughItAndWorksOnlyItsOwn() {
    String task = engine.getTaskService().createTaskQuery()
        .processInstanceId(INSTANCES.get(AccessMatrix.ASSISTANCE_REQUEST)).singleResult().getId();
    // gac-desk sees assistance requests: its screening task brings it the right to work it (not to change it,
    // its variables or its assignee), and no READ row
    var own = engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task).groupIdIn(CpaGroup.GAC_DESK.id()).singleResult();
    assertThat(own.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(own.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
    assertThat(own.isPermissionGranted(TaskPermissions.READ)).isFalse();
    RestUser gina = RestUser.demo(port, "gina");
    assertThat(count(gina, "/engine-rest/task/count?candidateGroup=gac-desk&taskId=" + task)).isEqualTo(1);
    assertThat(gina.get("/engine-rest/task/" + task + "/form-variables").status()).isEqualTo(200);
    // rcmp-ipob sees the process too: it reads the task, and may not claim it (not its candidate group)
    RestUser ian = RestUser.demo(port, "ian");
    assertThat(count(ian, "/engine-rest/task/count?taskId=" + task)).isEqualTo(1);
    assertThat(ian.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "ian")).status()).isEqualTo(403);
    // gac-development only works its own tasks of the process: it does not see this one
    RestUser devon = RestUser.demo(port, "devon");
    assertThat(count(devon, "/engine-rest/task/count?taskId=" + task)).isZero();
    assertThat(devon.get("/engine-rest/task/" + task + "/form-variables").status()).isIn(403, 404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  @Test
  void aTaskOpenedUnderAnEarlierBuildLosesTheRightToChangeItAtTheNextStart() {
    var authorizations = engine.getAuthorizationService();
    var legacy = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    legacy.setGroupId("agency-durham");
    legacy.setResource(Resources.TASK);
    legacy.setResourceId("task-of-an-earlier-build");
    legacy.addPermission(TaskPermissions.READ);
    legacy.addPermission(TaskPermissions.UPDATE);
    authorizations.saveAuthorization(legacy);

    identitySetup.afterSingletonsInstantiated();

    var now = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId("task-of-an-earlier-build").singleResult();
    assertThat(now.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
    assertThat(now.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(now.isPermissionGranted(TaskPermissions.READ)).isTrue();
    authorizations.deleteAuthorization(now.getId());
  }

  /**
   * The tasks of a contingent commander (a missing report's reminder, a leave to approve) are his as the commander
   * of their mission: carl sees and works those of his mission; cora, who commands another mission, and the user of
   * every other group neither see nor work them, and nothing changes. A mission with no commander named has its
   * tasks offered to RCMP IPOB, who acts for it: ian works them, carl does not.
   */
  @Test
  void aContingentCommandersTaskIsHisAloneAndIpobActsForAMissionWithNone() {
    ca.gc.cpa.support.ContingentCommanders.cora(engine);
    LocalDate arrived = LocalDate.now().minusMonths(3);
    var serving = new ca.gc.cpa.support.ServingOfficers(officers, tours);
    for (String code : List.of("CMDCARL", "CMDCORA", "CMDNONE")) {
      missions.create(new Mission("MSN-" + code + "-2026", code, code, "REQ-2026-0777", 5, MissionStatus.OPEN, arrived, null));
    }
    missionCommand.assignCommander("MSN-CMDCARL-2026", "carl", arrived, "ian");
    missionCommand.assignCommander("MSN-CMDCORA-2026", "cora", arrived, "ian");
    serving.serving("DEP-2026-7701", "spvm", "MSN-CMDCARL-2026", arrived);
    serving.serving("DEP-2026-7702", "spvm", "MSN-CMDCORA-2026", arrived);
    serving.serving("DEP-2026-7703", "spvm", "MSN-CMDNONE-2026", arrived);
    RestUser marc = RestUser.demo(port, "marc");
    Map<String, Object> leave = new LeaveRequestProcess.Start(null, LocalDate.now().plusDays(10), 1).body();
    for (String tour : List.of("DEP-2026-7701", "DEP-2026-7703")) {
      assertThat(marc.post("/api/tours/" + tour + "/leave", leave).status()).isEqualTo(201);
    }
    String carlsApproval = openTask("DEP-2026-7701", "Task_ApproveLeave");
    String carlsReminder = reminder("MSN-CMDCARL-2026");
    String ipobsApproval = openTask("DEP-2026-7703", "Task_ApproveLeave");
    String ipobsReminder = reminder("MSN-CMDNONE-2026");
    String lastMonth = java.time.YearMonth.now().minusMonths(1).toString();
    Map<String, Object> approve = ca.gc.cpa.support.RestTasks.typed(LeaveRequestProcess.LEAVE_ANSWER.name(),
        LeaveRequestProcess.APPROVE);

    for (String task : List.of(carlsApproval, carlsReminder)) {
      var before = stateOf(task);
      assertThat(before.get("assignee")).isEqualTo("carl");
      String process = task.equals(carlsApproval) ? AccessMatrix.LEAVE_REQUEST : AccessMatrix.MISSION;
      Map<String, Object> answer = task.equals(carlsApproval) ? approve : report("MSN-CMDCARL-2026", lastMonth);
      Map<String, String> others = new HashMap<>(USERS);
      others.put(CpaGroup.RCMP_CONTINGENT.id(), "cora");
      for (var other : others.entrySet()) {
        String user = other.getValue();
        RestUser rest = RestUser.demo(port, user);
        // a group that watches the process (the matrix's "see") reads the task: it may not work it
        boolean reads = AccessMatrix.allows(other.getKey(), process, ProcessAction.SEE_INSTANCES);
        assertThat(count(rest, "/engine-rest/task/count?taskId=" + task)).as(user + " sees it").isEqualTo(reads ? 1 : 0);
        if (!reads) {
          assertThat(rest.get("/engine-rest/task/" + task + "/form-variables").status()).as(user).isIn(403, 404);
        }
        assertThat(rest.post("/engine-rest/task/" + task + "/claim", Map.of("userId", user)).status()).as(user).isIn(403, 404);
        assertThat(rest.post("/engine-rest/task/" + task + "/submit-form", answer).status()).as(user).isIn(403, 404);
        assertThat(rest.post("/engine-rest/task/" + task + "/complete", answer).status()).as(user).isIn(403, 404);
      }
      assertThat(stateOf(task)).as("nothing changed").isEqualTo(before);
      RestUser carl = RestUser.demo(port, "carl");
      assertThat(count(carl, "/engine-rest/task/count?taskId=" + task)).isEqualTo(1);
      // the commanders' filter, the first Tasklist opens, lists each commander's own tasks
      String filter = carl.get("/engine-rest/filter?name=" + "Canadian contingent commanders: open tasks".replace(" ", "%20"))
          .json().get(0).get("id").asText();
      assertThat(carl.get("/engine-rest/filter/" + filter + "/list").body()).contains(task);
      assertThat(RestUser.demo(port, "cora").get("/engine-rest/filter/" + filter + "/list").body()).doesNotContain(task);
      var done = carl.post("/engine-rest/task/" + task + "/submit-form", answer);
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
    assertThat(tourLeave.leave("DEP-2026-7701")).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo("GRANTED"));
    assertThat(missionReports.reportExists("MSN-CMDCARL-2026", "MONTHLY", lastMonth)).isTrue();

    // no commander named: the tasks are IPOB's, not any contingent commander's
    for (String task : List.of(ipobsApproval, ipobsReminder)) {
      assertThat(stateOf(task).get("assignee")).isNull();
      Map<String, Object> answer = task.equals(ipobsApproval) ? approve : report("MSN-CMDNONE-2026", lastMonth);
      RestUser carl = RestUser.demo(port, "carl");
      assertThat(count(carl, "/engine-rest/task/count?taskId=" + task)).isZero();
      assertThat(carl.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "carl")).status()).isIn(403, 404);
      assertThat(carl.post("/engine-rest/task/" + task + "/submit-form", answer).status()).isIn(403, 404);
      RestUser ian = RestUser.demo(port, "ian");
      assertThat(count(ian, "/engine-rest/task/count?candidateGroup=rcmp-ipob&taskId=" + task)).isEqualTo(1);
      assertThat(ian.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "ian")).status()).isEqualTo(204);
      var done = ian.post("/engine-rest/task/" + task + "/submit-form", answer);
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
    assertThat(tourLeave.leave("DEP-2026-7703")).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo("GRANTED"));
    assertThat(missionReports.reportExists("MSN-CMDNONE-2026", "MONTHLY", lastMonth)).isTrue();
  }

  /** the task's assignee, candidates and variables, as the engine holds them */
  private Map<String, Object> stateOf(String taskId) {
    var task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    Map<String, Object> state = new HashMap<>();
    state.put("assignee", task == null ? "(gone)" : task.getAssignee());
    state.put("links", engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .map(l -> l.getType() + ":" + l.getUserId() + ":" + l.getGroupId()).sorted().toList());
    state.put("variables", new java.util.TreeMap<>(engine.getTaskService().getVariables(taskId)).toString());
    return state;
  }

  private String openTask(String businessKey, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(activity)
        .singleResult().getId();
  }

  /** the mission's check of last month's report, as its monthly timer runs it: its reminder */
  private String reminder(String mission) {
    String pi = engine.getRuntimeService().createProcessInstanceByKey(AccessMatrix.MISSION).businessKey(mission)
        .startBeforeActivity("Task_CheckMissionReport").execute().getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_SendMissingReport")
        .singleResult().getId();
  }

  private static Map<String, Object> report(String mission, String period) {
    return ca.gc.cpa.support.RestTasks.typed(MissionReportProcess.MISSION_BUSINESS_KEY.name(), mission,
        MissionReportProcess.REPORT_KIND.name(), MissionReportProcess.MONTHLY, MissionReportProcess.REPORT_PERIOD.name(), period,
        MissionReportProcess.REPORT_SUMMARY.name(), "Patrols with the host police");
  }

  private String deploy(Officer officer, String key) {
    tours.create(new Tour(null, key, officer.id(), officer.agencyCode(), "MSN-MATRIX-2026", 1, 1, TourStatus.SELECTED));
    LocalDate planned = LocalDate.now().plusMonths(3);
    tours.recordTerms(key, planned, 12, true);
    var start = new OfficerDeploymentProcess.Start(key, null, null, officer.displayName(), officer.agencyCode(), false,
        false, planned);
    return engine.getRuntimeService().createProcessInstanceByKey(AccessMatrix.OFFICER_DEPLOYMENT).businessKey(key)
        .setVariables(start.variables()).execute().getId();
  }

  private static long count(RestUser user, String path) {
    var response = user.get(path);
    assertThat(response.status()).as(path).isEqualTo(200);
    return response.json().get("count").asLong();
  }
}
