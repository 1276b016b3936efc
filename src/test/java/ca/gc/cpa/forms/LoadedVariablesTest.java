package ca.gc.cpa.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.variable.scope.LoadedVariables;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The completion check reads only the scopes the command touched ({@link LoadedVariables}): a scope is in memory
 * once read or written in the command and not before, and a transient value submitted through a task deep in
 * scopes is still found where the engine put it.
 */
class LoadedVariablesTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
      .reportDirectory("target/process-test-coverage").build();

  static final String FORM = """
      {"id": "scopedForm", "schemaVersion": 16, "type": "default", "components": [
        {"type": "textfield", "key": "note", "label": "Note"},
        {"type": "textfield", "key": "reference", "label": "Reference", "disabled": true}
      ]}""";

  ProcessEngine engine;
  String deploymentId;

  /** a task inside a subprocess whose scope declares the task's answers (as a partner service's scope does) */
  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess("scoped-probe").camundaHistoryTimeToLive(1)
        .startEvent()
        .subProcess("SubProcess_Service").camundaInputParameter("note", "${null}")
        .camundaInputParameter("reference", "REF-1")
        .embeddedSubProcess().startEvent()
        .userTask("Task_Answer").camundaFormRef("scopedForm").camundaFormRefBinding("deployment")
        .endEvent().subProcessDone()
        .endEvent().done();
  }

  @BeforeEach
  void deploy() {
    engine = extension.getProcessEngine();
    deploymentId = engine.getRepositoryService().createDeployment()
        .addModelInstance("scoped-probe.bpmn", model()).addString("scoped.form", FORM).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void aScopeIsInMemoryOnceReadInTheCommandAndNotBefore() {
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey("scoped-probe",
        Map.of(AssistanceRequestProcess.MISSION_NAME.name(), "UNMIK")).getId();
    List<Boolean> seen = new ArrayList<>();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          ExecutionEntity instance = context.getExecutionManager().findExecutionById(instanceId);
          seen.add(LoadedVariables.inMemory(instance));
          instance.getVariable(AssistanceRequestProcess.MISSION_NAME.name());
          seen.add(LoadedVariables.inMemory(instance));
          return null;
        });
    assertThat(seen).containsExactly(false, true);
  }

  @Test
  void aTransientValueSubmittedDeepInScopesIsRefused() {
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey("scoped-probe",
        Map.of(AssistanceRequestProcess.MISSION_NAME.name(), "UNMIK")).getId();
    String taskId = engine.getTaskService().createTaskQuery().singleResult().getId();

    // not declared anywhere: the engine walks up to the instance and keeps it there for the command
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Variables.createVariables().putValue("note", "ok")
        .putValueTyped(OfficerDeploymentProcess.AGENCY_CODE.name(), Variables.stringValue("opp", true))))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("agencyCode: is not a field");
    // over a variable a scope holds, the engine itself refuses a transient value (ENGINE-17006): the instance,
    // where an undeclared one lands, is the only place a submitted transient value can be
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    engine.getTaskService().complete(taskId, Map.of("note", "ok"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
  }
}
