package ca.gc.cpa.replay;

import ca.gc.cpa.config.AuditHistoryLevel;
import ca.gc.cpa.config.H2EngineIndexes;
import ca.gc.cpa.identity.TaskAuthorizationProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's baseline: the replay's own shapes on a bare engine, with no-op steps and no business writes.
 *
 * <p>The shapes are measured from the replay's history, per process: instances, and per instance the user tasks,
 * service tasks, gateways, embedded scopes (subprocesses, call activities, multi-instance bodies), timers,
 * asynchronous continuations and variable writes. Each process becomes a linear model with those counts (the
 * replay's branches and loops unrolled into the path its instances took on average), its service tasks the
 * expression {@code ${true}}, its user tasks claimed and completed with as many variables as the replay's forms
 * wrote, by a signed-in user of the task's candidate group (as the replay's users and Tasklist's), its jobs
 * executed as the replay executes them.
 */
final class Baseline {

  /** one process of the replay, per instance on average */
  record Shape(String process, int instances, int userTasks, int serviceTasks, int gateways, int scopes, int timers,
      int asyncJobs, int variablesPerUserTask) {}

  private Baseline() {}

  /**
   * The shapes of the given processes, from the history of the database the replay ran on and the jobs the
   * replay ran (by process key: the history keeps no log of the jobs that simply ran).
   */
  static List<Shape> measure(JdbcClient db, List<String> processes, Map<String, Long> jobsRun) {
    List<Shape> shapes = new ArrayList<>();
    for (String process : processes) {
      int instances = count(db, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?", process);
      if (instances == 0) {
        continue;
      }
      Map<String, Integer> types = new LinkedHashMap<>();
      db.sql("SELECT ACT_TYPE_, COUNT(*) AS N FROM ACT_HI_ACTINST WHERE PROC_DEF_KEY_ = ? GROUP BY ACT_TYPE_")
          .param(process).query((rs, i) -> types.put(rs.getString(1), rs.getInt(2))).list();
      int userTasks = types.getOrDefault("userTask", 0);
      int timers = types.getOrDefault("intermediateTimer", 0) + types.getOrDefault("startTimerEvent", 0)
          + types.getOrDefault("boundaryTimer", 0);
      int jobs = jobsRun.getOrDefault(process, 0L).intValue();
      int variableWrites = count(db,
          "SELECT COUNT(*) + COALESCE(SUM(REV_), 0) FROM ACT_HI_VARINST WHERE PROC_DEF_KEY_ = ?", process);
      shapes.add(new Shape(process, instances,
          perInstance(userTasks, instances),
          perInstance(types.getOrDefault("serviceTask", 0) + types.getOrDefault("sendTask", 0)
              + types.getOrDefault("businessRuleTask", 0), instances),
          perInstance(types.getOrDefault("exclusiveGateway", 0) + types.getOrDefault("parallelGateway", 0)
              + types.getOrDefault("inclusiveGateway", 0) + types.getOrDefault("eventBasedGateway", 0), instances),
          perInstance(types.getOrDefault("subProcess", 0) + types.getOrDefault("callActivity", 0)
              + types.getOrDefault("multiInstanceBody", 0), instances),
          perInstance(timers, instances),
          perInstance(Math.max(0, jobs - timers), instances),
          Math.max(1, Math.round((float) variableWrites / Math.max(1, userTasks)))));
    }
    return shapes;
  }

  /**
   * Runs the shapes on a bare engine on an H2 file and returns seconds per user task. Untuned: the Spring Boot
   * starter's defaults (history full, strong UUIDs, authorization off, CMMN on). Tuned: the project's own engine
   * settings on top (the application's H2 URL settings and indexes, history level cpa-audit, authorization on
   * without revoke checks and with the project's task authorizations, CMMN and standalone tasks off).
   */
  static double secondsPerUserTask(Path dir, String h2Url, List<Shape> shapes, boolean tuned) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setJdbcUrl(tuned ? h2Url : "jdbc:h2:file:" + dir.resolve("engine").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
    config.setJdbcUsername("sa");
    config.setJdbcPassword("");
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setIdGenerator(new StrongUuidGenerator());
    config.setJobExecutorActivate(false);
    config.setProcessEngineName("baseline-" + (tuned ? "tuned" : "untuned"));
    if (tuned) {
      config.setCustomHistoryLevels(List.of(new AuditHistoryLevel()));
      config.setHistory(AuditHistoryLevel.NAME);
      config.setCmmnEnabled(false);
      config.setAuthorizationEnabled(true);
      config.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
      config.setStandaloneTasksEnabled(false);
      config.setResourceAuthorizationProvider(new TaskAuthorizationProvider());
      List<ProcessEnginePlugin> plugins = new ArrayList<>(config.getProcessEnginePlugins());
      plugins.add(new H2EngineIndexes());
      config.setProcessEnginePlugins(plugins);
    }
    ProcessEngine engine = config.buildProcessEngine();
    try {
      var deployment = engine.getRepositoryService().createDeployment().name("baseline");
      shapes.forEach(s -> deployment.addModelInstance("baseline-" + s.process() + ".bpmn", model(s)));
      deployment.deploy();
      long start = System.nanoTime();
      long done = 0;
      for (Shape shape : shapes) {
        for (int i = 0; i < shape.instances(); i++) {
          done += walk(engine, shape, i);
        }
      }
      return (System.nanoTime() - start) / 1e9 / Math.max(1, done);
    } finally {
      engine.close();
    }
  }

  /** start to end: one run of the shape's steps, spread evenly after each user task */
  static BpmnModelInstance model(Shape s) {
    AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess(key(s)).camundaHistoryTimeToLive(1).startEvent();
    int tasks = Math.max(1, s.userTasks());
    for (int t = 0; t < tasks; t++) {
      b = b.userTask("Task_" + t).camundaCandidateGroups("baseline");
      b = steps(b, t, tasks, s.serviceTasks(), "Service", (x, id) -> x.serviceTask(id).camundaExpression("${true}"));
      b = steps(b, t, tasks, s.asyncJobs(), "Async",
          (x, id) -> x.serviceTask(id).camundaAsyncBefore().camundaExpression("${true}"));
      b = steps(b, t, tasks, s.gateways(), "Gateway", (x, id) -> x.exclusiveGateway(id));
      b = steps(b, t, tasks, s.scopes(), "Scope",
          (x, id) -> x.subProcess(id).embeddedSubProcess().startEvent().endEvent().subProcessDone());
      b = steps(b, t, tasks, s.timers(), "Timer", (x, id) -> x.intermediateCatchEvent(id).timerWithDuration("PT1H"));
    }
    return b.endEvent().done();
  }

  private interface Step {
    AbstractFlowNodeBuilder<?, ?> add(AbstractFlowNodeBuilder<?, ?> builder, String id);
  }

  /** the share of {@code total} steps that follows user task {@code t} of {@code tasks} */
  private static AbstractFlowNodeBuilder<?, ?> steps(AbstractFlowNodeBuilder<?, ?> b, int t, int tasks, int total,
      String kind, Step step) {
    int from = total * t / tasks;
    int to = total * (t + 1) / tasks;
    for (int i = from; i < to; i++) {
      b = step.add(b, kind + "_" + i);
    }
    return b;
  }

  /** one instance: each user task claimed and completed with the shape's variables, each job executed */
  private static long walk(ProcessEngine engine, Shape s, int n) {
    TaskService tasks = engine.getTaskService();
    String id = engine.getRuntimeService().startProcessInstanceByKey(key(s), s.process() + "-" + n).getId();
    long done = 0;
    while (true) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(id).list();
      if (!jobs.isEmpty()) {
        jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        continue;
      }
      var task = tasks.createTaskQuery().processInstanceId(id).singleResult();
      if (task == null) {
        return done;
      }
      VariableMap values = Variables.createVariables();
      for (int v = 0; v < s.variablesPerUserTask(); v++) {
        values.putValue(task.getTaskDefinitionKey() + "_field" + v, "value " + v);
      }
      // as a signed-in user of the task's group, as in Tasklist and the replay: the engine logs who did what
      // and, where authorization is on (tuned), checks the user's rights
      engine.getIdentityService().setAuthentication("demo", List.of("baseline"));
      try {
        tasks.claim(task.getId(), "demo");
        tasks.complete(task.getId(), values);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      done++;
    }
  }

  private static String key(Shape s) {
    return "baseline-" + s.process();
  }

  private static int count(JdbcClient db, String sql, String process) {
    return db.sql(sql).param(process).query(Integer.class).single();
  }

  private static int perInstance(int total, int instances) {
    return Math.round((float) total / instances);
  }
}
