package ca.gc.cpa.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine settings of config: the history level cpa-audit and the H2 indexes. */
class EngineTuningTest {

  static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    var config = new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:tuning-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    config.setProcessEngineName("tuning");
    config.setCustomHistoryLevels(List.of(new AuditHistoryLevel()));
    config.setHistory(AuditHistoryLevel.NAME);
    config.setProcessEnginePlugins(List.of(new H2EngineIndexes()));
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    engine = config.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("decide.bpmn",
        Bpmn.createExecutableProcess("decide").camundaHistoryTimeToLive(1).startEvent().userTask("Task_Decide")
            .endEvent().done()).deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void auditHistoryKeepsWhoDidWhatAndTheLastValuesButNoDetailRowPerVariableWrite() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("decide",
        Variables.putValue("answer", "PENDING")).getId();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    engine.getIdentityService().setAuthenticatedUserId("gina");
    try {
      engine.getTaskService().claim(task, "gina");
      engine.getTaskService().complete(task, Variables.putValue("answer", "APPROVE"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    var history = engine.getHistoryService();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).singleResult().getValue())
        .isEqualTo("APPROVE");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).singleResult().getAssignee())
        .isEqualTo("gina");
    assertThat(history.createUserOperationLogQuery().taskId(task).userId("gina").list())
        .extracting(UserOperationLogEntry::getOperationType).contains("Claim", "Complete");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isEqualTo(3);
  }

  @Test
  void auditHistoryLogsTheJobsThatFailedNotThoseThatSimplyRan() {
    engine.getRepositoryService().createDeployment().addModelInstance("jobs.bpmn",
        Bpmn.createExecutableProcess("jobs").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Step").camundaAsyncBefore().camundaExpression("${result == 'ok'}")
            .userTask("Task_Wait").boundaryEvent("Event_Reminder").cancelActivity(false).timerWithDuration("P1D")
            .endEvent().moveToActivity("Task_Wait").endEvent().done()).deploy();
    var management = engine.getManagementService();
    var history = engine.getHistoryService();

    String ran = engine.getRuntimeService().startProcessInstanceByKey("jobs", Variables.putValue("result", "ok")).getId();
    management.executeJob(management.createJobQuery().processInstanceId(ran).singleResult().getId());
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(ran).singleResult().getId());
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ran).activityId("Task_Step").count())
        .isEqualTo(1);
    assertThat(history.createHistoricJobLogQuery().processInstanceId(ran).count()).isZero();

    String failed = engine.getRuntimeService().startProcessInstanceByKey("jobs").getId();
    String job = management.createJobQuery().processInstanceId(failed).singleResult().getId();
    org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> management.executeJob(job));
    var log = history.createHistoricJobLogQuery().processInstanceId(failed).list();
    assertThat(log).singleElement().satisfies(entry -> {
      assertThat(entry.isFailureLog()).isTrue();
      assertThat(entry.getJobExceptionMessage()).contains("result");
    });
  }

  @Test
  void h2LooksUpTheVariablesOfOneExecutionThroughItsIndex() throws Exception {
    var dataSource = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getDataSource();
    try (Connection c = dataSource.getConnection();
        ResultSet plan = c.createStatement().executeQuery("EXPLAIN SELECT * FROM ACT_RU_VARIABLE"
            + " WHERE EXECUTION_ID_ = 'x' AND TASK_ID_ IS NULL AND NAME_ IN ('a', 'b')")) {
      plan.next();
      assertThat(plan.getString(1)).contains("CPA_IDX_VARIABLE_EXECUTION: EXECUTION_ID_ = 'x'");
    }
  }
}
