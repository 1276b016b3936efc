package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;
import static ca.gc.cpa.support.RestTasks.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.MissionForms;
import ca.gc.cpa.support.RestTasks;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mission from its start to one position filled, driven over /engine-rest as the demo users: ian plans,
 * gina records the agreement, rita nominates and records the chief's consent, hana and sean clear,
 * sam interviews and confirms, rita records the officer's yes, gina records the lead organization's acceptance.
 */
@CpaAppTest
class SelectionAppTest {

  static final String MISSION_KEY = "MSN-EUPOL-2026";
  static final String SELECTION_KEY = "SEL-EUPOL-1-R1";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  MissionRepository missions;

  @Autowired
  TourRepository tours;

  @Autowired
  NominationRepository nominations;

  void complete(String user, String businessKey, String activity, Map<String, Object> body) {
    RestTasks.complete(RestUser.demo(port, user), businessKey, activity, body);
  }

  private String stub;

  /**
   * The application tests share one engine: the stub that stands in for the officer's tour here must not stay
   * the latest "officer-deployment" for the tests that run after this one.
   */
  @AfterEach
  void removeTheStub() {
    if (stub != null) {
      engine.getRepositoryService().deleteDeployment(stub, true);
    }
  }

  @Test
  void aMissionFillsItsFirstPositionThroughTasklistUsers() {
    stub = engine.getRepositoryService().createDeployment()
        .addModelInstance("officer-deployment-stub.bpmn", Bpmn.createExecutableProcess(OfficerDeploymentProcess.KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Deploy").endEvent().done())
        .deploy().getId();
    // what the assistance request does on ministerial approval
    missions.create(new Mission(MISSION_KEY, "EUPOL", "EUPOL COPPS", "REQ-2026-0007", 7, MissionStatus.OPEN,
        LocalDate.now(), null));
    engine.getRuntimeService().startProcessInstanceByKey(MissionProcess.KEY, MISSION_KEY, new MissionProcess.Start(
        "EUPOL", "EUPOL COPPS", 7, "EU", "EN", false, 12, LocalDate.now().plusMonths(6), "PS").variables());

    complete("ian", MISSION_KEY, "Task_PlanMission", typed(MissionForms.plan(1, "TRAINING_MENTORING", "CST", "EN", false, 12,
        LocalDate.now().plusMonths(6), false)));
    complete("gina", MISSION_KEY, "Task_RecordAgreement", typed(MissionForms.agreement("TECHNICAL_AGREEMENT",
        "TA-EUPOL-2026", LocalDate.now())));

    complete("rita", SELECTION_KEY, "Task_NominateOfficer", typed(NOMINATING.name(), "REGISTER",
        NOMINEE_SERVICE_NUMBER.name(), "R-1001", NOMINEE_GIVEN_NAME.name(), "Marie", NOMINEE_FAMILY_NAME.name(), "Roy", NOMINEE_RANK.name(), "SGT",
        NOMINEE_GENDER.name(), "F", NOMINEE_DATE_OF_BIRTH.name(), "1985-04-02", NOMINEE_SERVICE_START.name(), "2012-09-01",
        NOMINEE_LANGUAGES.name(), "[\"EN\",\"FR\"]", NOMINEE_LICENCE_DATE.name(), "2004-06-01",
        NOMINEE_MANUAL_SINCE.name(), "2018-01-01", NOMINEE_DISCIPLINE_CLEAR.name(), true, NOMINEE_OPEN_INVESTIGATION.name(), false,
        NOMINEE_PASSPORT_EXPIRY.name(), LocalDate.now().plusYears(5).toString()));
    // marc (SPVM) sees his own service's call, not the RCMP's nominee
    RestUser marc = RestUser.demo(port, "marc");
    assertThat(marc.get("/engine-rest/task?processInstanceBusinessKey=" + SELECTION_KEY
        + "&taskDefinitionKey=Task_ConfirmRelease").json()).isEmpty();
    complete("marc", SELECTION_KEY, "Task_NominateOfficer", typed(NOMINATING.name(), "NONE"));
    // the other services without a demo coordinator: the administrator answers for them
    RestUser admin = RestUser.demo(port, "demo");
    for (JsonNode t : admin.get("/engine-rest/task?processInstanceBusinessKey=" + SELECTION_KEY
        + "&taskDefinitionKey=Task_NominateOfficer").json()) {
      assertThat(admin.post("/engine-rest/task/" + t.get("id").asText() + "/complete", typed(NOMINATING.name(), "NONE")).status())
          .isEqualTo(204);
    }
    complete("rita", SELECTION_KEY, "Task_ConfirmRelease", typed(COMMANDER_RECOMMENDATION.name(), "RECOMMENDED",
        CHIEF_CONSENT.name(), "YES"));
    complete("hana", SELECTION_KEY, "Task_RecordMedicalClearance", typed(MEDICAL_VERDICT.name(), "FIT"));
    complete("sean", SELECTION_KEY, "Task_RecordSecurityClearance", typed(SECURITY_VERDICT.name(), "CLEARED"));
    complete("sam", SELECTION_KEY, "Task_InterviewCandidate", typed(INTERVIEW_SCORE.name(), 88,
        INTERVIEW_RECOMMENDATION.name(), "STRONGLY_RECOMMENDED"));
    complete("sam", SELECTION_KEY, "Task_ConfirmSelection", typed(SELECTION_DECISION.name(), "CONFIRM"));
    complete("rita", SELECTION_KEY, "Task_RecordOfferAnswer", typed(OFFER_ANSWER.name(), "ACCEPTED"));

    // the answer arrives by letter: gina records it in Tasklist (a message needs rights on the instance she lacks)
    complete("gina", SELECTION_KEY, "Task_RecordLeadAnswer", typed(LEAD_ANSWER.name(), "ACCEPTED", LEAD_ANSWER_NOTE.name(), "EU letter 2026/41"));

    await().atMost(Duration.ofSeconds(30)).until(() -> tours.countOnMission(MISSION_KEY) == 1);
    // the application tests share one database: count only the deployment this selection started (the tour its
    // accepted nomination names)
    await().atMost(Duration.ofSeconds(30)).until(() -> tourOfSelection().filter(tour -> engine.getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey(OfficerDeploymentProcess.KEY).processInstanceBusinessKey(tour)
        .count() == 1).isPresent());
    var deploymentInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OfficerDeploymentProcess.KEY).processInstanceBusinessKey(tourOfSelection().orElseThrow())
        .singleResult();
    assertThat(deploymentInstance.getBusinessKey()).matches("DEP-\\d{4}-\\d{4}");
    assertThat(engine.getRuntimeService().getVariable(deploymentInstance.getId(),
        OfficerDeploymentProcess.OFFICER_NAME.name())).isEqualTo("Sgt Marie Roy");
  }

  /** the tour the accepted nomination of this test's selection names */
  java.util.Optional<String> tourOfSelection() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(SELECTION_KEY).list().stream()
        .flatMap(selection -> nominations.selectionId(selection.getId()).stream())
        .flatMap(selection -> nominations.bySelection(selection).stream())
        .map(Nomination::tourBusinessKey).filter(java.util.Objects::nonNull).findFirst();
  }
}
