package ca.gc.cpa.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.domain.TourIncidentRepository;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.replay.Playbook;
import ca.gc.cpa.replay.Scenario;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One request walked through Camunda Tasklist in a real browser, from gina's start form to the officer
 * back at work: every user task on the way done by the demo user of its candidate group, who claims it,
 * fills its Camunda Form with the values the REST pipeline test submits ({@link Playbook}, happy path) and
 * completes it; after each completion the task has left the engine and the process waits where it should.
 * Timers are run through the ManagementService. Then mona finds each instance in Cockpit by business key,
 * sees its diagram and, through the CPA Cockpit plugin, its history.
 */
@CpaAppTest
class PipelineInTasklistIT {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  TourRepository tours;

  @Autowired
  MissionReportRepository missionReports;

  @Autowired
  TourIncidentRepository tourIncidents;

  final Scenario scenario = Scenario.happyPath();
  final List<String> walked = new ArrayList<>();
  Browser browser;
  Tasklist tasklist;
  String loggedIn;
  String step = "start";

  // the business keys of the walk's four instances
  String req;
  String msn;
  String sel;
  String dep;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(port);
    tasklist = new Tasklist(browser);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void oneRequestFromTheStartFormToAnOfficerBackAtWork() {
    long started = System.currentTimeMillis();
    try {
      walk();
      managerInCockpit();
    } catch (AssertionError | RuntimeException e) {
      log("FAILED at " + step + ": " + e.getMessage());
      browser.capture("failure-" + step);
      throw e;
    }
    log("walk and Cockpit done in " + (System.currentTimeMillis() - started) / 1000 + " s; tasks: " + walked);
  }

  void walk() {
    // ---- assistance-request: gina registers it by hand with the start form
    step = "startForm";
    as("gina");
    tasklist.startProcess("Assistance request");
    tasklist.fill("newAssistanceRequest", values(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), "EU-CSDP-2026-77", AssistanceRequestProcess.REQUESTING_BODY.name(), "EU",
        AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), "EU Civilian Planning and Conduct Capability", AssistanceRequestProcess.MISSION_NAME.name(), "EUCAP",
        AssistanceRequestProcess.HOST_COUNTRY.name(), "ML", AssistanceRequestProcess.OFFICERS_REQUESTED.name(), 6, AssistanceRequestProcess.MISSION_LANGUAGE.name(), "FR", AssistanceRequestProcess.ARMED.name(), false, AssistanceRequestProcess.TOUR_MONTHS.name(), 12,
        AssistanceRequestProcess.REQUESTED_START.name(), LocalDate.now().plusMonths(6).toString(), AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name(), true,
        AssistanceRequestProcess.ROLES_REQUESTED.name(), "Advisers to the national police"));
    tasklist.submitStartForm();
    ProcessInstance request = await().atMost(Duration.ofSeconds(30)).until(() -> engine.getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey("assistance-request").singleResult(), pi -> pi != null);
    req = request.getBusinessKey();
    assertThat(req).matches("REQ-\\d{4}-\\d{4}");
    log("gina started 'Assistance request' with the start form: " + req);
    waitsAt(req, "Task_ScreenCriteria");

    work("gina", req, "Task_ScreenCriteria", at(req, "Gateway_CriteriaMet"), at(req, "Task_DecideAssessmentVisit"));
    work("ian", req, "Task_DecideAssessmentVisit", at(req, "Task_ReviewAsPartner"));
    work("devon", req, "Task_ReviewAsPartner", at(req, "Task_ReviewAsPartner"));
    work("paula", req, "Task_ReviewAsPartner", at(req, "Task_ReviewAsPartner"));
    work("ian", req, "Task_ReviewAsPartner", at(req, "Task_RecordMinisterialDecision"));
    msn = "MSN-EUCAP-" + LocalDate.now().getYear();
    work("gina", req, "Task_RecordMinisterialDecision", ended(req), at(msn, "Task_PlanMission"));

    // ---- mission: IPOB plans, the desk records the agreement, the first rotation's selection opens
    Map<String, Object> plan = work("ian", msn, "Task_PlanMission", at(msn, "Task_RecordAgreement"));
    sel = "SEL-EUCAP-1-R1";
    work("gina", msn, "Task_RecordAgreement", at(msn, "CallActivity_SelectPositions"), at(sel, "Task_NominateOfficer"));

    // ---- candidate-selection: the RCMP's coordinator nominates; the window closes the other services' calls
    work("rita", sel, "Task_NominateOfficer", at(sel, "Task_ConfirmRelease"));
    runTimer(sel, "Event_NominationWindowClosed");
    work("rita", sel, "Task_ConfirmRelease", at(sel, "Task_RecordMedicalClearance"), at(sel, "Task_RecordSecurityClearance"));
    work("hana", sel, "Task_RecordMedicalClearance", at(sel, "Task_RecordSecurityClearance"));
    work("sean", sel, "Task_RecordSecurityClearance", at(sel, "Task_InterviewCandidate"));
    work("sam", sel, "Task_InterviewCandidate", at(sel, "Task_ConfirmSelection"));
    work("sam", sel, "Task_ConfirmSelection", at(sel, "Task_RecordOfferAnswer"));
    work("rita", sel, "Task_RecordOfferAnswer", at(sel, "Task_RecordLeadAnswer"));
    work("gina", sel, "Task_RecordLeadAnswer", ended(sel));
    step = "deployment-started";

    // ---- officer-deployment: training, logistics, health, the tour, the way home, back at work
    ProcessInstance tour = await().atMost(Duration.ofSeconds(60)).until(() -> engine.getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey("officer-deployment").singleResult(), pi -> pi != null);
    dep = tour.getBusinessKey();
    assertThat(dep).matches("DEP-\\d{4}-\\d{4}");
    log("the lead organization's acceptance started the officer's deployment " + dep);
    waitsAt(dep, "Task_EnrolInTraining", "Task_ObtainVisa", "Task_ArrangeTravel", "Task_IssueUniformsAndEquipment",
        "Task_ConfirmVaccinations");
    work("theo", dep, "Task_EnrolInTraining", at(dep, "Task_RecordTrainingResult"));
    work("theo", dep, "Task_RecordTrainingResult", at(dep, "Event_TrainingPassed"));
    work("liam", dep, "Task_ObtainVisa", at(dep, "Gateway_JoinPreparation"));
    work("liam", dep, "Task_ArrangeTravel", at(dep, "Gateway_JoinPreparation"));
    work("liam", dep, "Task_IssueUniformsAndEquipment", at(dep, "Gateway_JoinPreparation"));
    work("hana", dep, "Task_ConfirmVaccinations", at(dep, "Task_ConfirmDeparture"));
    work("liam", dep, "Task_ConfirmDeparture", at(dep, "Task_ConfirmArrival"));
    work("ian", dep, "Task_ConfirmArrival", at(dep, "Event_InductionCompleted"));
    runTimer(dep, "Event_InductionCompleted");
    waitsAt(dep, "Gateway_TourEndOrExtension");

    // ---- in the mission: IPOB names carl the contingent commander; carl sends last month's report and an
    // incident from Tasklist's Start process, choosing his mission and his officer from the forms' lists
    step = "in-mission";
    assertThat(RestUser.demo(port, "ian").put("/api/missions/" + msn + "/commander", Map.of("userId", "carl")).status())
        .isEqualTo(200);
    String lastMonth = java.time.YearMonth.now().minusMonths(1).toString();
    as("carl");
    tasklist.startProcess("Report from the mission");
    tasklist.fill("sendMissionReport", values(MissionReportProcess.MISSION_BUSINESS_KEY.name(), msn,
        MissionReportProcess.REPORT_KIND.name(), MissionReportProcess.MONTHLY, MissionReportProcess.REPORT_PERIOD.name(),
        lastMonth, MissionReportProcess.REPORT_SUMMARY.name(), "Induction done; joint patrols with the host police begin"));
    tasklist.submitStartForm();
    await().atMost(Duration.ofSeconds(30)).until(() -> missionReports.reportLines(msn, "MONTHLY", lastMonth),
        lines -> "SERVING".equals(lines.get(dep)));
    log("carl sent the report from " + msn + " for " + lastMonth + " with the start form");
    tasklist.startProcess("Incident in the mission");
    // the date last: an open date picker would take the click meant for the next select
    tasklist.fill("reportIncident", values(IncidentProcess.TOUR_BUSINESS_KEY.name(), dep,
        IncidentProcess.INCIDENT_KIND.name(), IncidentProcess.SECURITY_THREAT, IncidentProcess.INCIDENT_SEVERITY.name(),
        IncidentProcess.MINOR, IncidentProcess.INCIDENT_SUMMARY.name(), "Stones thrown at the patrol vehicle, nobody hurt",
        IncidentProcess.INCIDENT_OCCURRED_ON.name(), LocalDate.now().toString()));
    tasklist.submitStartForm();
    await().atMost(Duration.ofSeconds(30)).until(() -> tourIncidents.incidents(dep), list -> !list.isEmpty());
    log("carl reported an incident to the officer of " + dep + " with the start form");
    runTimer(dep, "Event_CheckInDue");
    work("hana", dep, "Task_HoldWelfareCheckIn", at(dep, "Event_CheckInHeld"));
    runTimer(dep, "Event_TourEndReached");
    boolean highStress = Boolean.TRUE.equals(plan.get(MissionProcess.HIGH_STRESS.name()));
    if (highStress) {
      work("liam", dep, "Task_ArrangeTravelHome", at(dep, "Task_ArrangeDecompression"));
      work("hana", dep, "Task_ArrangeDecompression", at(dep, "Event_DecompressionCompleted"));
      runTimer(dep, "Event_DecompressionCompleted");
    } else {
      work("liam", dep, "Task_ArrangeTravelHome", at(dep, "Task_HoldOperationalDebrief"));
    }
    work("ian", dep, "Task_HoldOperationalDebrief", at(dep, "Task_CheckPostMissionHealth"));
    work("hana", dep, "Task_CheckPostMissionHealth", at(dep, "Event_ReintegrationLeaveEnded"));
    runTimer(dep, "Event_ReintegrationLeaveEnded");
    work("rita", dep, "Task_ConfirmReturnToDuty", at(dep, "Task_AwardRecognition"));
    work("ian", dep, "Task_AwardRecognition", ended(dep));
    step = "officer-back-at-work";
    tasklist.logOut();
    loggedIn = null;

    // ---- the officer is back at work: the tour record and the history agree
    var progress = tours.findProgress(dep).orElseThrow();
    assertThat(progress.status()).as("tour " + dep).isEqualTo(TourStatus.COMPLETED);
    assertThat(progress.returnedToDutyOn()).isNotNull();
    assertThat(progress.repatriationReason()).isEqualTo("END_OF_TOUR");
    // the tour's own instance (the incident carl reported carries the tour's business key too)
    HistoricProcessInstance deployment = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("officer-deployment").processInstanceBusinessKey(dep).singleResult();
    assertThat(deployment.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(deployment.getId())
        .activityId("Event_TourCompleted").finished().count()).as("officer back on duty").isEqualTo(1);
    log("tour " + dep + " is " + progress.status() + ": officer back at work on " + progress.returnedToDutyOn()
        + "; " + walked.size() + " tasks done in Tasklist");
  }

  /** mona finds each instance of the walk by business key, sees its diagram and its history. */
  void managerInCockpit() {
    step = "cockpit";
    if (loggedIn != null) {
      tasklist.logOut();
      loggedIn = null;
    }
    Cockpit cockpit = new Cockpit(browser);
    cockpit.logIn("mona");
    log("mona logs into Cockpit");

    // the mission runs on (its evaluations, its next rotation): Cockpit's own instance view, with the History tab
    step = "cockpit-" + msn;
    ProcessInstance mission = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(msn)
        .processDefinitionKey(MissionProcess.KEY).singleResult();
    assertThat(mission).as("mission " + msn + " running").isNotNull();
    cockpit.openInstance(mission.getProcessDefinitionId(), mission.getId(), msn);
    for (String activity : engine.getRuntimeService().getActiveActivityIds(mission.getId())) {
      cockpit.seesActivity(activity);
    }
    cockpit.openHistoryTab();
    cockpit.seesHistoryRow("Plan the mission", "ian");
    cockpit.seesHistoryRow("Record the agreement with the lead organization", "gina");
    browser.capture("cockpit-" + msn);
    log("mona sees the running mission " + msn + ": its diagram and its history");

    // the request, the selection and the deployment have ended: the definition's Finished instances tab
    finishedInCockpit(cockpit, "assistance-request", req, "Task_RecordMinisterialDecision",
        "Record the ministerial decision", "gina");
    finishedInCockpit(cockpit, CandidateSelectionProcess.KEY, sel, "Task_ConfirmSelection", "Confirm the selection", "sam");
    finishedInCockpit(cockpit, "officer-deployment", dep, "Task_ConfirmReturnToDuty", "Confirm return to duty", "rita");
    step = "cockpit-logout";
    cockpit.logOut();
  }

  /** @param processKey the instance's process (an event of the tour, an incident say, carries the tour's business key) */
  void finishedInCockpit(Cockpit cockpit, String processKey, String businessKey, String activityId, String activityName,
      String assignee) {
    step = "cockpit-" + businessKey;
    HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).singleResult();
    assertThat(instance.getEndTime()).as(businessKey + " ended").isNotNull();
    cockpit.openDefinition(instance.getProcessDefinitionId());
    cockpit.seesActivity(activityId);
    cockpit.openFinishedInstance(businessKey, instance.getId());
    cockpit.seesHistoryRow(activityName, assignee);
    // what mona sees, kept for the reader: target/browser/cockpit-<business key>.png|.html
    browser.capture("cockpit-" + businessKey);
    log("mona finds the finished " + instance.getProcessDefinitionKey() + " " + businessKey
        + " in the Finished instances tab: its diagram and its history ('" + activityName + "' by " + assignee + ")");
  }

  // ---- steps ----

  /**
   * what a completion must lead to: the business key's instance reached the activity (waits in it now, or passed
   * it since the completion: an end event, a gateway, a service task), or ended
   */
  record Next(String businessKey, String activityId) {}

  static Next at(String businessKey, String activityId) {
    return new Next(businessKey, activityId);
  }

  static Next ended(String businessKey) {
    return new Next(businessKey, null);
  }

  void as(String user) {
    if (user.equals(loggedIn)) {
      return;
    }
    if (loggedIn != null) {
      tasklist.logOut();
    }
    tasklist.logIn(user);
    loggedIn = user;
  }

  /**
   * The user, of the task's candidate group, finds the task in their group's filter, claims it, fills its form
   * with the playbook's values and completes it; the task leaves the engine and the walk goes on where expected.
   */
  Map<String, Object> work(String user, String businessKey, String taskKey, Next... next) {
    step = user + "-" + taskKey;
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).taskCandidateUser(user)
        .orderByTaskCreateTime().asc().list(), list -> !list.isEmpty()).get(0);
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElseThrow();
    assertThat(Playbook.userFor(group)).as("the demo user of " + group).contains(user);
    LocalDate today = LocalDate.now();
    Map<String, Object> values = Playbook.values(taskKey, businessKey, engine.getTaskService().getVariables(task.getId()),
        today, scenario);
    log(user + " (" + group + ") works '" + task.getName() + "' of " + businessKey + " with " + values);

    as(user);
    tasklist.openTask(filterOf(user), task.getId(), task.getName());
    tasklist.claim();
    tasklist.fill(formId(taskKey), values);
    tasklist.complete();
    StringBuilder said = new StringBuilder();
    try {
      long clickedAt = System.currentTimeMillis();
      boolean[] again = {false};
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        // a date picker left open takes the first click for itself
        if (!again[0] && System.currentTimeMillis() - clickedAt > 4000) {
          again[0] = true;
          tasklist.completeIfStillOpen();
        }
        String notes = tasklist.notifications();
        if (!notes.isBlank() && said.indexOf(notes) < 0) {
          said.append(notes).append(' ');
        }
        return engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0;
      });
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(user + " could not complete " + taskKey + "; Tasklist said: " + said, e);
    }
    var done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    assertThat(done.getDeleteReason()).as(taskKey + " completed").isEqualTo("completed");
    assertThat(done.getAssignee()).as(taskKey + " claimed by").isEqualTo(user);
    browser.waiting(30).until(d -> d.findElements(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(@href,'"
        + task.getId() + "')]")).isEmpty());
    for (Next n : next) {
      if (n.activityId() == null) {
        endedNow(n.businessKey());
      } else {
        reached(n.businessKey(), n.activityId(), done.getEndTime());
      }
    }
    walked.add(taskKey);
    log("  done: '" + task.getName() + "' left the engine; " + describe(next));
    return values;
  }

  /** the instance(s) with the business key wait in the activity or passed it since the moment */
  void reached(String businessKey, String activityId, java.util.Date since) {
    java.util.Date from = new java.util.Date(since.getTime() - 1000);
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> activeActivities(businessKey).contains(activityId)
          || java.util.Arrays.stream(instanceIds(businessKey)).anyMatch(id -> engine.getHistoryService()
              .createHistoricActivityInstanceQuery().processInstanceId(id).activityId(activityId).startedAfter(from)
              .count() > 0));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(businessKey + " should have reached " + activityId + " but waits in "
          + activeActivities(businessKey), e);
    }
  }

  /** the instance(s) with the business key wait, among others, in each of these activities */
  void waitsAt(String businessKey, String... activityIds) {
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> activeActivities(businessKey),
          active -> active.containsAll(List.of(activityIds)));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(businessKey + " should wait in " + List.of(activityIds) + " but waits in "
          + activeActivities(businessKey), e);
    }
  }

  void endedNow(String businessKey) {
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(businessKey).count() == 0);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(businessKey + " should have ended but waits in " + activeActivities(businessKey), e);
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .completed().count()).as(businessKey + " completed").isPositive();
  }

  List<String> activeActivities(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
        .flatMap(pi -> engine.getRuntimeService().getActiveActivityIds(pi.getId()).stream()).toList();
  }

  String[] instanceIds(String businessKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
  }

  static String describe(Next... next) {
    List<String> said = new ArrayList<>();
    for (Next n : next) {
      said.add(n.activityId() == null ? n.businessKey() + " ended" : n.businessKey() + " reached " + n.activityId());
    }
    return String.join(", ", said);
  }

  /** the form id of a user task: the task id without Task_ in lower camel case */
  static String formId(String taskKey) {
    String name = taskKey.substring("Task_".length());
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  String filterOf(String user) {
    String group = engine.getIdentityService().createGroupQuery().groupMember(user).list().get(0).getId();
    return engine.getFilterService().createFilterQuery().list().stream()
        .filter(f -> f.getQuery() instanceof TaskQueryImpl q && group.equals(q.getCandidateGroup()))
        .map(Filter::getId).findFirst().orElseThrow(() -> new AssertionError("no filter for " + group));
  }

  /** a timer due later, run now through the ManagementService */
  void runTimer(String businessKey, String activityId) {
    step = "timer-" + activityId;
    List<Job> jobs = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .list().stream().flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
            .activityId(activityId).timers().list().stream()).toList();
    assertThat(jobs).as(activityId + " waiting in " + businessKey).isNotEmpty();
    jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    log("timer '" + activityId + "' of " + businessKey + " run through the ManagementService (" + jobs.size() + " job(s))");
  }

  static void log(String line) {
    System.out.println("[browser-walk] " + line);
  }

  static Map<String, Object> values(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
