package ca.gc.cpa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person working in French reads the project's own texts in French in Tasklist and Cockpit: the task's
 * name, its form, the process's name and the diagram's names, from the French kept in the model and the form
 * (here a probe of its own); the engine's data and rights stay as they are.
 */
@CpaAppTest
class FrenchResponsesTest {

  static final String FR = "fr-CA,fr;q=0.9,en;q=0.5";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  String deployment;
  String taskId;
  String definitionId;

  @BeforeEach
  void startTheProbe() {
    deployment = engine.getRepositoryService().createDeployment().name("bilingual-probe")
        .addClasspathResource("i18n/bilingual.bpmn").addClasspathResource("i18n/bilingualProbe.form").deploy().getId();
    var instance = engine.getRuntimeService().startProcessInstanceByKey("bilingual-probe", "PROBE-FR-1");
    definitionId = instance.getProcessDefinitionId();
    taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  @AfterEach
  void removeTheProbe() {
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  void theTaskAndTheProcessHaveTheirFrenchNamesForAFrenchRequestAndTheirEnglishOnesOtherwise() {
    RestUser gina = RestUser.demo(port, "gina");
    String list = "/engine-rest/task?processDefinitionKey=bilingual-probe";
    assertThat(gina.get(list, "Accept-Language", FR).json().get(0).get("name").asText()).isEqualTo("Consigner la constatation");
    assertThat(gina.get(list, "Accept-Language", "en-CA").json().get(0).get("name").asText()).isEqualTo("Record the finding");
    assertThat(gina.get(list).json().get(0).get("name").asText()).isEqualTo("Record the finding");
    // the web apps' choice wins over the browser's
    assertThat(gina.get(list, "Accept-Language", "en", "Cookie", "cpa-language=fr").json().get(0).get("name").asText())
        .isEqualTo("Consigner la constatation");
    assertThat(gina.get(list, "Accept-Language", FR, "Cookie", "cpa-language=en").json().get(0).get("name").asText())
        .isEqualTo("Record the finding");

    // Tasklist lists a filter's tasks with a POST, the hal+json way, the process definitions embedded
    String filter = RestUser.demo(port, "gina").get("/engine-rest/filter?resourceType=Task").json().get(0).get("id").asText();
    assertThat(gina.post("/engine-rest/filter/" + filter + "/list", Map.of("processDefinitionKey", "bilingual-probe"),
        "Accept-Language", FR).json().get(0).get("name").asText()).isEqualTo("Consigner la constatation");
    // (the probe's definition is embedded for whoever may read it: here the administrator)
    JsonNode hal = RestUser.demo(port, "demo").post("/engine-rest/filter/" + filter + "/list",
        Map.of("processDefinitionKey", "bilingual-probe"), "Accept-Language", FR, "Accept", "application/hal+json").json();
    assertThat(hal.at("/_embedded/task/0/name").asText()).isEqualTo("Consigner la constatation");
    assertThat(hal.at("/_embedded/processDefinition/0/name").asText()).isEqualTo("Sonde bilingue");
    assertThat(gina.post("/engine-rest/task", Map.of("processDefinitionKey", "bilingual-probe"), "Accept-Language", FR)
        .json().get(0).get("name").asText()).isEqualTo("Consigner la constatation");

    JsonNode task = gina.get("/engine-rest/task/" + taskId, "Accept-Language", FR).json();
    assertThat(task.get("name").asText()).isEqualTo("Consigner la constatation");
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_RecordFinding");
    // the probe's definition is the administrator's to read (the matrix gives no group a right on it)
    RestUser admin = RestUser.demo(port, "demo");
    assertThat(admin.get("/engine-rest/process-definition/" + definitionId, "Accept-Language", FR).json().get("name").asText())
        .isEqualTo("Sonde bilingue");
    assertThat(admin.get("/engine-rest/process-definition?key=bilingual-probe", "Accept-Language", FR).json().get(0)
        .get("name").asText()).isEqualTo("Sonde bilingue");
  }

  @Test
  void theFormComesInTheLanguageOfTheRequestWithItsValuesAndKeysUnchanged() {
    RestUser gina = RestUser.demo(port, "gina");
    JsonNode french = gina.get("/engine-rest/task/" + taskId + "/deployed-form", "Accept-Language", FR).json();
    assertThat(french.get("components").get(0).get("text").asText()).isEqualTo("### Consigner la constatation");
    JsonNode verdict = french.get("components").get(1);
    assertThat(verdict.get("label").asText()).isEqualTo("Verdict");
    assertThat(verdict.get("description").asText()).isEqualTo("Ce que la visite a constaté");
    assertThat(verdict.get("key").asText()).isEqualTo("verdict");
    assertThat(verdict.get("values").get(0).get("label").asText()).isEqualTo("Patrouille et surveillance");
    assertThat(verdict.get("values").get(0).get("value").asText()).isEqualTo("PATROL_MONITORING");
    assertThat(french.get("components").get(2).get("appearance").get("suffixAdorner").asText()).isEqualTo("jours");
    assertThat(french.toString()).doesNotContain("_fr\"");

    JsonNode english = gina.get("/engine-rest/task/" + taskId + "/deployed-form", "Accept-Language", "en").json();
    assertThat(english.get("components").get(1).get("values").get(1).get("label").asText()).isEqualTo("Constable");
  }

  @Test
  void theDiagramCockpitDrawsHasTheFrenchNames() {
    JsonNode xml = RestUser.demo(port, "demo").get("/engine-rest/process-definition/" + definitionId + "/xml",
        "Accept-Language", FR).json();
    assertThat(xml.get("bpmn20Xml").asText()).contains("name=\"Consigner la constatation\"")
        .contains("name=\"Sonde lancée\"").contains("name=\"Probe ended\"");   // no French: the English stays
  }

  @Test
  void aRefusedCompletionSaysWhyInFrenchAndTheTaskStaysOpen() {
    var refused = RestUser.demo(port, "gina").post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("verdict", Map.of("value", "UNKNOWN"))), "Accept-Language", FR);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .startsWith("Impossible de terminer la tâche « Consigner la constatation » : verdict : « UNKNOWN » ne fait pas partie");
    var english = RestUser.demo(port, "gina").post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("verdict", Map.of("value", "UNKNOWN"))), "Accept-Language", "en");
    assertThat(english.json().get("message").asText()).startsWith("Cannot complete the task 'Record the finding': verdict:");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    // another group's refusal names nothing of the task, in French as in English
    var notHers = RestUser.demo(port, "dana").post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("verdict", Map.of("value", "CST"))), "Accept-Language", FR);
    assertThat(notHers.status()).isIn(403, 404);
    assertThat(notHers.body()).doesNotContain("Consigner").doesNotContain("Record the finding");
  }

  @Test
  void aFrenchRequestSeesNoMoreThanItsRightsGive() {
    RestUser dana = RestUser.demo(port, "dana");
    assertThat(dana.get("/engine-rest/task?processDefinitionKey=bilingual-probe", "Accept-Language", FR).json()).isEmpty();
    assertThat(dana.get("/engine-rest/task/" + taskId + "/deployed-form", "Accept-Language", FR).status()).isIn(403, 404);
  }
}
