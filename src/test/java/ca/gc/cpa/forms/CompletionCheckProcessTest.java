package ca.gc.cpa.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.gc.cpa.process.OfficerDeploymentProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The check the engine runs on every completion and start form (FormCompletionCheck): a bad completion or start
 * is refused, through every API, and nothing moves.
 */
class CompletionCheckProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").build();

  ProcessEngine engine;
  String deploymentId;

  static final String FORM = """
      {"id": "probeForm", "schemaVersion": 16, "type": "default", "components": [
        {"type": "number", "key": "officers", "label": "Officers", "validate": {"required": true, "min": 1, "max": 10}},
        {"type": "textfield", "key": "reference", "label": "Reference", "disabled": true},
        {"type": "textfield", "key": "note", "label": "Note"},
        {"type": "textfield", "key": "evenOfficersCheck", "label": "Named like a bean"}
      ]}""";

  static BpmnModelInstance model() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("completion-probe").camundaHistoryTimeToLive(1)
        .startEvent("Event_Started").camundaFormRef("probeForm").camundaFormRefBinding("deployment")
        .userTask("Task_Probe").camundaFormRef("probeForm").camundaFormRefBinding("deployment")
        .endEvent("Event_Done")
        .done();
    UserTask task = model.getModelElementById("Task_Probe");
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(CompletionCheckParseListener.PROPERTY);
    property.setCamundaValue("evenOfficersCheck");
    properties.addChildElement(property);
    task.builder().addExtensionElement(properties);
    return model;
  }

  @BeforeEach
  void deploy() {
    engine = extension.getProcessEngine();
    deploymentId = engine.getRepositoryService().createDeployment()
        .addModelInstance("completion-probe.bpmn", model())
        .addString("probe.form", FORM)
        .deploy().getId();
    Mocks.register("evenOfficersCheck", (CompletionCheck) values -> values.integer("officers")
        .filter(n -> n % 2 != 0)
        .map(n -> List.of(new FieldViolation("officers", "must be even")))
        .orElse(List.of()));
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
    Mocks.reset();
  }

  @Test
  void anInvalidStartIsRefusedAndNoInstanceExists() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("completion-probe").singleResult().getId();
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId, Map.of("officers", 11)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("officers: must be at most 10");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("completion-probe"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("officers: is required");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aCompletionBreakingTheFormOrTheTaskRuleIsRefusedAndTheTaskStaysOpen() {
    engine.getRuntimeService().startProcessInstanceByKey("completion-probe", Map.of("officers", 2));
    String taskId = engine.getTaskService().createTaskQuery().singleResult().getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("officers", 0)))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("officers: must be at least 1");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, Map.of("officers", 3)))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("officers: must be even");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(
        engine.getTaskService().createTaskQuery().singleResult().getExecutionId(), "officers")).isEqualTo(2);

    engine.getTaskService().complete(taskId, Map.of("officers", 4, "note", "ok"));
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  void aCompletionMayCarryOnlyTheKeysTheFormDeclaresEditable() {
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey("completion-probe",
        Map.of("officers", 2)).getId();
    engine.getRuntimeService().setVariable(instanceId, "reference", "REF-1");   // what the system keeps
    String taskId = engine.getTaskService().createTaskQuery().singleResult().getId();

    Map<Map<String, Object>, String> refused = Map.of(
        Map.of("officers", 4, OfficerDeploymentProcess.AGENCY_CODE.name(), "opp"),
        OfficerDeploymentProcess.AGENCY_CODE.name() + ": is not a field of this form",
        Map.of("officers", 4, "reference", "REF-2"), "reference: is read-only on this form",
        Map.of("officers", 4, "evenOfficersCheck", "x"), "evenOfficersCheck: is the name of a server component",
        Map.of("officers", 4, "note", "\u200B\u202E"), "note: must contain visible text",
        Map.of("officers", 4, "note", "a\u0000b"), "note: must not contain control characters");
    refused.forEach((submitted, message) -> {
      assertThatThrownBy(() -> engine.getTaskService().complete(taskId, submitted))
          .as("%s", submitted).hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(message);
      assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, submitted))
          .as("%s", submitted).hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(message);
    });
    // a value the engine would keep only for this command is a submitted value too
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Variables.createVariables()
        .putValue("officers", 4).putValueTyped(OfficerDeploymentProcess.AGENCY_CODE.name(), Variables.stringValue("opp", true))))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("agencyCode: is not a field");

    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariables(instanceId)).containsOnlyKeys("officers", "reference")
        .containsEntry("officers", 2).containsEntry("reference", "REF-1");
  }

  @Test
  void aStartFormMayCarryOnlyItsEditableKeys() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("completion-probe").singleResult().getId();
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId, Map.of("officers", 2, "x", 1)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("x: is not a field of this form");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("completion-probe",
        Map.of("officers", 2, "reference", "R")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("reference: is read-only");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }
}
