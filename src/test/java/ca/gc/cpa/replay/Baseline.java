package ca.gc.cpa.replay;

import ca.gc.cpa.config.AuditHistoryLevel;
import ca.gc.cpa.config.H2EngineIndexes;
import ca.gc.cpa.identity.TaskAuthorizationProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
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
 * <p>A shape is what one process did in the replay, measured from its history: its instances; how many of them
 * people started through the process's start form, and the values those forms submitted; its user tasks, how many
 * of them were assigned to a named user (completed without a claim: a contingent commander's) and how many worked
 * inside a scope; its service tasks, gateways, scopes (subprocesses, call activities, multi-instance bodies),
 * timers and asynchronous continuations; its variables, split as the history shows them between the instance and
 * its scopes (locals: a multi-instance scope's, a subprocess's), each with the revisions that updated it.
 *
 * <p>Each instance is walked with its even share of the shape's totals, on a linear model of those counts (the
 * replay's branches and loops unrolled into the path its instances took on average): service tasks are the
 * expression {@code ${true}}, as many of them asynchronous as the replay ran asynchronous continuations (all on
 * service tasks: the history counts such a step as a service task and as a job); a scope is an embedded subprocess
 * that declares its share of the scopes' local variables (input parameters), with the scoped user tasks inside the
 * first scopes. A person's start is {@code startProcessInstanceByKey} with as many variables as the start form
 * submitted, by a signed-in user of the group {@value #GROUP}; the other instances, which the application's code
 * starts (the intake, a delegate), start without one. Each user task is claimed (unless assigned to the user
 * already) and completed by that user with its share of the instance's variable writes: new instance variables,
 * updates of earlier ones, and inside a scope updates of its locals; an instance without user tasks writes them at
 * its start. Its jobs run as the replay runs them. Forms, completion checks and business writes stay out: they are
 * the application's, and what the ratio measures.
 */
final class Baseline {

  /** the signed-in user who starts the people's processes and works every task, and its group */
  static final String USER = "demo";
  static final String GROUP = "baseline";

  /**
   * One process of the replay, in totals over its instances.
   *
   * @param starts instances people started through the process's start form
   * @param startVariables the values their start forms submitted
   * @param assignedTasks user tasks assigned to a named user by the model, completed without a claim
   * @param scopedTasks user tasks worked inside a scope (a subprocess or a multi-instance body)
   * @param instanceVariables variables of the instance (rows of ACT_HI_VARINST), start variables included
   * @param instanceUpdates their updates (revisions)
   * @param scopeVariables local variables of the instance's scopes
   * @param scopeUpdates their updates
   */
  record Shape(String process, int instances, int starts, int startVariables, int userTasks, int assignedTasks,
      int scopedTasks, int serviceTasks, int gateways, int scopes, int timers, int asyncJobs, int instanceVariables,
      int instanceUpdates, int scopeVariables, int scopeUpdates) {

    /** instance {@code i}'s share of the shape's steps: what its model holds */
    Steps steps(int i) {
      int tasks = share(userTasks, i, instances);
      return new Steps(tasks, Math.min(tasks, share(assignedTasks, i, instances)),
          Math.min(tasks, share(scopedTasks, i, instances)), share(serviceTasks, i, instances), share(gateways, i, instances),
          share(scopes, i, instances), share(timers, i, instances), share(asyncJobs, i, instances),
          share(scopeVariables, i, instances));
    }
  }

  /** one instance's steps (the model deployed for it); {@code scopeVariables}: the locals its scopes declare */
  record Steps(int userTasks, int assignedTasks, int scopedTasks, int serviceTasks, int gateways, int scopes,
      int timers, int asyncJobs, int scopeVariables) {

    /** the scopes that hold user tasks: the first ones */
    int holding() {
      return Math.min(scopes, scopedTasks);
    }

    /** the scope that holds user task {@code t}, or -1 */
    int scopeOf(int t) {
      return t < scopedTasks && holding() > 0 ? t * holding() / scopedTasks : -1;
    }

    int localsOf(int scope) {
      return share(scopeVariables, scope, scopes);
    }
  }

  /** what a walk of the shapes did: wall time and process CPU (all threads) per user task */
  record Walked(long userTasks, double secondsPerUserTask, double cpuSecondsPerUserTask) {}

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
      int timers = types.getOrDefault("intermediateTimer", 0) + types.getOrDefault("startTimerEvent", 0)
          + types.getOrDefault("boundaryTimer", 0);
      int jobs = jobsRun.getOrDefault(process, 0L).intValue();
      // a person's start: the values of a start form (the history keeps a task's and a start form's submissions)
      int[] starts = db.sql("SELECT COUNT(DISTINCT PROC_INST_ID_), COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_DEF_KEY_ = ?"
              + " AND TYPE_ = 'FormProperty' AND TASK_ID_ IS NULL").param(process)
          .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
      Map<String, Integer> operations = new TreeMap<>();
      db.sql("SELECT OPERATION_TYPE_, COUNT(DISTINCT OPERATION_ID_) FROM ACT_HI_OP_LOG WHERE PROC_DEF_KEY_ = ?"
              + " AND OPERATION_TYPE_ IN ('Claim', 'Complete') GROUP BY OPERATION_TYPE_").param(process)
          .query((rs, i) -> operations.put(rs.getString(1), rs.getInt(2))).list();
      int scopedTasks = count(db, "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_DEF_KEY_ = ? AND ACT_TYPE_ = 'userTask'"
          + " AND PARENT_ACT_INST_ID_ <> PROC_INST_ID_", process);
      // a variable of the instance is one of its execution (or a task's); the others are a scope's locals
      int[] variables = db.sql("SELECT COALESCE(SUM(CASE WHEN L THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN L THEN REV_"
              + " ELSE 0 END), 0), COALESCE(SUM(CASE WHEN L THEN 0 ELSE 1 END), 0), COALESCE(SUM(CASE WHEN L THEN 0 ELSE"
              + " REV_ END), 0) FROM (SELECT REV_, (EXECUTION_ID_ = PROC_INST_ID_ OR TASK_ID_ IS NOT NULL) AS L"
              + " FROM ACT_HI_VARINST WHERE PROC_DEF_KEY_ = ?) V").param(process)
          .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}).single();
      shapes.add(new Shape(process, instances, starts[0], starts[1], types.getOrDefault("userTask", 0),
          Math.max(0, operations.getOrDefault("Complete", 0) - operations.getOrDefault("Claim", 0)), scopedTasks,
          types.getOrDefault("serviceTask", 0) + types.getOrDefault("sendTask", 0)
              + types.getOrDefault("businessRuleTask", 0),
          types.getOrDefault("exclusiveGateway", 0) + types.getOrDefault("parallelGateway", 0)
              + types.getOrDefault("inclusiveGateway", 0) + types.getOrDefault("eventBasedGateway", 0),
          types.getOrDefault("subProcess", 0) + types.getOrDefault("callActivity", 0)
              + types.getOrDefault("multiInstanceBody", 0),
          timers, Math.max(0, jobs - timers), variables[0], variables[1], variables[2], variables[3]));
    }
    return shapes;
  }

  /**
   * Runs the shapes on a bare engine on an H2 file: the user tasks done and seconds per user task. Untuned: the Spring Boot
   * starter's defaults (history full, strong UUIDs, authorization off, CMMN on). Tuned: the project's own engine
   * settings on top (the application's H2 URL settings and indexes, history level cpa-audit, authorization on
   * without revoke checks and with the project's task authorizations, CMMN and standalone tasks off); the group
   * {@value #GROUP} may then start the shapes' processes, as the replay's people may start theirs.
   *
   * @param plugins more engine plugins (the benchmark's {@link VariableCounter}), or none
   */
  static Walked walk(Path dir, String h2Url, List<Shape> shapes, boolean tuned, List<ProcessEnginePlugin> plugins) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setJdbcUrl(tuned ? h2Url : "jdbc:h2:file:" + dir.resolve("engine").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
    config.setJdbcUsername("sa");
    config.setJdbcPassword("");
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setIdGenerator(new StrongUuidGenerator());
    config.setJobExecutorActivate(false);
    config.setProcessEngineName("baseline-" + (tuned ? "tuned" : "untuned"));
    List<ProcessEnginePlugin> all = new ArrayList<>(config.getProcessEnginePlugins());
    all.addAll(plugins);
    if (tuned) {
      config.setCustomHistoryLevels(List.of(new AuditHistoryLevel()));
      config.setHistory(AuditHistoryLevel.NAME);
      config.setCmmnEnabled(false);
      config.setAuthorizationEnabled(true);
      config.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
      config.setStandaloneTasksEnabled(false);
      config.setResourceAuthorizationProvider(new TaskAuthorizationProvider());
      all.add(new H2EngineIndexes());
    }
    config.setProcessEnginePlugins(all);
    ProcessEngine engine = config.buildProcessEngine();
    try {
      // one model per distinct share of steps (an instance's share differs by one at most from another's)
      Map<String, Steps> models = new LinkedHashMap<>();
      for (Shape shape : shapes) {
        for (int i = 0; i < shape.instances(); i++) {
          models.putIfAbsent(key(shape, shape.steps(i)), shape.steps(i));
        }
      }
      if (tuned) {
        models.keySet().forEach(key -> grant(engine, Resources.PROCESS_DEFINITION, key,
            ProcessDefinitionPermissions.CREATE_INSTANCE));
        grant(engine, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
      }
      var deployment = engine.getRepositoryService().createDeployment().name("baseline");
      models.forEach((key, steps) -> deployment.addModelInstance(key + ".bpmn", model(key, steps)));
      deployment.deploy();
      long start = System.nanoTime();
      long cpu = ReplayBenchmark.processCpuNanos();
      long done = 0;
      for (Shape shape : shapes) {
        for (int i = 0; i < shape.instances(); i++) {
          done += walkInstance(engine, shape, i);
        }
      }
      return new Walked(done, (System.nanoTime() - start) / 1e9 / Math.max(1, done),
          (ReplayBenchmark.processCpuNanos() - cpu) / 1e9 / Math.max(1, done));
    } finally {
      engine.close();
    }
  }

  /** start to end: the user tasks (the first in scopes), each followed by its share of the other steps */
  static BpmnModelInstance model(String key, Steps s) {
    AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent();
    int slots = Math.max(1, s.userTasks());
    int empty = s.scopes() - s.holding();
    for (int t = 0; t < slots; t++) {
      int scope = s.scopeOf(t);
      if (scope >= 0 && (t == 0 || s.scopeOf(t - 1) != scope)) {
        b = scope(b, "Scope_" + scope, s.localsOf(scope)).embeddedSubProcess().startEvent();
      }
      if (t < s.userTasks()) {
        var task = b.userTask("Task_" + t).camundaCandidateGroups(GROUP);
        // the last ones are assigned to a named user (with candidate groups, as the replay's models give both)
        b = t >= s.userTasks() - s.assignedTasks() ? task.camundaAssignee(USER) : task;
      }
      // the asynchronous continuations are the replay's service tasks' (the history counts them as both)
      b = steps(b, t, slots, Math.max(s.serviceTasks(), s.asyncJobs()), (x, i) -> {
        var service = x.serviceTask("Service_" + i).camundaExpression("${true}");
        return i < s.asyncJobs() ? service.camundaAsyncBefore() : service;
      });
      b = steps(b, t, slots, s.gateways(), (x, i) -> x.exclusiveGateway("Gateway_" + i));
      // the scopes that hold no user task, each with its locals
      b = steps(b, t, slots, empty, (x, i) -> scope(x, "Scope_" + (s.holding() + i), s.localsOf(s.holding() + i))
          .embeddedSubProcess().startEvent().endEvent().subProcessDone());
      b = steps(b, t, slots, s.timers(), (x, i) -> x.intermediateCatchEvent("Timer_" + i).timerWithDuration("PT1H"));
      if (scope >= 0 && s.scopeOf(t + 1) != scope) {
        b = b.endEvent().subProcessDone();
      }
    }
    return b.endEvent().done();
  }

  /** an embedded subprocess that declares its local variables */
  private static org.camunda.bpm.model.bpmn.builder.SubProcessBuilder scope(AbstractFlowNodeBuilder<?, ?> b, String id,
      int locals) {
    var scope = b.subProcess(id);
    for (int v = 0; v < locals; v++) {
      scope = scope.camundaInputParameter(local(id, v), "declared");
    }
    return scope;
  }

  private interface Step {
    AbstractFlowNodeBuilder<?, ?> add(AbstractFlowNodeBuilder<?, ?> builder, int index);
  }

  /** the share of {@code total} steps that follows slot {@code t} of {@code slots} */
  private static AbstractFlowNodeBuilder<?, ?> steps(AbstractFlowNodeBuilder<?, ?> b, int t, int slots, int total,
      Step step) {
    for (int i = total * t / slots; i < total * (t + 1) / slots; i++) {
      b = step.add(b, i);
    }
    return b;
  }

  /**
   * Instance {@code n}: started (by a person, with the start form's values, or as the replay's code starts it),
   * each user task claimed unless assigned and completed with its share of the writes, each job executed.
   */
  private static long walkInstance(ProcessEngine engine, Shape shape, int n) {
    Steps s = shape.steps(n);
    TaskService tasks = engine.getTaskService();
    boolean person = n < shape.starts();
    int startVariables = person ? share(shape.startVariables(), n, shape.starts()) : 0;
    int inserts = Math.max(0, share(shape.instanceVariables(), n, shape.instances()) - startVariables);
    int updates = share(shape.instanceUpdates(), n, shape.instances());
    int scopeUpdates = share(shape.scopeUpdates(), n, shape.instances());
    VariableMap values = Variables.createVariables();
    int[] written = {0};
    for (int v = 0; v < startVariables; v++) {
      values.putValue("start_" + v, "value " + v);
    }
    if (s.userTasks() == 0) {
      // no user task: what the instance writes, it writes when it starts (its delegates')
      write(values, inserts, updates, written, "start");
    }
    String key = key(shape, s);
    String id = person
        ? asUser(engine, () -> engine.getRuntimeService().startProcessInstanceByKey(key, shape.process() + "-" + n, values))
            .getId()
        : engine.getRuntimeService().startProcessInstanceByKey(key, shape.process() + "-" + n, values).getId();
    int done = 0;
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
      int t = done;
      VariableMap completion = Variables.createVariables();
      write(completion, share(inserts, t, s.userTasks()), share(updates, t, s.userTasks()), written, "task " + t);
      int scope = s.scopeOf(t);
      int locals = scope < 0 ? 0 : s.localsOf(scope);
      if (locals > 0) {
        int mine = share(scopeUpdates, t, s.scopedTasks());
        for (int v = 0; v < mine; v++) {
          completion.putValue(local("Scope_" + scope, v % locals), "task " + t + " " + v);
        }
      }
      // as a signed-in user of the task's group, as in Tasklist and the replay: the engine logs who did what
      // and, where authorization is on (tuned), checks the user's rights
      asUser(engine, () -> {
        if (task.getAssignee() == null) {
          tasks.claim(task.getId(), USER);
        }
        tasks.complete(task.getId(), completion);
        return null;
      });
      done++;
    }
  }

  /** {@code inserts} new instance variables, then {@code updates} of those written before (in turn) */
  private static void write(VariableMap values, int inserts, int updates, int[] written, String by) {
    for (int v = 0; v < inserts; v++) {
      values.putValue("var_" + written[0]++, by);
    }
    for (int v = 0; v < updates; v++) {
      values.putValue("var_" + (written[0] == 0 ? 0 : v % written[0]), by + " " + v);
    }
  }

  private static <T> T asUser(ProcessEngine engine, java.util.function.Supplier<T> work) {
    engine.getIdentityService().setAuthentication(USER, List.of(GROUP));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static void grant(ProcessEngine engine, Resource resource, String resourceId, Permission permission) {
    var authorizations = engine.getAuthorizationService();
    var grant = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(GROUP);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }

  private static String local(String scope, int v) {
    return scope.toLowerCase(java.util.Locale.ROOT) + "_local_" + v;
  }

  /** the model's key: the shape's process and the instance's share of steps */
  private static String key(Shape shape, Steps s) {
    return String.join("-", "baseline", shape.process(), String.valueOf(s.userTasks()), String.valueOf(s.assignedTasks()),
        String.valueOf(s.scopedTasks()), String.valueOf(s.serviceTasks()), String.valueOf(s.gateways()),
        String.valueOf(s.scopes()), String.valueOf(s.timers()), String.valueOf(s.asyncJobs()),
        String.valueOf(s.scopeVariables()));
  }

  private static int count(JdbcClient db, String sql, String process) {
    return db.sql(sql).param(process).query(Integer.class).single();
  }

  /** the {@code i}-th of {@code n} even shares of {@code total} (they sum to {@code total}) */
  static int share(int total, int i, int n) {
    return n == 0 ? 0 : (int) ((long) total * (i + 1) / n - (long) total * i / n);
  }
}
