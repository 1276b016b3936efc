package ca.gc.cpa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.OfficerBodies;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A refusal in the language of the person refused, end to end: a stage's own completion check (the course session's
 * length) and a start form's checks through the engine's REST API as Tasklist calls it, and {@code /api}'s 400, 404,
 * 409 and 413 with {@code Accept-Language: fr}; in English otherwise. Nothing is stored by a refusal.
 */
@CpaAppTest
class RefusalsInFrenchTest {

  static final String FR = "fr-CA,fr;q=0.9,en;q=0.5";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  String deployment;
  String taskId;

  @BeforeEach
  void startTheProbe() {
    deployment = engine.getRepositoryService().createDeployment().name("french-refusal-probe")
        .addClasspathResource("i18n/frenchRefusal.bpmn").deploy().getId();
    var instance = engine.getRuntimeService().startProcessInstanceByKey("french-refusal-probe", "PROBE-FR-2");
    taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  @AfterEach
  void removeTheProbe() {
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  static Map<String, Object> session(LocalDate first, LocalDate last) {
    return Map.of("variables", Map.of(
        OfficerDeploymentProcess.TRAINING_START_DATE.name(), Map.of("value", first.toString(), "type", "String"),
        OfficerDeploymentProcess.TRAINING_END_DATE.name(), Map.of("value", last.toString(), "type", "String"),
        OfficerDeploymentProcess.TRAINING_SESSION.name(), Map.of("value", "Canadian Police College, Ottawa", "type", "String")));
  }

  @Test
  void aStagesOwnCheckRefusesACompletionInFrenchAndTheTaskStaysOpen() {
    LocalDate first = LocalDate.now().plusDays(3);
    RestUser theo = RestUser.demo(port, "theo");
    // Tasklist completes a task through its form: submit-form, in the language its page speaks (the cookie)
    var refused = theo.post("/engine-rest/task/" + taskId + "/submit-form", session(first, first.plusDays(19)),
        "Cookie", RequestLanguage.COOKIE + "=fr");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).isEqualTo("Impossible de terminer la tâche « Inscrire le policier "
        + "à une session de cours » : trainingEndDate : le cours durerait 20 jours : un cours préalable au déploiement "
        + "dure de 5 à 14 jours (premier et dernier jours compris)");

    var backwards = theo.post("/engine-rest/task/" + taskId + "/complete", session(first, first.minusDays(1)),
        "Accept-Language", FR);
    assertThat(backwards.json().get("message").asText())
        .endsWith("trainingEndDate : ne doit pas être antérieure au premier jour de la séance");

    var english = theo.post("/engine-rest/task/" + taskId + "/complete", session(first, first.plusDays(19)),
        "Accept-Language", "en-CA");
    assertThat(english.json().get("message").asText()).isEqualTo("Cannot complete the task 'Enrol officer in course "
        + "session': trainingEndDate: the course would last 20 days: a pre-deployment course lasts 5 to 14 days (first "
        + "and last day counted)");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(engine.getTaskService().createTaskQuery().taskId(taskId)
        .singleResult().getExecutionId(), OfficerDeploymentProcess.TRAINING_END_DATE.name())).as("nothing written").isNull();

    assertThat(theo.post("/engine-rest/task/" + taskId + "/complete", session(first, first.plusDays(6)),
        "Accept-Language", FR).status()).isEqualTo(204);
  }

  @Test
  void aStartFormRefusedInFrenchNamesTheProcessAndEachFieldInFrench() {
    RestUser gina = RestUser.demo(port, "gina");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), Map.of("value", "UN-FR-START-1", "type", "String"));
    variables.put(AssistanceRequestProcess.REQUESTING_BODY.name(), Map.of("value", "UN", "type", "String"));
    variables.put(AssistanceRequestProcess.TOUR_MONTHS.name(), Map.of("value", 40, "type", "Integer"));
    var refused = gina.post("/engine-rest/process-definition/key/assistance-request/submit-form",
        Map.of("variables", variables), "Accept-Language", FR);
    assertThat(refused.status()).isEqualTo(400);
    String message = refused.json().get("message").asText();
    assertThat(message).startsWith("Impossible de lancer « Demande d'assistance » : ")
        .contains("tourMonths : doit être d'au plus 24")
        .contains("requestingBodyName : est obligatoire (" + frenchLabel("newAssistanceRequest", AssistanceRequestProcess.REQUESTING_BODY_NAME.name()) + ")")
        .doesNotContain("is required").doesNotContain("must be");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("assistance-request")
        .variableValueEquals(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), "UN-FR-START-1").count()).isZero();
  }

  @Test
  void whatTheEnginesRestApiRefusesToAnyoneButAnAdministratorIsRefusedInFrench() {
    var refused = RestUser.demo(port, "marc").post("/engine-rest/job/any-job/execute", Map.of(), "Accept-Language", FR);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).isEqualTo("Vous n'êtes pas autorisé à faire ceci.");
  }

  @Test
  void anApiRefusalIsInFrenchWithAcceptLanguageFrAndItsFieldsAsTheyAre() {
    RestUser marc = RestUser.demo(port, "marc");
    Map<String, Object> young = officer("FR-API-1");
    young.put("sex", "Q");
    young.put("dateOfBirth", LocalDate.now().minusYears(17).toString());
    var refused = marc.post("/api/officers", young, "Accept-Language", FR);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(messages(refused.json())).containsEntry("sex", "doit être F, M ou X")
        .containsEntry("dateOfBirth", "le policier doit avoir au moins 18 ans");
    assertThat(messages(marc.post("/api/officers", young).json())).containsEntry("sex", "must be F, M or X");

    var unknown = marc.post("/api/officers", Map.of("agencyCode", "spvm", "nickname", "X"), "Accept-Language", FR);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(messages(unknown.json())).containsEntry("nickname", "n'est pas un champ de cette requête");
    assertThat(marc.get("/api/officers/987654321", "Accept-Language", FR).body()).contains("policier introuvable");
    assertThat(marc.get("/api/tours?limit=0", "Accept-Language", FR).body()).contains("doit être un nombre entier de 1 à 1000");
  }

  @Test
  void aConflictIsInFrenchAndStillNamesWhatExists() {
    RestUser marc = RestUser.demo(port, "marc");
    var created = marc.post("/api/officers", officer("FR-API-2"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("officer").get("id").asLong();
    var again = marc.post("/api/officers", officer("FR-API-2"), "Accept-Language", FR);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("id").asLong()).isEqualTo(id);
    assertThat(messages(again.json())).containsEntry("serviceNumber", "le service a déjà inscrit ce policier (identifiant "
        + id + ")");
  }

  @Test
  void aBodyOverTheLimitIsRefusedInFrench() {
    var tooLarge = RestUser.demo(port, "marc").post("/api/officers", "{\"note\": \"" + "x".repeat(70 * 1024) + "\"}",
        "Accept-Language", FR);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(messages(tooLarge.json())).containsEntry("body", "doit compter au plus 65536 octets");
  }

  static Map<String, Object> officer(String number) {
    return OfficerBodies.spvmSergeant(number, "Sophie", "Tremblay");
  }

  static Map<String, String> messages(JsonNode body) {
    Map<String, String> out = new HashMap<>();
    body.get("errors").forEach(e -> out.put(e.get("field").asText(), e.get("message").asText()));
    return out;
  }

  /** a field's French label in a form of the project */
  static String frenchLabel(String form, String key) {
    try (var in = RefusalsInFrenchTest.class.getResourceAsStream("/" + form + ".form")) {
      return find(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in), key).get("label_fr").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode find(JsonNode node, String key) {
    if (key.equals(node.path("key").asText(null))) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = find(child, key);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
