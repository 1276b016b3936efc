package ca.gc.cpa.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.support.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node in a JVM of its own is killed with SIGKILL while it works through a batch of instances; the
 * other node finishes every instance once the dead node's job locks expire; the killed node restarts
 * and takes its share of new work again. Nothing is lost and no step commits twice.
 */
class NodeCrashTest {

  private static final int BATCH = 60;
  private static final int AFTER_RESTART = 20;

  private final List<Process> children = new ArrayList<>();
  private ConfigurableApplicationContext survivor;

  @AfterEach
  void stop() {
    children.forEach(Process::destroyForcibly);
    if (survivor != null) {
      survivor.close();
    }
  }

  @Test
  void killedNodeLosesAndRepeatsNothingAndRejoins() throws Exception {
    String url = EmbeddedPostgres.newDatabase();
    Process doomed = startSeparateNode(url, "node-x", "first");
    survivor = ClusterNodes.start(url, "node-y");
    awaitReady(doomed, "node-x");
    DataSource dataSource = survivor.getBean(DataSource.class);
    ClusterProbe.createTables(dataSource);
    JdbcClient db = JdbcClient.create(dataSource);
    ProcessEngine engine = survivor.getBean(ProcessEngine.class);

    engine.getRepositoryService().createDeployment().name("cluster-probe")
        .addModelInstance("cluster-probe.bpmn", ClusterProbe.model("PT1S")).deploy();
    for (int i = 0; i < BATCH; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(ClusterProbe.PROCESS, "CRASH-" + i);
    }
    // in the middle of the batch: the separate node has done some of its share
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
        db.sql("SELECT COUNT(*) FROM cluster_attempt WHERE node = 'node-x'").query(Long.class).single() >= 15);
    doomed.destroyForcibly();   // SIGKILL: no shutdown hook, no unlock, connections cut
    assertThat(doomed.waitFor(10, TimeUnit.SECONDS)).isTrue();
    Instant killedAt = Instant.now();
    List<String> lockedByDead = db.sql("SELECT ID_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ = 'node-x'").query(String.class).list();
    long finishedAtKill = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ClusterProbe.PROCESS).finished().count();

    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
        engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ClusterProbe.PROCESS)
            .finished().count() == BATCH);
    long recoverySeconds = Duration.between(killedAt, Instant.now()).toSeconds();

    assertThat(lockedByDead).as("jobs the dead node held when it was killed").isNotEmpty();
    assertThat(finishedAtKill).isLessThan(BATCH);
    for (String job : lockedByDead) {   // the survivor took over every job the dead node held
      assertThat(engine.getManagementService().createJobQuery().jobId(job).count()).isZero();
    }
    assertExactlyOnce(db, "CRASH-%", BATCH);
    long cutOff = db.sql("SELECT COUNT(*) FROM cluster_attempt a WHERE a.node = 'node-x' AND a.business_key LIKE 'CRASH-%' "
        + "AND NOT EXISTS (SELECT 1 FROM cluster_run r WHERE r.business_key = a.business_key AND r.step = a.step AND r.node = 'node-x')")
        .query(Long.class).single();

    // the killed node restarts and rejoins
    Instant restartAt = Instant.now();
    Process reborn = startSeparateNode(url, "node-x", "restart");
    awaitReady(reborn, "node-x");
    long rejoinSeconds = Duration.between(restartAt, Instant.now()).toSeconds();
    for (int i = 0; i < AFTER_RESTART; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(ClusterProbe.PROCESS, "AFTER-" + i);
    }
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
        engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ClusterProbe.PROCESS)
            .finished().count() == BATCH + AFTER_RESTART);
    assertExactlyOnce(db, "AFTER-%", AFTER_RESTART);
    assertThat(db.sql("SELECT COUNT(*) FROM cluster_run WHERE node = 'node-x' AND business_key LIKE 'AFTER-%'")
        .query(Long.class).single()).as("work the restarted node did").isPositive();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();

    List<Map<String, Object>> byNode = db.sql("SELECT node, COUNT(*) runs FROM cluster_run GROUP BY node ORDER BY node").query().listOfRows();
    System.out.printf("CLUSTER crash: jobs locked by the dead node %d, finished at kill %d/%d, steps cut off mid-run %d, "
        + "all finished %d s after the kill (lock time %s ms), restarted node ready in %d s, runs by node %s%n",
        lockedByDead.size(), finishedAtKill, BATCH, cutOff, recoverySeconds, ClusterNodes.LOCK_MILLIS, rejoinSeconds, byNode);
  }

  private static void assertExactlyOnce(JdbcClient db, String keys, int instances) {
    assertThat(db.sql("SELECT business_key, step, COUNT(*) n FROM cluster_run WHERE business_key LIKE ? "
        + "GROUP BY business_key, step HAVING COUNT(*) <> 1").param(keys).query().listOfRows()).isEmpty();
    assertThat(db.sql("SELECT COUNT(*) FROM cluster_run WHERE business_key LIKE ?").param(keys).query(Long.class).single())
        .isEqualTo(3L * instances);
    assertThat(db.sql("SELECT COUNT(*) FROM effect_ledger WHERE business_key LIKE ?").param(keys).query(Long.class).single())
        .isEqualTo(2L * instances);
  }

  private Process startSeparateNode(String url, String node, String run) throws IOException {
    String classpath = plainClasspath();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
        "-cp", classpath, ClusterNodeMain.class.getName(), url, node));
    Path log = Path.of("target", "cluster-" + node + "-" + run + ".log");
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    children.add(process);
    CountDownLatch ready = new CountDownLatch(1);
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
        for (String line; (line = in.readLine()) != null; ) {
          out.println(line);
          if (line.startsWith("NODE READY")) {
            ready.countDown();
          }
        }
      } catch (IOException ignored) {
        // the process was killed
      }
    }, "pump-" + node);
    pump.setDaemon(true);
    pump.start();
    readiness.put(process, ready);
    return process;
  }

  /**
   * This JVM's classpath without empty entries: Surefire's has one, which a child JVM reads as the
   * working directory, so that the application's search for models finds processes/ beside target/classes and
   * the node deploys each model twice.
   */
  private static String plainClasspath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .distinct()
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private final Map<Process, CountDownLatch> readiness = new java.util.concurrent.ConcurrentHashMap<>();

  private void awaitReady(Process process, String node) throws InterruptedException {
    boolean ready = readiness.get(process).await(120, TimeUnit.SECONDS);
    assertThat(ready).as(node + " started (see target/cluster-" + node + "-*.log)").isTrue();
    assertThat(process.isAlive()).isTrue();
  }
}
