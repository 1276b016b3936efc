package ca.gc.cpa.onboarding;

import static ca.gc.cpa.process.AgencyOnboardingProcess.AGENCY_CODE;
import static ca.gc.cpa.process.AgencyOnboardingProcess.AGREEMENT_REFERENCE;
import static ca.gc.cpa.process.AgencyOnboardingProcess.AGREEMENT_SIGNED_ON;
import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_EMAIL;
import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_USER_ID;
import static ca.gc.cpa.process.AgencyOnboardingProcess.DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.Agency;
import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.process.AgencyOnboardingProcess;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** agency-onboarding in the running application, driven over /engine-rest by the demo users. */
@CpaAppTest
class AgencyOnboardingAppTest {

  static final String START = "/engine-rest/process-definition/key/agency-onboarding/submit-form";
  static final String NAME = "Brantford Police Service";
  static final String CODE = "bpd";
  static final String USER = "b.martin";
  static final Duration JOB_EXECUTOR_WAIT = Duration.ofSeconds(15);

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  AgencyRepository agencies;

  @Autowired
  AgencyApplicationRepository applications;

  static Map<String, Object> request(String code, String userId) {
    return new AgencyOnboardingProcess.Start(NAME, code, "ON", "MUNICIPAL", 160, "Brigitte", "Martin", "b.martin@brantford.example.ca", userId).variables();
  }

  /** the body of a REST submit-form: {"variables": {"name": {"value": …}}} */
  static Map<String, Object> form(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return Map.of("variables", variables);
  }

  @Test
  void aStartWithAMissingOrTakenFieldGets400NamingTheFieldAndStartsNothing() {
    RestUser ian = RestUser.demo(port, "ian");
    Map<String, Object> missing = request("brant", "b.brant");
    missing.remove(COORDINATOR_EMAIL.name());
    var response = ian.post(START, form(missing));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("coordinatorEmail: is required");

    response = ian.post(START, form(request("spvm", "b.brant")));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("agencyCode: 'spvm' is already the code");

    response = ian.post(START, form(request("brant", "gina")));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("coordinatorUserId: the account 'gina' already exists");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(AgencyOnboardingProcess.KEY).processInstanceBusinessKey("AGY-brant").count()).isZero();
    assertThat(applications.findLatestByBusinessKey("AGY-brant")).isEmpty();
  }

  @Test
  void ianStartsAndApprovesGinaRecordsTheAgreementAndTheServiceJoinsWithItsGroupFilterAndCoordinator() {
    RestUser ian = RestUser.demo(port, "ian");
    RestUser gina = RestUser.demo(port, "gina");

    // only the RCMP IPOB starts an onboarding
    assertThat(gina.post(START, form(request(CODE, USER))).status()).isEqualTo(403);
    var started = ian.post(START, form(request(CODE, USER)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().get("businessKey").asText()).isEqualTo("AGY-bpd");
    String instanceId = started.json().get("id").asText();

    // the review is the RCMP IPOB's: GAC's desk follows onboardings and sees it, but may not work it
    JsonNode review = tasks(ian, instanceId).get(0);
    assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewApplication");
    assertThat(tasks(gina, instanceId)).extracting(task -> task.get("id").asText())
        .containsExactly(review.get("id").asText());
    assertThat(gina.post("/engine-rest/task/" + review.get("id").asText() + "/submit-form",
        form(Map.of(DECISION.name(), "APPROVE"))).status()).isEqualTo(403);
    assertThat(ian.post("/engine-rest/task/" + review.get("id").asText() + "/submit-form",
        form(Map.of(DECISION.name(), "APPROVE"))).status()).isEqualTo(204);

    // the agreement: GAC's desk records it
    JsonNode agreement = tasks(gina, instanceId).get(0);
    assertThat(agreement.get("taskDefinitionKey").asText()).isEqualTo("Task_RecordJoiningAgreement");
    String signedOn = LocalDate.now().minusDays(3).toString();
    var refused = gina.post("/engine-rest/task/" + agreement.get("id").asText() + "/submit-form",
        form(Map.of(AGREEMENT_REFERENCE.name(), "CPA-MOU-BPD-1", AGREEMENT_SIGNED_ON.name(), LocalDate.now().plusDays(1).toString())));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("agreementSignedOn: must not be in the future");
    assertThat(gina.post("/engine-rest/task/" + agreement.get("id").asText() + "/submit-form",
        form(Map.of(AGREEMENT_REFERENCE.name(), "CPA-MOU-BPD-1", AGREEMENT_SIGNED_ON.name(), signedOn))).status()).isEqualTo(204);

    // the job executor sets the service up
    awaitEnded(instanceId);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId("Event_ServiceJoined").count()).isEqualTo(1);

    // the selection stage calls every active service
    assertThat(agencies.findActive()).extracting(Agency::code).contains(CODE);
    assertThat(agencies.find(CODE).orElseThrow().joinedOn()).isEqualTo(LocalDate.parse(signedOn));
    assertThat(applications.findByProcessInstance(instanceId).orElseThrow().status()).isEqualTo(ApplicationStatus.ACTIVE);

    var identity = engine.getIdentityService();
    assertThat(identity.createUserQuery().userId(USER).memberOfGroup("agency-bpd").count()).isEqualTo(1);
    Filter filter = engine.getFilterService().createFilterQuery().filterName(NAME + ": open tasks").singleResult();
    assertThat(filter).isNotNull();
    assertThat(engine.getAuthorizationService().isUserAuthorized(USER, List.of("agency-bpd"), Permissions.READ,
        Resources.FILTER, filter.getId())).isTrue();
    assertThat(engine.getAuthorizationService().isUserAuthorized(USER, List.of("agency-bpd"), Permissions.READ,
        Resources.PROCESS_DEFINITION, CandidateSelectionProcess.KEY)).isTrue();

    // no password until an administrator sets one; then the coordinator sees the service's filter
    RestUser coordinator = RestUser.as(port, USER, "Brantford-2026");
    assertThat(coordinator.get("/engine-rest/filter").status()).isEqualTo(401);
    RestUser admin = RestUser.demo(port, "demo");
    assertThat(admin.put("/engine-rest/user/" + USER + "/credentials",
        Map.of("password", "Brantford-2026", "authenticatedUserPassword", "demo")).status()).isEqualTo(204);
    assertThat(admin.post("/engine-rest/user/" + USER + "/unlock", Map.of()).status()).isEqualTo(204);
    var filters = coordinator.get("/engine-rest/filter");
    assertThat(filters.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    filters.json().forEach(f -> names.add(f.get("name").asText()));
    assertThat(names).containsExactlyInAnyOrder(NAME + ": open tasks", "Assigned to me");
  }

  private static List<JsonNode> tasks(RestUser user, String instanceId) {
    var response = user.get("/engine-rest/task?processInstanceId=" + instanceId);
    assertThat(response.status()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    response.json().forEach(tasks::add);
    return tasks;
  }

  /**
   * Waits for the job executor to run the set-up. A job executor idle for long (a context reused
   * from an earlier test class) may sleep up to its maximum back-off: past {@link #JOB_EXECUTOR_WAIT}
   * the test runs the waiting job itself, as an operator's retry in Cockpit would.
   */
  private void awaitEnded(String instanceId) {
    Instant fallback = Instant.now().plus(JOB_EXECUTOR_WAIT);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .finished().count() == 0) {
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId).list()).isEmpty();
      assertThat(Instant.now()).as("set-up finished within 60 s").isBefore(deadline);
      if (Instant.now().isAfter(fallback)) {
        var job = engine.getManagementService().createJobQuery().processInstanceId(instanceId).singleResult();
        if (job != null && job.getExceptionMessage() == null) {
          try {
            engine.getManagementService().executeJob(job.getId());
          } catch (OptimisticLockingException e) {
            // the job executor took it meanwhile
          }
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
