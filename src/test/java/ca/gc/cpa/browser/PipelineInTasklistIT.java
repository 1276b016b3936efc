package ca.gc.cpa.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.support.CpaAppTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One request walked through Camunda Tasklist in a real browser, from gina's start form to the officer
 * back at work, each step by a demo user of the right group who claims the task, fills its Camunda Form
 * and completes it; then mona finds the instances in Cockpit by business key.
 */
@CpaAppTest
class PipelineInTasklistIT {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  Browser browser;
  Tasklist tasklist;
  String loggedIn;
  String step = "start";

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
  void oneRequestFromTheStartFormToAnOfficerBackAtWork(TestInfo info) {
    try {
      walk();
    } catch (AssertionError | RuntimeException e) {
      browser.capture("failure-" + step);
      throw e;
    }
  }

  void walk() {
    String today = LocalDate.now().toString();
    // ---- assistance-request: gina registers it by hand with the start form
    step = "startForm";
    as("gina");
    tasklist.startProcess("Assistance request");
    tasklist.fill("newAssistanceRequest", values("externalReference", "EU-CSDP-2026-77", "requestingBody", "EU",
        "requestingBodyName", "EU Civilian Planning and Conduct Capability", "missionName", "EUCAP",
        "hostCountry", "ML", "officersRequested", 6, "missionLanguage", "FR", "armed", false, "tourMonths", 12,
        "requestedStart", LocalDate.now().plusMonths(6).toString(), "officialRequestReceived", true,
        "rolesRequested", "Advisers to the national police"));
    tasklist.submitStartForm();
    ProcessInstance request = await().atMost(Duration.ofSeconds(30)).until(() -> engine.getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey("assistance-request").singleResult(), pi -> pi != null);
    String req = request.getBusinessKey();
    assertThat(req).matches("REQ-\\d{4}-\\d{4}");

    Map<String, Object> screening = new LinkedHashMap<>();
    for (String c : List.of("criterionMandate", "criterionPurpose", "criterionRole", "criterionInterest",
        "criterionOfficialRequest")) {
      screening.put(c, "YES");
      screening.put(c + "Comment", "Assessed by the desk");
    }
    work("gina", req, "Task_ScreenCriteria", "screenCriteria", screening);
    work("gina", req, "Task_DecideAssessmentVisit", "decideAssessmentVisit",
        values("assessmentVisitNeeded", "NO", "assessmentVisitReason", "Known mission area"));
  }

  // ---- steps ----

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

  /** The user finds the task in their group's filter, claims it, fills its form and completes it. */
  void work(String user, String businessKey, String taskKey, String formId, Map<String, ?> values) {
    step = user + "-" + taskKey;
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).taskCandidateUser(user).list(),
        list -> !list.isEmpty()).get(0);
    as(user);
    tasklist.openTask(filterOf(user), task.getId(), task.getName());
    tasklist.claim();
    tasklist.fill(formId, values);
    tasklist.complete();
    await().atMost(Duration.ofSeconds(30)).until(() ->
        engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    browser.waiting(30).until(d -> d.findElements(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(@href,'"
        + task.getId() + "')]")).isEmpty());
  }

  String filterOf(String user) {
    String group = engine.getIdentityService().createGroupQuery().groupMember(user).list().get(0).getId();
    return engine.getFilterService().createFilterQuery().list().stream()
        .filter(f -> f.getQuery() instanceof TaskQueryImpl q && group.equals(q.getCandidateGroup()))
        .map(Filter::getId).findFirst().orElseThrow(() -> new AssertionError("no filter for " + group));
  }

  void runTimer(String businessKey, String activityId) {
    step = "timer-" + activityId;
    List<Job> jobs = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .list().stream().flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
            .activityId(activityId).list().stream()).toList();
    assertThat(jobs).as(activityId + " waiting in " + businessKey).isNotEmpty();
    jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
  }

  static Map<String, Object> values(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
