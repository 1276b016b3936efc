package ca.gc.cpa.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.i18n.FrenchMessages;
import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.replay.Playbook;
import ca.gc.cpa.replay.Scenario;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.OfficerBodies;
import ca.gc.cpa.support.RestUser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * marc, the SPVM's peace-operations coordinator, works his service's part of a selection in French, in a Chromium set
 * to French: he signs in to Tasklist, which speaks French; he nominates an officer through the French nomination form
 * (registering her in his service's register), is refused in French when he gives the service number of an officer the
 * register already has, corrects it and completes; then he confirms her release by his chief. Every form he opens
 * shows each of its labels in French, as the form's JSON has them ({@link FormTextsOnPage}). Then mona finds Cockpit
 * in French, and the administrator Admin. The request, the ministers' decision, the mission's plan and its agreement
 * are made over REST by the demo users of their groups with the values of the pipeline's {@link Playbook}, as the other
 * walks have them. Screenshots of each step: target/browser/fr-*.png.
 */
@CpaAppTest
class FrenchCoordinatorInTasklistIT {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  final Scenario scenario = Scenario.happyPath();
  final FrenchMessages french = FrenchMessages.catalogue();
  Browser browser;
  Tasklist tasklist;
  String step = "start";

  @BeforeEach
  void openBrowser() {
    browser = new Browser(port, "fr");
    tasklist = new Tasklist(browser);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void marcWorksHisPartOfASelectionInFrench() {
    try {
      String sel = selectionOpenForTheSpvm();
      marcNominatesAnOfficer(sel);
      marcConfirmsHerRelease(sel);
      tasklist.logOut();
      cockpitAndAdminInFrench();
    } catch (AssertionError | RuntimeException e) {
      log("FAILED at " + step + ": " + e.getMessage());
      browser.capture("fr-failure-" + step);
      throw e;
    }
  }

  /** a UN mission in French, approved, planned and agreed: its first rotation's selection calls the SPVM too */
  String selectionOpenForTheSpvm() {
    step = "setup";
    Map<String, Object> request = new LinkedHashMap<>();
    request.put(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), "UN-DPO-FR-" + System.nanoTime() % 100000);
    request.put(AssistanceRequestProcess.REQUESTING_BODY.name(), "UN");
    request.put(AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), "United Nations Department of Peace Operations");
    request.put(AssistanceRequestProcess.MISSION_NAME.name(), "MINUSCA");
    request.put(AssistanceRequestProcess.HOST_COUNTRY.name(), "CF");
    request.put(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), 4);
    request.put(AssistanceRequestProcess.MISSION_LANGUAGE.name(), "FR");
    request.put(AssistanceRequestProcess.ARMED.name(), false);
    request.put(AssistanceRequestProcess.TOUR_MONTHS.name(), 12);
    request.put(AssistanceRequestProcess.REQUESTED_START.name(), LocalDate.now().plusMonths(6).toString());
    request.put(AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name(), true);
    request.put(AssistanceRequestProcess.ROLES_REQUESTED.name(), "Conseillers auprès de la police centrafricaine");
    var created = RestUser.demo(port, "gina").post("/api/assistance-requests", request);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String req = created.json().get("businessKey").asText();
    work("gina", req, "Task_ScreenCriteria");
    work("ian", req, "Task_DecideAssessmentVisit");
    work("devon", req, "Task_ReviewAsPartner");
    work("paula", req, "Task_ReviewAsPartner");
    work("ian", req, "Task_ReviewAsPartner");
    work("gina", req, "Task_RecordMinisterialDecision");
    String msn = "MSN-MINUSCA-" + LocalDate.now().getYear();
    work("ian", msn, "Task_PlanMission");
    work("gina", msn, "Task_RecordAgreement");
    String sel = "SEL-MINUSCA-1-R1";
    waitForTask("marc", sel, "Task_NominateOfficer");
    // the officer marc's service registered earlier: the register offers her, and refuses her number a second time
    var registered = RestUser.demo(port, "marc").post("/api/officers", officer("SPVM-1001", "Sophie", "Tremblay"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    log(req + " approved, " + msn + " planned and agreed over REST; " + sel + " calls the SPVM to nominate");
    return sel;
  }

  void marcNominatesAnOfficer(String sel) {
    step = "login";
    browser.open("/camunda/app/tasklist/default/#/login");
    browser.visible(By.xpath("//button[normalize-space()=" + text("PAGE_LOGIN_SIGN_IN_ACTION") + "]"));
    browser.capture("fr-login");
    tasklist.logIn("marc");
    // Tasklist speaks French: the page's language, its header, its list
    browser.waiting(30).until(d -> "fr".equals(browser.js("return document.documentElement.lang;")));
    browser.visible(By.xpath("//a[contains(normalize-space()," + text("START_PROCESS") + ")]"));
    assertThat(browser.driver.findElements(By.xpath("//*[normalize-space()=" + CamundaFormFiller.xpathLiteral(
        new WebAppTexts("en").tasklist("START_PROCESS")) + "]"))).as("Tasklist's English header").isEmpty();
    String header = browser.visible(By.cssSelector(".navbar-brand")).getText();
    assertThat(header).contains("Arrangement sur la police civile au Canada").doesNotContain("Canadian Police Arrangement");
    // his group's filter first, by its French name (kept with the filter), as is "Assigned to me"
    var filters = engine.getFilterService().createFilterQuery().list();
    for (var filter : filters.stream().filter(f -> f.getName().equals("Assigned to me") || f.getId().equals(filterOf("agency-spvm")))
        .toList()) {
      // (the filter's name, then the count of its tasks once Tasklist has it)
      browser.visible(By.xpath("//*[contains(@class,'filters')]//*[contains(normalize-space(),"
          + CamundaFormFiller.xpathLiteral(String.valueOf(filter.getProperties().get("name_fr"))) + ")]"));
      assertThat(browser.driver.findElements(By.xpath("//*[contains(@class,'filters')]//*[contains(normalize-space(),"
          + CamundaFormFiller.xpathLiteral(filter.getName()) + ")]"))).as(filter.getName()).isEmpty();
    }
    log("marc signs in to Tasklist in French");

    step = "nominate";
    Task task = waitForTask("marc", sel, "Task_NominateOfficer");
    String name = frenchName(task);
    assertThat(name).isEqualTo("Proposer un policier");
    tasklist.openTask(filterOf("agency-spvm"), task.getId(), name);
    browser.capture("fr-tasklist-" + sel);
    tasklist.claim();
    formInFrench("nominateOfficer");
    Map<String, Object> nominee = new LinkedHashMap<>();
    nominee.put(CandidateSelectionProcess.NOMINATING.name(), CandidateSelectionProcess.REGISTER_AND_NOMINATE);
    nominee.put(CandidateSelectionProcess.NOMINEE_DISCIPLINE_CLEAR.name(), true);
    nominee.put(CandidateSelectionProcess.NOMINEE_OPEN_INVESTIGATION.name(), false);
    nominee.put(CandidateSelectionProcess.NOMINEE_SERVICE_NUMBER.name(), "SPVM-1001");
    nominee.put(CandidateSelectionProcess.NOMINEE_GIVEN_NAME.name(), "Julie");
    nominee.put(CandidateSelectionProcess.NOMINEE_FAMILY_NAME.name(), "Gagnon");
    nominee.put(CandidateSelectionProcess.NOMINEE_RANK.name(), "SGT");
    nominee.put(CandidateSelectionProcess.NOMINEE_GENDER.name(), "F");
    nominee.put(CandidateSelectionProcess.NOMINEE_LANGUAGES.name(), List.of("FR", "EN"));
    nominee.put(CandidateSelectionProcess.NOMINEE_UN_TEST_LANGUAGE.name(), "FR");
    nominee.put(CandidateSelectionProcess.NOMINEE_UN_TEST_SCORE.name(), 84);
    LocalDate today = LocalDate.now();
    nominee.put(CandidateSelectionProcess.NOMINEE_UN_TEST_ON.name(), today.minusMonths(4).toString());
    nominee.put(CandidateSelectionProcess.NOMINEE_DATE_OF_BIRTH.name(), "1985-09-14");
    nominee.put(CandidateSelectionProcess.NOMINEE_SERVICE_START.name(), "2009-05-04");
    nominee.put(CandidateSelectionProcess.NOMINEE_LICENCE_DATE.name(), "2003-06-01");
    nominee.put(CandidateSelectionProcess.NOMINEE_MANUAL_SINCE.name(), "2012-01-01");
    nominee.put(CandidateSelectionProcess.NOMINEE_PASSPORT_EXPIRY.name(), today.plusYears(6).toString());
    tasklist.fill("nominateOfficer", nominee);
    formInFrench("nominateOfficer");
    browser.capture("fr-nominate-filled");

    // the register has that number already: refused in French, the task stays open
    String refusal = french.translate("this officer is already in your register: choose them from it");
    assertThat(refusal).startsWith("ce policier est déjà inscrit");
    complete(() -> tasklist.notifications().contains(refusal));
    String said = tasklist.notifications();
    assertThat(said).contains("Impossible de terminer la tâche « Proposer un policier »").doesNotContain("Cannot complete");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    browser.capture("fr-nominate-refused");
    log("refused in French: " + said.replace("×", "").replaceAll("\\s+", " ").strip());

    tasklist.fill("nominateOfficer", Map.of(CandidateSelectionProcess.NOMINEE_SERVICE_NUMBER.name(), "SPVM-2002"));
    complete(() -> isDone(task));
    completed(task);
    browser.capture("fr-nominate-done");
    log("marc nominated Julie Gagnon (SPVM-2002) through the French form");
  }

  void marcConfirmsHerRelease(String sel) {
    step = "confirm-release";
    Task task = waitForTask("marc", sel, "Task_ConfirmRelease");
    String name = frenchName(task);
    tasklist.openTask(filterOf("agency-spvm"), task.getId(), name);
    tasklist.claim();
    formInFrench("confirmRelease");
    Map<String, Object> values = Playbook.values("Task_ConfirmRelease", sel,
        engine.getTaskService().getVariables(task.getId()), LocalDate.now(), scenario);
    tasklist.fill("confirmRelease", values);
    formInFrench("confirmRelease");
    browser.capture("fr-confirm-release");
    complete(() -> isDone(task));
    completed(task);
    log("marc recorded '" + name + "' in French with " + values);
  }

  /** the web apps' menu of sections, in their header */
  static final String MENU = "//*[contains(@class,'sections-menu')]";

  /** mona's Cockpit and the administrator's Admin, to the same French browser */
  void cockpitAndAdminInFrench() {
    step = "cockpit";
    browser.logIn("cockpit", "mona");
    browser.open("/camunda/app/cockpit/default/#/dashboard");
    for (String key : List.of("COCKPIT_PROCESSES", "COCKPIT_DECISIONS", "COCKPIT_HUMAN_TASKS")) {
      browser.visible(By.xpath(MENU + "//a[normalize-space()=" + CamundaFormFiller.xpathLiteral(browser.texts.cockpit(key)) + "]"));
    }
    String process = RestUser.demo(port, "mona").get("/engine-rest/process-definition/key/assistance-request",
        "Accept-Language", "fr-CA,fr").json().get("name").asText();
    assertThat(process).isEqualTo("Demande d'assistance");
    browser.open("/camunda/app/cockpit/default/#/processes");
    browser.visible(By.xpath("//a[normalize-space()=" + CamundaFormFiller.xpathLiteral(process) + "]"));
    browser.capture("fr-cockpit-processes");
    log("Cockpit speaks French to mona: " + browser.texts.cockpit("COCKPIT_PROCESSES") + ", the processes by their French names");
    browser.logOut();

    step = "admin";
    browser.logIn("admin", "demo");
    browser.open("/camunda/app/admin/default/#/users");
    browser.visible(By.xpath("//*[self::h1 or self::h2 or self::h3 or self::a][normalize-space()="
        + CamundaFormFiller.xpathLiteral(browser.texts.admin("USERS_USERS")) + "]"));
    browser.visible(By.xpath(MENU + "//a[normalize-space()=" + CamundaFormFiller.xpathLiteral(browser.texts.admin("GROUPS_GROUPS")) + "]"));
    browser.capture("fr-admin-users");
    log("Admin speaks French to the administrator: " + browser.texts.admin("USERS_USERS"));
    browser.logOut();
  }

  // ---- steps ----

  /** every label of the form on the page is the form's French */
  void formInFrench(String formId) {
    FormTextsOnPage.Report report = new FormTextsOnPage(browser).check(formId);
    assertThat(report.problems()).as(formId + " in French").isEmpty();
    assertThat(report.checked()).as(formId + ": texts checked").hasSizeGreaterThan(3);
    log(formId + ": " + report.checked().size() + " texts in French on the page, as the form has them");
  }

  /** a task of the business key's instance offered to the user, once it is there */
  Task waitForTask(String user, String businessKey, String taskKey) {
    return await().atMost(Duration.ofSeconds(60)).until(() -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).taskCandidateUser(user).list(),
        list -> !list.isEmpty()).get(0);
  }

  /** the task's name as a French request reads it */
  String frenchName(Task task) {
    return RestUser.demo(port, "marc").get("/engine-rest/task/" + task.getId(), "Accept-Language", "fr-CA,fr")
        .json().get("name").asText();
  }

  /** clicks Tasklist's complete button until what should follow does (a date picker left open takes a first click) */
  void complete(java.util.concurrent.Callable<Boolean> followed) {
    tasklist.complete();
    long clickedAt = System.currentTimeMillis();
    boolean[] again = {false};
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      if (!again[0] && System.currentTimeMillis() - clickedAt > 4000) {
        again[0] = true;
        tasklist.completeIfStillOpen();
      }
      return followed.call();
    });
  }

  boolean isDone(Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0;
  }

  void completed(Task task) {
    await().atMost(Duration.ofSeconds(30)).until(() -> engine.getTaskService().createTaskQuery().taskId(task.getId())
        .count() == 0);
    var done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(done.getAssignee()).isEqualTo("marc");
  }

  /** a task done over REST by the demo user of its group, with the playbook's values */
  void work(String user, String businessKey, String taskKey) {
    Task task = waitForTask(user, businessKey, taskKey);
    Map<String, Object> values = Playbook.values(taskKey, businessKey, engine.getTaskService().getVariables(task.getId()),
        LocalDate.now(), scenario);
    RestUser rest = RestUser.demo(port, user);
    assertThat(rest.post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user)).status()).isEqualTo(204);
    var done = rest.post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed(values)));
    assertThat(done.status()).as(user + " completes " + taskKey + ": " + done.body()).isEqualTo(204);
  }

  static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v instanceof List<?> list) {
        List<String> quoted = new ArrayList<>();
        list.forEach(o -> quoted.add("\"" + o + "\""));
        out.put(k, Map.of("value", "[" + String.join(",", quoted) + "]", "type", "Json"));
      } else {
        out.put(k, Map.of("value", v, "type", v instanceof Integer ? "Integer" : v instanceof Boolean ? "Boolean" : "String"));
      }
    });
    return out;
  }

  String filterOf(String group) {
    return engine.getFilterService().createFilterQuery().list().stream()
        .filter(f -> f.getQuery() instanceof org.camunda.bpm.engine.impl.TaskQueryImpl q && group.equals(q.getCandidateGroup()))
        .map(org.camunda.bpm.engine.filter.Filter::getId).findFirst().orElseThrow();
  }

  static Map<String, Object> officer(String number, String given, String family) {
    return OfficerBodies.spvmSergeant(number, given, family);
  }

  /** a text of Tasklist's French dictionary, as an XPath literal */
  String text(String key) {
    return CamundaFormFiller.xpathLiteral(browser.texts.tasklist(key));
  }

  static void log(String line) {
    System.out.println("[browser-walk-fr] " + line);
  }
}
