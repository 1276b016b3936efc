package ca.gc.cpa.replay;

import ca.gc.cpa.CpaApplication;
import ca.gc.cpa.config.H2FileCompaction;
import ca.gc.cpa.identity.AccessMatrix;
import ca.gc.cpa.support.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The replay as a benchmark ({@code ./mvnw -Pbenchmark verify -DskipTests}, or {@code -Dbenchmark.tours=…}): the
 * application on an H2 file and on embedded PostgreSQL, then in the same JVM a baseline on the bare engine.
 * Prints wall time, user tasks, user tasks/s, flow nodes/s and peak heap; the last line sums it up.
 *
 * <p>The baseline ({@link Baseline}) runs the replay's own shapes, measured from its H2 history, on a bare engine
 * with no-op steps: untuned (the starter's defaults) and tuned (the project's engine settings). A ratio is the
 * replay's time per user task on H2 over the baseline's.
 *
 * <p>After each replay the process data ({@link ProcessData}): lines {@code variables: process=…} (per process) and
 * {@code variables: user_tasks=…} (per user task, from the rows the engine loaded and wrote, counted by a
 * {@link VariableCounter}; {@code -Dbenchmark.countVariables=false} leaves it out), and the baselines' rows per user
 * task. {@code -Dbenchmark.jfr=<directory>} records the replays and the baselines with Java Flight Recorder.
 */
public final class ReplayBenchmark {

  private ReplayBenchmark() {}

  /** {@code variables}: the process data of the replay, per process; {@code summary}: per user task (null uncounted) */
  record Run(Replay.Result result, long peakHeapMb, List<Baseline.Shape> shapes, List<ProcessData.PerProcess> variables,
      ProcessData.Summary summary, double cpuSeconds) {}

  /**
   * the processes the replay works, whose shapes the baseline runs: the pipeline's, and the events people bring in
   * the months abroad through start forms (their user tasks count in the replay's)
   */
  static final List<String> PROCESSES = AccessMatrix.PROCESSES.stream()
      .filter(key -> !key.equals(AccessMatrix.AGENCY_ONBOARDING)).toList();

  public static void main(String[] args) throws Exception {
    int tours = Integer.getInteger("benchmark.tours", 100);
    int missions = Integer.getInteger("benchmark.missions", 3);
    long seed = Long.getLong("benchmark.seed", 2006);
    // h2 (with the baseline) or pg alone, for profiling; both by default
    String only = System.getProperty("benchmark.only", "");
    if (Boolean.getBoolean("benchmark.pgStatements")) {
      System.setProperty(EmbeddedPostgres.STATEMENTS, "true");
    }
    Path dir = Path.of("target", "benchmark", String.valueOf(System.currentTimeMillis()));

    String h2Url = applicationH2Url(dir.resolve("cpa"));
    Run h2 = only.equals("pg") ? null : replay(tours, missions, seed, h2Url, "sa", "", "demo");
    if (h2 != null) {
      print("h2", h2);
      // the file the replay left, and what compacting it (as the demo-data command does) gives back
      H2FileCompaction.compact(h2Url, "sa", "").ifPresent(compacted -> System.out.println("h2 file: " + compacted));
    }
    String pgUrl = only.equals("h2") ? null
        : withOptions(EmbeddedPostgres.newDatabase(), System.getProperty("benchmark.pgUrlOptions", ""));
    Run pg = pgUrl == null ? null : replay(tours, missions, seed, pgUrl, "postgres", "postgres", "postgres,demo");
    if (pg != null) {
      print("pg", pg);
    }
    if (h2 == null) {
      System.exit(0);
    }

    h2.shapes().forEach(shape -> System.out.println("baseline shape: " + shape));
    Baseline.Walked untunedWalk = baseline("untuned", dir, null, h2.shapes());
    Baseline.Walked tunedWalk = baseline("tuned", dir, applicationH2Url(dir.resolve("tuned").resolve("engine")), h2.shapes());
    double untuned = untunedWalk.secondsPerUserTask();
    double tuned = tunedWalk.secondsPerUserTask();
    double ours = h2.result().wall().toMillis() / 1000.0 / h2.result().userTasks();
    System.out.printf(Locale.ROOT, "baseline (bare engine, H2 file, the replay's shapes): untuned %.1f user tasks/s,"
        + " tuned %.1f user tasks/s; the replay on H2: %.1f user tasks/s%n", 1 / untuned, 1 / tuned, 1 / ours);
    // on a shared machine the wall times follow the load of the moment; process CPU per user task much less so
    double ourCpu = h2.cpuSeconds() / h2.result().userTasks();
    System.out.printf(Locale.ROOT, "cpu per user task (process, all threads): replay on H2 %.1f ms, baseline untuned"
            + " %.1f ms, tuned %.1f ms: cpu_ratio_untuned=%.2f cpu_ratio_tuned=%.2f%n", ourCpu * 1000,
        untunedWalk.cpuSecondsPerUserTask() * 1000, tunedWalk.cpuSecondsPerUserTask() * 1000,
        ourCpu / untunedWalk.cpuSecondsPerUserTask(), ourCpu / tunedWalk.cpuSecondsPerUserTask());
    long peak = Math.max(h2.peakHeapMb(), pg == null ? 0 : pg.peakHeapMb());
    System.out.printf(Locale.ROOT,
        "replay: tours=%d missions=%d user_tasks=%d h2_s=%.1f h2_tasks_per_s=%.1f pg_s=%.1f pg_tasks_per_s=%.1f"
            + " ratio_untuned=%.2f ratio_tuned=%.2f peak_heap_mb=%d%n",
        h2.result().tours(), h2.result().missions(), h2.result().userTasks(), h2.result().wall().toMillis() / 1000.0,
        h2.result().userTasksPerSecond(), pg == null ? Double.NaN : pg.result().wall().toMillis() / 1000.0,
        pg == null ? Double.NaN : pg.result().userTasksPerSecond(), ours / untuned, ours / tuned, peak);
    System.exit(0);
  }

  /** the baseline's walk (tuned with the application's H2 URL), its variable rows printed */
  static Baseline.Walked baseline(String name, Path dir, String h2Url, List<Baseline.Shape> shapes) {
    VariableCounter counter = countVariables() ? new VariableCounter() : null;
    Baseline.Walked walked = recorded("baseline-" + name, () -> Baseline.walk(dir.resolve(name), h2Url, shapes,
        h2Url != null, counter == null ? List.of() : List.of(counter)));
    if (counter != null) {
      System.out.println("baseline " + name + " variables: " + counter.counts().perUserTask(walked.userTasks()));
    }
    return walked;
  }

  static boolean countVariables() {
    return Boolean.parseBoolean(System.getProperty("benchmark.countVariables", "true"));
  }

  /** the application's own H2 URL (application.yaml, settings included), on a file of the benchmark's */
  public static String applicationH2Url(Path file) {
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
    run.variables().forEach(p -> System.out.println(db + " " + p.line()));
    if (run.summary() != null) {
      System.out.println(db + " " + run.summary().line());
      System.out.println(db + " " + run.summary().breakdown());
    }
  }

  static Run replay(int tours, int missions, long seed, String url, String user, String password, String profiles) {
    resetPeaks();
    List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password, "--server.port=0", "--logging.level.root=WARN"));
    String extra = System.getProperty("benchmark.args", "");
    if (!extra.isBlank()) {
      args.addAll(List.of(extra.trim().split("\\s+")));
    }
    // the engine's variable rows counted (an engine plugin of the benchmark's context only)
    VariableCounter counter = countVariables() ? new VariableCounter() : null;
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CpaApplication.class)
        .profiles(profiles.split(","))
        .initializers(context -> {
          if (counter != null) {
            context.getBeanFactory().registerSingleton("benchmarkVariableCounter", counter);
          }
        })
        .run(args.toArray(String[]::new))) {
      Replay replay = app.getBean(Replay.class);
      var p = app.getBean(ReplayProperties.class);
      JdbcClient db = JdbcClient.create(app.getBean(DataSource.class));
      boolean statements = profiles.contains("postgres") && Boolean.getBoolean(EmbeddedPostgres.STATEMENTS);
      if (statements) {
        db.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
        db.sql("SELECT pg_stat_statements_reset()").query((rs, i) -> 1).list();
      }
      ProcessData.Before before = counter == null ? null : ProcessData.Before.of(db);
      if (counter != null) {
        counter.reset();
      }
      long cpu = processCpuNanos();
      Replay.Result result = recorded("replay-" + (profiles.contains("postgres") ? "pg" : "h2"), () -> replay.run(
          MissionSeed.catalogue(missions, seed), tours, LocalDate.now().minusYears(p.years()), p.spacing(),
          Scenario.realistic(seed, p.maxPositions()), line -> System.out.print("\r" + line)));
      double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
      System.out.println();
      if (statements) {
        printStatements(db);
      }
      VariableCounter.Counts counts = counter == null ? null : counter.counts();
      ProcessData.Summary summary = counts == null ? null : ProcessData.summary(db, before, result.userTasks(), counts);
      List<Baseline.Shape> shapes = Baseline.measure(db, PROCESSES, result.jobs());
      System.out.println("fingerprint of the tours (the same for the same seed): " + replay.fingerprint());
      System.out.printf(Locale.ROOT, "cpu: %.1f s for the process (all threads) during the replay%n", cpuSeconds);
      ClockUtil.reset();
      return new Run(result, peakHeapMb(), shapes, ProcessData.perProcess(db, counts), summary, cpuSeconds);
    }
  }

  /**
   * {@code work}, recorded by Java Flight Recorder (settings "profile") into {@code <benchmark.jfr>/<name>.jfr} when
   * {@code -Dbenchmark.jfr=<directory>} is given
   */
  static <T> T recorded(String name, java.util.function.Supplier<T> work) {
    String dir = System.getProperty("benchmark.jfr", "");
    if (dir.isBlank()) {
      return work.get();
    }
    try (var recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
      recording.setName(name);
      recording.start();
      try {
        return work.get();
      } finally {
        recording.stop();
        Path file = Path.of(dir).toAbsolutePath().resolve(name + ".jfr");
        java.nio.file.Files.createDirectories(file.getParent());
        recording.dump(file);
        System.out.println("flight recording: " + file);
      }
    } catch (java.io.IOException | java.text.ParseException e) {
      throw new IllegalStateException("Cannot record " + name, e);
    }
  }

  /** the server's statements that took the most time during the replay (pg_stat_statements) */
  static void printStatements(JdbcClient db) {
    System.out.println("PostgreSQL statements by total time (calls, total s, mean ms, statement):");
    db.sql("SELECT calls, total_exec_time, mean_exec_time, query FROM pg_stat_statements"
            + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " ORDER BY total_exec_time DESC LIMIT 15")
        .query((rs, i) -> {
          String sql = rs.getString(4).replaceAll("\\s+", " ");
          return String.format(Locale.ROOT, "  %8d %8.1f %8.2f  %s", rs.getLong(1), rs.getDouble(2) / 1000,
              rs.getDouble(3), sql.substring(0, Math.min(160, sql.length())));
        })
        .list().forEach(System.out::println);
    db.sql("SELECT SUM(calls), SUM(total_exec_time) FROM pg_stat_statements"
            + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")
        .query((rs, i) -> String.format(Locale.ROOT, "  all statements: %d calls, %.1f s of server time",
            rs.getLong(1), rs.getDouble(2) / 1000)).list().forEach(System.out::println);
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** the largest heap in use, sampled every 50 ms by a daemon thread (reset before each replay) */
  private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

  static {
    Thread sampler = new Thread(() -> {
      var memory = ManagementFactory.getMemoryMXBean();
      while (true) {
        PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static void resetPeaks() {
    System.gc();
    PEAK.set(0);
  }

  static long peakHeapMb() {
    return PEAK.get() / (1024 * 1024);
  }

  /** the JDBC URL with the driver's options to measure (e.g. {@code reWriteBatchedInserts=true}), if any */
  static String withOptions(String url, String options) {
    return options.isBlank() ? url : url + (url.contains("?") ? "&" : "?") + options;
  }
}
