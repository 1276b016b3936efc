package ca.gc.cpa.replay;

import ca.gc.cpa.CpaApplication;
import ca.gc.cpa.support.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The replay as a benchmark ({@code ./mvnw -Pbenchmark verify -DskipTests}, or {@code -Dbenchmark.tours=…}): the
 * application on an H2 file and on embedded PostgreSQL, then in the same JVM a baseline on the bare engine.
 * Prints wall time, user tasks, user tasks/s, flow nodes/s and peak heap; the last line sums it up.
 *
 * <p>The baseline is a linear stand-in, not the project's models: a process of user tasks each followed by a
 * no-op service task and a gateway, no forms, no checks, no business writes, the same number of user tasks as
 * the replay completed on H2; untuned (a standalone engine with the starter's defaults: history full, CMMN on,
 * authorization off) and tuned (the project's engine settings: CMMN off, authorization on, standalone tasks off).
 */
public final class ReplayBenchmark {

  private ReplayBenchmark() {}

  record Run(Replay.Result result, long peakHeapMb) {}

  public static void main(String[] args) throws Exception {
    int tours = Integer.getInteger("benchmark.tours", 100);
    int missions = Integer.getInteger("benchmark.missions", 3);
    long seed = Long.getLong("benchmark.seed", 2006);
    Path dir = Path.of("target", "benchmark", String.valueOf(System.currentTimeMillis()));
    int baselineOnly = Integer.getInteger("benchmark.baselineOnly", 0);
    if (baselineOnly > 0) {
      System.out.printf(Locale.ROOT, "baseline (bare engine, H2 file, %d user tasks): untuned %.1f user tasks/s, tuned %.1f user tasks/s%n",
          baselineOnly, 1 / baseline(dir.resolve("untuned"), baselineOnly, false), 1 / baseline(dir.resolve("tuned"), baselineOnly, true));
      System.exit(0);
    }

    String only = System.getProperty("benchmark.only", "");
    if (only.equals("pg")) {
      print("pg", replay(tours, missions, seed, EmbeddedPostgres.newDatabase(), "postgres", "postgres", "postgres,demo"));
      System.exit(0);
    }
    Run h2 = replay(tours, missions, seed, applicationH2Url(dir.resolve("cpa")), "sa", "", "demo");
    print("h2", h2);
    if (only.equals("h2")) {
      System.exit(0);
    }
    Run pg = replay(tours, missions, seed, EmbeddedPostgres.newDatabase(), "postgres", "postgres", "postgres,demo");
    print("pg", pg);

    int baselineTasks = (int) Math.max(200, h2.result().userTasks());
    double untuned = baseline(dir.resolve("untuned"), baselineTasks, false);
    double tuned = baseline(dir.resolve("tuned"), baselineTasks, true);
    double ours = h2.result().wall().toMillis() / 1000.0 / h2.result().userTasks();
    System.out.printf(Locale.ROOT, "baseline (bare engine, H2 file): untuned %.1f user tasks/s, tuned %.1f user tasks/s%n",
        1 / untuned, 1 / tuned);
    long peak = Math.max(h2.peakHeapMb(), pg.peakHeapMb());
    System.out.printf(Locale.ROOT,
        "replay: tours=%d missions=%d user_tasks=%d h2_s=%.1f h2_tasks_per_s=%.1f pg_s=%.1f pg_tasks_per_s=%.1f"
            + " ratio_untuned=%.2f ratio_tuned=%.2f peak_heap_mb=%d%n",
        h2.result().tours(), h2.result().missions(), h2.result().userTasks(), h2.result().wall().toMillis() / 1000.0,
        h2.result().userTasksPerSecond(), pg.result().wall().toMillis() / 1000.0, pg.result().userTasksPerSecond(),
        ours / untuned, ours / tuned, peak);
    System.exit(0);
  }

  /** the application's own H2 URL (application.yaml, settings included), on a file of the benchmark's */
  static String applicationH2Url(Path file) {
    var yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
    yaml.setResources(new org.springframework.core.io.ClassPathResource("application.yaml"));
    yaml.setDocumentMatchers(properties -> properties.containsKey("spring.config.activate.on-profile")
        ? org.springframework.beans.factory.config.YamlProcessor.MatchStatus.NOT_FOUND
        : org.springframework.beans.factory.config.YamlProcessor.MatchStatus.FOUND);
    String url = yaml.getObject().getProperty("spring.datasource.url");
    return url.replace("./data/cpa", file.toAbsolutePath().toString());
  }

  static void print(String db, Run run) {
    var r = run.result();
    System.out.printf(Locale.ROOT, "%s: %d tours, %d missions, %d user tasks in %.1f s: %.1f user tasks/s, %.1f flow nodes/s,"
            + " peak heap %d MB, clock reached %s%n", db, r.tours(), r.missions(), r.userTasks(), r.wall().toMillis() / 1000.0,
        r.userTasksPerSecond(), r.flowNodesPerSecond(), run.peakHeapMb(), r.reachedOn());
  }

  static Run replay(int tours, int missions, long seed, String url, String user, String password, String profiles) {
    resetPeaks();
    List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password, "--server.port=0", "--logging.level.root=WARN"));
    String extra = System.getProperty("benchmark.args", "");
    if (!extra.isBlank()) {
      args.addAll(List.of(extra.trim().split("\\s+")));
    }
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CpaApplication.class)
        .profiles(profiles.split(","))
        .run(args.toArray(String[]::new))) {
      Replay replay = app.getBean(Replay.class);
      var p = app.getBean(ReplayProperties.class);
      long cpu = processCpuNanos();
      Replay.Result result = replay.run(MissionSeed.catalogue(missions, seed), tours,
          LocalDate.now().minusYears(p.years()), p.spacing(), Scenario.realistic(seed, p.maxPositions()),
          line -> System.out.print("\r" + line));
      System.out.println();
      System.out.printf(Locale.ROOT, "cpu: %.1f s for the process (all threads) during the replay%n",
          (processCpuNanos() - cpu) / 1e9);
      ClockUtil.reset();
      return new Run(result, peakHeapMb());
    }
  }

  /** seconds per user task on the bare engine */
  static double baseline(Path dir, int userTasks, boolean tuned) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("engine").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
    config.setJdbcUsername("sa");
    config.setJdbcPassword("");
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setJobExecutorActivate(false);
    config.setProcessEngineName("baseline-" + (tuned ? "tuned" : "untuned"));
    if (tuned) {
      config.setCmmnEnabled(false);
      config.setDmnEnabled(true);
      config.setAuthorizationEnabled(true);
      config.setStandaloneTasksEnabled(false);
      config.setJdbcBatchProcessing(true);
    }
    ProcessEngine engine = config.buildProcessEngine();
    try {
      int perInstance = 10;
      AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess("baseline").camundaHistoryTimeToLive(1).startEvent();
      for (int i = 0; i < perInstance; i++) {
        b = b.userTask("Task_" + i).serviceTask("Service_" + i).camundaExpression("${true}")
            .exclusiveGateway("Gateway_" + i);
      }
      BpmnModelInstance model = b.endEvent().done();
      engine.getRepositoryService().createDeployment().addModelInstance("baseline.bpmn", model).deploy();
      TaskService tasks = engine.getTaskService();
      long start = System.nanoTime();
      int done = 0;
      while (done < userTasks) {
        var pi = engine.getRuntimeService().startProcessInstanceByKey("baseline", "BASE-" + done,
            Variables.putValue("go", true));
        for (int i = 0; i < perInstance && done < userTasks; i++) {
          List<org.camunda.bpm.engine.task.Task> open = tasks.createTaskQuery().processInstanceId(pi.getId()).list();
          var task = open.get(0);
          tasks.claim(task.getId(), "demo");
          tasks.complete(task.getId(), Variables.putValue("value" + i, "x").putValue("go", true));
          done++;
        }
      }
      return (System.nanoTime() - start) / 1e9 / done;
    } finally {
      engine.close();
    }
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  static long peakHeapMb() {
    long sum = 0;
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool);
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1024 * 1024);
  }

  static Duration seconds(double s) {
    return Duration.ofMillis((long) (s * 1000));
  }
}
