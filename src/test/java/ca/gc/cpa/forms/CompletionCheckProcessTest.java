package ca.gc.cpa.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The check in the engine's command chain: a bad completion or start is refused and nothing moves. */
class CompletionCheckProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").build();

  ProcessEngine engine;
  String deploymentId;

  static final String FORM = """
      {"id": "probeForm", "schemaVersion": 16, "type": "default", "components": [
        {"type": "number", "key": "officers", "label": "Officers", "validate": {"required": true, "min": 1, "max": 10}}
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
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("officers: must be at least 1");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, Map.of("officers", 3)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("officers: must be even");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(
        engine.getTaskService().createTaskQuery().singleResult().getExecutionId(), "officers")).isEqualTo(2);

    engine.getTaskService().complete(taskId, Map.of("officers", 4));
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
  }
}
