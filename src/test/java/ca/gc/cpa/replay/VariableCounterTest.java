package ca.gc.cpa.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark's variable counter counts what the engine reads and writes, so its figures cannot read zero. */
class VariableCounterTest {

  private static final int N = 7;

  private final VariableCounter counter = new VariableCounter();
  private ProcessEngine engine;

  @BeforeEach
  void engine() {
    var config = new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:variable-counter;DB_CLOSE_DELAY=-1");
    config.setProcessEngineName("variable-counter");
    config.setJobExecutorActivate(false);
    config.setProcessEnginePlugins(List.of(counter));
    engine = config.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("counted.bpmn",
        Bpmn.createExecutableProcess("counted").camundaHistoryTimeToLive(1).startEvent().userTask("Task_First")
            .userTask("Task_Second").endEvent().done()).deploy();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void countsTheRowsOfAScopeLoadedAtItsFirstReadAndTheRowsWritten() {
    VariableMap values = Variables.createVariables();
    for (int i = 0; i < N; i++) {
      values.putValue("v" + i, "value " + i);
    }
    counter.reset();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("counted", values).getId();
    assertThat(counter.counts().rowsWritten()).as("inserted").isEqualTo(N);

    counter.reset();
    // a new transaction: the instance's variables are loaded once, all of them, for the one read
    assertThat(engine.getRuntimeService().getVariable(instance, "v0")).isEqualTo("value 0");
    var read = counter.counts();
    assertThat(read.scopeLoads()).isEqualTo(1);
    assertThat(read.scopeRowsLoaded()).isEqualTo(N);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("counted")
        .singleResult().getId();
    assertThat(read.scopeReads()).containsExactly(java.util.Map.entry(definition, 1L));
    assertThat(read.scopeRows()).containsExactly(java.util.Map.entry(definition, (long) N));
    assertThat(read.rowsLoaded()).isEqualTo(N);
    assertThat(read.rowsWritten()).isZero();

    // the task's completion reads the scope (the task's own variables too), updates two rows and inserts one
    assertThat(complete(instance, Variables.createVariables().putValue("v1", "changed").putValue("v2", "changed")
        .putValue("added", "new"))).isEqualTo(3);
    var completed = counter.counts();
    assertThat(completed.scopeRowsLoaded()).isEqualTo(N);
    assertThat(completed.calls()).containsKey("selectVariablesByTaskId");
    assertThat(completed.rows()).containsEntry("updateVariableInstance", 2L).containsEntry("insertVariableInstance", 1L);

    // the instance ends with this completion: what it set is deleted with it in the same transaction, so the
    // database sees no write, only the deletes
    assertThat(complete(instance, Variables.createVariables().putValue("v3", "changed"))).isZero();
    assertThat(counter.counts().rows()).containsEntry("deleteVariableInstance", N + 1L);
  }

  /** completes the instance's task with the values: the rows written */
  private long complete(String instance, VariableMap values) {
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    counter.reset();
    engine.getTaskService().complete(task, values);
    return counter.counts().rowsWritten();
  }
}
