package ca.gc.cpa.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A subprocess with the property answersStayInScope keeps its forms' answers in its own instance, whatever API
 * completes the task, and holds only the answers given; elsewhere an answer lands where the engine puts it.
 */
class AnswersStayInScopeTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").build();

  static final String FORM = """
      {"id": "answerForm", "schemaVersion": 16, "type": "default", "components": [
        {"type": "textfield", "key": "note", "label": "Note"},
        {"type": "number", "key": "score", "label": "Score"}
      ]}""";

  ProcessEngine engine;
  String deploymentId;

  static BpmnModelInstance model() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("answers-probe").camundaHistoryTimeToLive(1)
        .startEvent("Event_Started")
        .subProcess("SubProcess_Each").embeddedSubProcess().startEvent("Event_EachStarted")
        .userTask("Task_Answer").camundaFormRef("answerForm").camundaFormRefBinding("deployment")
        .endEvent("Event_EachDone").subProcessDone()
        .userTask("Task_After").camundaFormRef("answerForm").camundaFormRefBinding("deployment")
        .endEvent("Event_Done")
        .done();
    SubProcess each = model.getModelElementById("SubProcess_Each");
    each.builder().multiInstance().parallel().camundaCollection("${answerItems}").camundaElementVariable("item")
        .multiInstanceDone();
    ModelProperty.add(model, "SubProcess_Each", AnswersStayInScope.PROPERTY, "true");
    return model;
  }

  @BeforeEach
  void deploy() {
    engine = extension.getProcessEngine();
    Mocks.register("answerItems", List.of("a", "b", "c"));
    deploymentId = engine.getRepositoryService().createDeployment()
        .addModelInstance("answers-probe.bpmn", model()).addString("answer.form", FORM).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
    Mocks.reset();
  }

  @Test
  void eachInstanceOfTheSubprocessKeepsTheAnswersItGotAndNoOther() {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("answers-probe");
    RuntimeService runtime = engine.getRuntimeService();
    Map<Object, Task> tasks = new java.util.HashMap<>();
    engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list()
        .forEach(t -> tasks.put(runtime.getVariable(t.getExecutionId(), "item"), t));

    engine.getTaskService().complete(tasks.get("a").getId(), Map.of("note", "from a", "score", 3));
    engine.getFormService().submitTaskForm(tasks.get("b").getId(), Map.of("note", "from b"));
    // a refused completion declares nothing
    assertThatThrownBy(() -> engine.getTaskService().complete(tasks.get("c").getId(), Map.of("note", "x", "answerItems", 1)))
        .rootCause().hasMessageContaining("answerItems");
    // each answer was in the scope of its subprocess instance (ended since), none in the process instance
    assertThat(runtime.getVariablesLocal(pi.getId())).isEmpty();
    assertThat(history(pi, "note")).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder("from a", "from b");
    assertThat(history(pi, "note")).extracting(HistoricVariableInstance::getExecutionId).doesNotHaveDuplicates()
        .doesNotContain(pi.getId());
    assertThat(history(pi, "score")).extracting(HistoricVariableInstance::getValue).containsExactly(3);

    // outside the subprocess the engine's own rule holds: the answer lands in the process instance
    engine.getTaskService().complete(tasks.get("c").getId(), Map.of());
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult()
        .getId(), Map.of("note", "after"));
    assertThat(history(pi, "note")).filteredOn(v -> v.getExecutionId().equals(pi.getId()))
        .extracting(HistoricVariableInstance::getValue).containsExactly("after");
  }

  List<HistoricVariableInstance> history(ProcessInstance pi, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).list();
  }
}
