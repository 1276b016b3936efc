package ca.gc.cpa.api;

import static ca.gc.cpa.support.IntakeBodies.valid;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The intake API of the contract, and the same rules through Tasklist's start form and task completion over REST. */
@CpaAppTest
class IntakeApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PATH = "/api/assistance-requests";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  RestUser gina() {
    return RestUser.demo(port, "gina");
  }

  long instances() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("assistance-request").count()
        + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("assistance-request")
            .finished().count();
  }

  long records() {
    return jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single();
  }

  /** a request in French is refused in French, each field with its reason; the fields keep their names */
  @Test
  void aRefusalInFrenchForARequestInFrench() {
    ObjectNode body = valid("UN-fr-" + UUID.randomUUID());
    body.put(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), 0);
    body.put(AssistanceRequestProcess.MISSION_LANGUAGE.name(), "DE");
    var refused = gina().post(PATH, body, "Accept-Language", "fr-CA,fr;q=0.9");
    assertThat(refused.status()).isEqualTo(400);
    var messages = new java.util.HashMap<String, String>();
    refused.json().get("errors").forEach(e -> messages.put(e.get("field").asText(), e.get("message").asText()));
    assertThat(messages).containsEntry(AssistanceRequestProcess.MISSION_LANGUAGE.name(), "doit être EN ou FR")
        .containsEntry(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), "doit être de 1 à 200");
    assertThat(gina().post(PATH, body).json().get("errors").toString()).contains("must be EN or FR");
  }

  @Test
  void aValidRequestIsRegisteredWithItsBusinessKeyAndProcess() {
    var response = gina().post(PATH, valid("UN-" + UUID.randomUUID()));
    assertThat(response.status()).isEqualTo(201);
    String key = response.json().get("businessKey").asText();
    assertThat(key).matches("REQ-\\d{4}-\\d{4}");
    String instanceId = response.json().get("processInstanceId").asText();
    var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(key);

    var record = gina().get(PATH + "/" + key);
    assertThat(record.status()).isEqualTo(200);
    assertThat(record.json().get("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(record.json().get("registeredBy").asText()).isEqualTo("gina");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_ScreenCriteria");
  }

  static Stream<Arguments> badFields() {
    return Stream.of(
        Arguments.of(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), ""),
        Arguments.of(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), "x".repeat(65)),
        Arguments.of(AssistanceRequestProcess.REQUESTING_BODY.name(), "NATO"),
        Arguments.of(AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), "x".repeat(201)),
        Arguments.of(AssistanceRequestProcess.MISSION_NAME.name(), ""),
        Arguments.of(AssistanceRequestProcess.HOST_COUNTRY.name(), "XX"),
        Arguments.of(AssistanceRequestProcess.HOST_COUNTRY.name(), "ml"),
        Arguments.of(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), 0),
        Arguments.of(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), 201),
        Arguments.of(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), "20"),
        Arguments.of(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), 20.5),
        Arguments.of(AssistanceRequestProcess.MISSION_LANGUAGE.name(), "ES"),
        Arguments.of(AssistanceRequestProcess.ARMED.name(), "yes"),
        Arguments.of(AssistanceRequestProcess.TOUR_MONTHS.name(), 5),
        Arguments.of(AssistanceRequestProcess.TOUR_MONTHS.name(), 25),
        Arguments.of(AssistanceRequestProcess.REQUESTED_START.name(), LocalDate.now().minusDays(1).toString()),
        Arguments.of(AssistanceRequestProcess.REQUESTED_START.name(), "2026-02-30"),
        Arguments.of(AssistanceRequestProcess.REQUESTED_START.name(), "next spring"),
        Arguments.of(AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name(), null),
        Arguments.of(AssistanceRequestProcess.ROLES_REQUESTED.name(), "x".repeat(2001)),
        Arguments.of(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), "\u200B\u200D\u202E"),
        Arguments.of(AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), "UN\u0000Police"),
        Arguments.of(AssistanceRequestProcess.ROLES_REQUESTED.name(), "\uFEFF\u2066\u2069"),
        Arguments.of("unexpectedField", "hello"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badFields")
  void eachBadFieldIsRefusedByNameAndLeavesNothing(String field, Object value) {
    long instancesBefore = instances();
    long recordsBefore = records();
    ObjectNode body = valid("UN-" + UUID.randomUUID());
    body.set(field, JSON.valueToTree(value));
    var response = gina().post(PATH, body);
    assertThat(response.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactly(field);
    assertThat(response.body()).doesNotContain("Exception", "at ca.", "SQL");
    assertThat(instances()).isEqualTo(instancesBefore);
    assertThat(records()).isEqualTo(recordsBefore);
  }

  @Test
  void everyMissingFieldIsReportedAtOnce() {
    var response = gina().post(PATH, "{}");
    assertThat(response.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), AssistanceRequestProcess.REQUESTING_BODY.name(), AssistanceRequestProcess.REQUESTING_BODY_NAME.name(),
        AssistanceRequestProcess.MISSION_NAME.name(), AssistanceRequestProcess.HOST_COUNTRY.name(), AssistanceRequestProcess.OFFICERS_REQUESTED.name(), AssistanceRequestProcess.MISSION_LANGUAGE.name(), AssistanceRequestProcess.ARMED.name(), AssistanceRequestProcess.TOUR_MONTHS.name(), AssistanceRequestProcess.REQUESTED_START.name(),
        AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name());
  }

  @Test
  void aKeyTwiceIsRefusedByName() {
    long recordsBefore = records();
    String body = valid("UN-" + UUID.randomUUID()).toString().replaceFirst("\\{", "{\"officersRequested\": 12, ");
    var response = gina().post(PATH, body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(AssistanceRequestProcess.OFFICERS_REQUESTED.name());
    assertThat(response.json().get("errors").get(0).get("message").asText()).isEqualTo("appears more than once");
    assertThat(records()).isEqualTo(recordsBefore);
  }

  @Test
  void malformedAndOversizedBodiesAreRefused() {
    assertThat(gina().post(PATH, "{\"externalReference\": ").status()).isEqualTo(400);
    assertThat(gina().post(PATH, "[1, 2]").status()).isEqualTo(400);
    var huge = valid("UN-huge");
    huge.put(AssistanceRequestProcess.ROLES_REQUESTED.name(), "x".repeat(70_000));
    assertThat(gina().post(PATH, huge).status()).isEqualTo(413);
  }

  @Test
  void theSameReferenceFromTheSameRequesterIsAConflictWithTheExistingKey() {
    ObjectNode body = valid("UN-" + UUID.randomUUID());
    String key = gina().post(PATH, body).json().get("businessKey").asText();
    long before = instances();
    var again = gina().post(PATH, body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("businessKey").asText()).isEqualTo(key);
    assertThat(instances()).isEqualTo(before);

    body.put(AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), "European External Action Service");
    assertThat(gina().post(PATH, body).status()).as("another requester may use the same reference").isEqualTo(201);
  }

  @Test
  void racingDuplicatesRegisterExactlyOnce() throws Exception {
    ObjectNode body = valid("UN-race-" + UUID.randomUUID());
    long before = instances();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> gina().post(PATH, body).status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(instances()).isEqualTo(before + 1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_request WHERE external_reference = ?")
        .param(body.get(AssistanceRequestProcess.EXTERNAL_REFERENCE.name()).asText()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void onlyTheDeskAndAdministratorsMayRegister() {
    assertThat(RestUser.anonymous(port).post(PATH, valid("UN-anon")).status()).isEqualTo(401);
    assertThat(RestUser.demo(port, "devon").post(PATH, valid("UN-devon")).status()).isEqualTo(403);
    assertThat(RestUser.demo(port, "marc").post(PATH, "{}").status()).isEqualTo(403);
    assertThat(RestUser.demo(port, "demo").post(PATH, valid("UN-" + UUID.randomUUID())).status()).isEqualTo(201);
  }

  @Test
  void tasklistsStartFormAppliesTheSameRules() {
    long before = instances();
    Map<String, Object> variables = Map.of(
        AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), Map.of("value", "UN-form-" + UUID.randomUUID()),
        AssistanceRequestProcess.REQUESTING_BODY.name(), Map.of("value", "UN"),
        AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), Map.of("value", "UN Police Division, DPO"),
        AssistanceRequestProcess.MISSION_NAME.name(), Map.of("value", "MONUSCO"),
        AssistanceRequestProcess.HOST_COUNTRY.name(), Map.of("value", "CD"),
        AssistanceRequestProcess.OFFICERS_REQUESTED.name(), Map.of("value", 250, "type", "Integer"),
        AssistanceRequestProcess.MISSION_LANGUAGE.name(), Map.of("value", "FR"),
        AssistanceRequestProcess.ARMED.name(), Map.of("value", false),
        AssistanceRequestProcess.TOUR_MONTHS.name(), Map.of("value", 12, "type", "Integer"),
        AssistanceRequestProcess.REQUESTED_START.name(), Map.of("value", LocalDate.now().plusMonths(2).toString()));
    var refused = gina().post("/engine-rest/process-definition/key/assistance-request/submit-form",
        Map.of("variables", variables));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains(AssistanceRequestProcess.OFFICERS_REQUESTED.name()).contains(AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name());
    assertThat(instances()).isEqualTo(before);

    var fixed = new java.util.HashMap<>(variables);
    fixed.put(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), Map.of("value", 15, "type", "Integer"));
    fixed.put(AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name(), Map.of("value", true));
    var started = gina().post("/engine-rest/process-definition/key/assistance-request/submit-form",
        Map.of("variables", fixed));
    assertThat(started.status()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    String key = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getBusinessKey();
    assertThat(key).matches("REQ-\\d{4}-\\d{4}");
    assertThat(gina().get(PATH + "/" + key).json().get(AssistanceRequestProcess.MISSION_NAME.name()).asText()).isEqualTo("MONUSCO");
  }

  @Test
  void anInvalidTaskCompletionOverRestIsRefusedAndTheTaskStaysOpen() {
    String instanceId = gina().post(PATH, valid("UN-" + UUID.randomUUID())).json().get("processInstanceId").asText();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    assertThat(gina().post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "gina")).status()).isEqualTo(204);

    var refused = gina().post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
        AssistanceRequestProcess.CRITERION_MANDATE.name(), Map.of("value", "YES"))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("criterionPurpose: is required");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    var wrongOption = gina().post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of(
        AssistanceRequestProcess.CRITERION_MANDATE.name(), Map.of("value", "PERHAPS"))));
    assertThat(wrongOption.status()).isEqualTo(400);
    assertThat(wrongOption.json().get("message").asText()).contains("criterionMandate: 'PERHAPS' is not one of");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aRequestCanBeWithdrawnUntilTheDecisionAndNotAfter() {
    JsonNode created = gina().post(PATH, valid("UN-" + UUID.randomUUID())).json();
    String key = created.get("businessKey").asText();
    assertThat(gina().post(PATH + "/" + key + "/withdrawal", Map.of()).status()).isEqualTo(400);
    assertThat(gina().post(PATH + "/" + key + "/withdrawal", Map.of("reason", "Mandate changed")).status()).isEqualTo(202);
    String instanceId = created.get("processInstanceId").asText();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_SendReply");
    assertThat(gina().post(PATH + "/" + key + "/withdrawal", Map.of("reason", "Again")).status()).isEqualTo(409);
    assertThat(gina().post(PATH + "/REQ-1999-0001/withdrawal", Map.of("reason", "x")).status()).isEqualTo(404);
  }
}
