package ca.gc.cpa.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.replay.MissionSeed;
import ca.gc.cpa.replay.Replay;
import ca.gc.cpa.replay.Scenario;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node in a JVM of its own is killed with SIGKILL in the middle of a replay of the real pipeline; the
 * other node takes over the dead node's jobs once their locks expire and finishes the replay; the killed
 * node restarts and takes its share of new work again. No instance is lost and no effect step runs twice.
 */
class NodeCrashTest {

  private static final int AFTER_RESTART = 20;

  private final List<Process> children = new ArrayList<>();
  private ConfigurableApplicationContext survivor;

  @AfterEach
  void stop() {
    ClockUtil.reset();
    children.forEach(Process::destroyForcibly);
    if (survivor != null) {
      survivor.close();
    }
  }

  private static final String PIPELINE_KEYS = "('assistance-request', 'mission', 'candidate-selection', 'officer-deployment')";
  private static final int REPLAY_MISSIONS = 2;
  private static final int REPLAY_TOURS = 8;
  private static final int KILL_AFTER_TOURS = 2;
  private static final long REPLAY_SEED = 7;
  /** the pipeline's steps with an outside effect and their step in the effect ledger */
  private static final Map<String, String> EFFECT_STEPS = Map.of("Task_StartMission", "mission-started",
      "Task_SendNomination", "nomination-sent/%", "Task_StartDeployment", "deployment-started/%",
      "Task_NotifyPositionFreed", "position-freed", "Task_NotifyPositionFreedOnReplacement", "position-freed",
      "Task_RecoverCosts", "cost-recovery");

  /**
   * node-x, a JVM of its own, replays the real pipeline (2 missions, 8 tours as the target) with its job
   * executor on; it is killed with SIGKILL once some tours have started, effect steps are done and it holds
   * a job lock and an open transaction. node-y, up since the start, takes the dead node's locked jobs once
   * their locks expire, continues the replay to the target, and nothing is lost or done twice; node-x
   * restarts and takes its share of new work.
   * <p>
   * The engine clock is per JVM: the replay moves node-x's clock through months. node-y holds its job executor
   * until the kill (on the wall clock it would see the replay's timers as not due, or, for a replay in the past,
   * fire them all early), then goes on from the dead node's last recorded time, ticking, so the dead node's
   * locks expire after the real lock time. The replay starts tomorrow, so that after the replay every timer of
   * the pipeline lies ahead of the wall clock and the restarted node (wall clock) touches only new work.
   */
  @Test
  void aNodeKilledInTheMiddleOfAReplayLosesNothingRepeatsNoEffectAndRejoins() throws Exception {
    long wallStart = System.nanoTime();
    String url = EmbeddedPostgres.newDatabase();
    LocalDate firstDay = LocalDate.now().plusDays(1);
    Process doomed = startSeparateNode(ClusterReplayMain.class, "replay", url, "node-x", String.valueOf(REPLAY_MISSIONS),
        String.valueOf(REPLAY_TOURS), String.valueOf(REPLAY_SEED), firstDay.toString());
    survivor = ClusterNodes.start(url, "node-y", "--camunda.bpm.job-execution.enabled=false");
    awaitReady(doomed, "node-x");
    double nodesUpSeconds = (System.nanoTime() - wallStart) / 1e9;
    DataSource dataSource = survivor.getBean(DataSource.class);
    JdbcClient db = JdbcClient.create(dataSource);
    ProcessEngine engine = survivor.getBean(ProcessEngine.class);

    // mid-replay: some tours started, then the first moment node-x holds the lock of an effect step's job with a
    // transaction open. node-x is frozen (SIGSTOP) while the test looks, so what it sees is what the kill leaves.
    await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(200)).until(() -> tours(db) >= KILL_AFTER_TOURS);
    long lockedSeen = 0;
    long inFlightSeen = 0;
    long watchUntil = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (true) {
      signal(doomed, "STOP");
      lockedSeen = db.sql("SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION e ON e.ID_ = j.EXECUTION_ID_ "
          + "WHERE j.LOCK_OWNER_ = 'node-x' AND e.ACT_ID_ IN (:steps)").param("steps", EFFECT_STEPS.keySet()).query(Long.class).single();
      inFlightSeen = db.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'node-x' AND xact_start IS NOT NULL")
          .query(Long.class).single();
      if ((lockedSeen > 0 && inFlightSeen > 0) || System.nanoTime() > watchUntil) {
        break;
      }
      signal(doomed, "CONT");
      Thread.sleep(15);
    }
    double watchedSeconds = (System.nanoTime() - (watchUntil - Duration.ofSeconds(40).toNanos())) / 1e9;
    String replayLineAtKill = lastReplayLine.get(doomed);
    assertThat(doomed.isAlive()).isTrue();
    assertThat(replayLineAtKill).as("node-x still replaying").doesNotContain("DONE");
    doomed.destroyForcibly();   // SIGKILL (on the frozen JVM): no shutdown hook, no unlock, connections cut, open transactions rolled back
    assertThat(doomed.waitFor(10, TimeUnit.SECONDS)).isTrue();
    Instant killedAt = Instant.now();
    double killSeconds = (System.nanoTime() - wallStart) / 1e9;

    // what the dead node left behind (committed)
    List<Map<String, Object>> lockedByDead = db.sql("SELECT j.ID_ id, j.LOCK_EXP_TIME_ lock_expiry, j.HANDLER_TYPE_ handler, "
        + "j.PROCESS_DEF_KEY_ process, e.ACT_ID_ activity, p.BUSINESS_KEY_ business_key FROM ACT_RU_JOB j "
        + "LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = j.EXECUTION_ID_ LEFT JOIN ACT_RU_EXECUTION p ON p.ID_ = j.PROCESS_INSTANCE_ID_ "
        + "WHERE j.LOCK_OWNER_ = 'node-x'").query().listOfRows();
    List<String> requestsAtKill = db.sql("SELECT business_key FROM assistance_request").query(String.class).list();
    List<String> instancesAtKill = db.sql("SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ IN " + PIPELINE_KEYS)
        .query(String.class).list();
    long endedAtKill = db.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL AND PROC_DEF_KEY_ IN " + PIPELINE_KEYS)
        .query(Long.class).single();
    int toursAtKill = tours(db);
    long effectsAtKill = db.sql("SELECT COUNT(*) FROM effect_ledger").query(Long.class).single();
    // the dead node's clock when it died: its last recorded step, or later when it locked a job since (lock expiry - lock time)
    Timestamp deadNodeClock = db.sql("SELECT GREATEST((SELECT MAX(GREATEST(START_TIME_, COALESCE(END_TIME_, START_TIME_))) FROM ACT_HI_ACTINST), "
        + "(SELECT MAX(LOCK_EXP_TIME_) - " + ClusterNodes.LOCK_MILLIS + " * INTERVAL '1 millisecond' FROM ACT_RU_JOB WHERE LOCK_OWNER_ = 'node-x'))")
        .query(Timestamp.class).single();
    assertThat(lockedByDead).as("jobs node-x held when it was killed (watched %.1f s)", watchedSeconds).isNotEmpty();
    assertThat(toursAtKill).as("tours at the kill").isBetween(KILL_AFTER_TOURS, REPLAY_TOURS - 1);
    assertThat(effectsAtKill).as("effect steps done at the kill").isPositive();
    assertThat(requestsAtKill).isNotEmpty();

    // node-y's job executor starts on the dead node's clock, ticking: the dead node's locks expire after the lock time
    ClockUtil.offset(deadNodeClock.getTime() - System.currentTimeMillis());
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    assertThat(executor.getLockOwner()).isEqualTo("node-y");
    executor.setLockTimeInMillis(Integer.parseInt(ClusterNodes.LOCK_MILLIS));
    executor.setWaitTimeInMillis(200);
    executor.setMaxWait(500);
    long executorStart = System.nanoTime();
    executor.start();
    Map<String, Date> takenOverAt = new java.util.HashMap<>();
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
      for (Map<String, Object> job : lockedByDead) {
        String id = (String) job.get("id");
        String owner = db.sql("SELECT COALESCE(MAX(LOCK_OWNER_), 'done') FROM ACT_RU_JOB WHERE ID_ = ?").param(id)
            .query(String.class).single();
        if (!owner.equals("node-x")) {
          takenOverAt.putIfAbsent(id, ClockUtil.getCurrentTime());
        }
      }
      return takenOverAt.size() == lockedByDead.size();
    });
    double takeoverSeconds = (System.nanoTime() - executorStart) / 1e9;
    // and ran them (the replay below runs due jobs whatever their lock: it starts once node-y has finished them)
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> lockedByDead.stream().allMatch(job ->
        db.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ = ? AND LOCK_OWNER_ IS NOT NULL").param(job.get("id")).query(Long.class).single() == 0));
    for (Map<String, Object> job : lockedByDead) {   // never before the dead node's lock expired
      assertThat(takenOverAt.get((String) job.get("id"))).as("taken over " + job)
          .isAfterOrEqualTo((Timestamp) job.get("lock_expiry"));
    }

    // node-y goes on with the replay where the dead node stopped (open tasks, due jobs, the missions not yet
    // asked for) up to the tour target
    long replayStart = System.nanoTime();
    LocalDate resumeDay = LocalDate.ofInstant(deadNodeClock.toInstant(), ZoneId.systemDefault()).plusDays(1);
    List<String> asked = db.sql("SELECT mission_name FROM assistance_request").query(String.class).list();
    List<MissionSeed> notYetAsked = MissionSeed.catalogue(REPLAY_MISSIONS, REPLAY_SEED).stream()
        .filter(m -> !asked.contains(m.missionName())).toList();
    var result = survivor.getBean(Replay.class).run(notYetAsked, Math.max(1, REPLAY_TOURS - tours(db)), resumeDay,
        ClusterReplayMain.SPACING, Scenario.realistic(REPLAY_SEED + 1, ClusterReplayMain.MAX_POSITIONS), line -> { });
    double survivorReplaySeconds = (System.nanoTime() - replayStart) / 1e9;
    var management = engine.getManagementService();
    // the replay leaves the clock standing; let it tick on so that a lock node-y's executor lost in a race expires
    ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis());
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> management.createJobQuery().executable().count() == 0
        && db.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL").query(Long.class).single() == 0);
    double recoverySeconds = Duration.between(killedAt, Instant.now()).toMillis() / 1000.0;

    // an effect step the dead node had taken when it died left nothing: node-y did it, once
    int effectStepsCutOff = 0;
    for (Map<String, Object> job : lockedByDead) {
      String step = EFFECT_STEPS.get(String.valueOf(job.get("activity")));
      if (step == null) {
        continue;
      }
      effectStepsCutOff++;
      List<String> nodes = db.sql("SELECT node FROM effect_ledger WHERE business_key = ? AND step LIKE ?")
          .params(job.get("business_key"), step).query(String.class).list();
      assertThat(nodes).as("effect %s of %s, cut off on node-x", step, job.get("business_key")).contains("node-y");
      if (!step.endsWith("%")) {
        assertThat(nodes).as("effect %s of %s", step, job.get("business_key")).containsExactly("node-y");
      }
    }

    assertThat(effectStepsCutOff).as("effect steps node-x held at the kill").isPositive();

    // zero instances lost: every request and every instance of before the kill is there, ended or waiting
    for (String request : requestsAtKill) {
      assertThat(db.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'assistance-request' AND BUSINESS_KEY_ = ?")
          .param(request).query(Long.class).single()).as(request).isEqualTo(1);
    }
    assertThat(db.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ IN (:ids)").param("ids", instancesAtKill)
        .query(Long.class).single()).isEqualTo(instancesAtKill.size());
    List<Map<String, Object>> stuck = db.sql("SELECT pi.ID_, pi.BUSINESS_KEY_ FROM ACT_RU_EXECUTION pi "
        + "WHERE pi.ID_ = pi.PROC_INST_ID_ "
        + "AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ = pi.ID_) "
        + "AND NOT EXISTS (SELECT 1 FROM ACT_RU_JOB j WHERE j.PROCESS_INSTANCE_ID_ = pi.ID_) "
        + "AND NOT EXISTS (SELECT 1 FROM ACT_RU_EVENT_SUBSCR e WHERE e.PROC_INST_ID_ = pi.ID_) "
        + "AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION sub JOIN ACT_RU_EXECUTION sup ON sub.SUPER_EXEC_ = sup.ID_ "
        + "WHERE sup.PROC_INST_ID_ = pi.ID_)").query().listOfRows();
    assertThat(stuck).as("instances waiting on nothing").isEmpty();
    assertThat(db.sql("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_").query(Long.class).single())
        .as("running instances in the runtime and in the history agree")
        .isEqualTo(db.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NULL").query(Long.class).single());
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(management.createJobQuery().withException().count()).isZero();

    // zero effects twice: one ledger row per business key and step, and the business rows agree with the ledger
    assertThat(db.sql("SELECT business_key, step FROM effect_ledger GROUP BY business_key, step HAVING COUNT(*) > 1")
        .query().listOfRows()).isEmpty();
    long missionsStarted = ledger(db, "mission-started");
    assertThat(db.sql("SELECT COUNT(*) FROM mission").query(Long.class).single()).isEqualTo(missionsStarted);
    assertThat(db.sql("SELECT COUNT(DISTINCT request_business_key) FROM mission").query(Long.class).single()).isEqualTo(missionsStarted);
    assertThat(instancesPerKey(db, MissionProcess.KEY)).as("mission instances per business key").containsOnly(1L).hasSize((int) missionsStarted);
    long deploymentsStarted = ledger(db, "deployment-started/%");
    assertThat((long) tours(db)).isEqualTo(deploymentsStarted).isGreaterThanOrEqualTo(REPLAY_TOURS);
    assertThat(db.sql("SELECT COUNT(DISTINCT tour_business_key) FROM nomination").query(Long.class).single()).isEqualTo(deploymentsStarted);
    assertThat(db.sql("SELECT COUNT(*) FROM nomination WHERE tour_business_key IS NOT NULL").query(Long.class).single())
        .isEqualTo(deploymentsStarted);
    assertThat(db.sql("SELECT officer_id FROM tour GROUP BY officer_id, mission_business_key, position_number, rotation HAVING COUNT(*) > 1")
        .query().listOfRows()).as("two tours for one officer's post").isEmpty();
    assertThat(instancesPerKey(db, "officer-deployment")).as("deployment instances per tour").containsOnly(1L).hasSize((int) deploymentsStarted);
    assertThat(db.sql("SELECT COUNT(*) FROM tour_cost_recovery").query(Long.class).single()).isEqualTo(ledger(db, "cost-recovery"));
    assertThat(db.sql("SELECT COUNT(*) FROM tour WHERE position_freed_on IS NOT NULL").query(Long.class).single())
        .isEqualTo(ledger(db, "position-freed"));
    long nominationsSent = ledger(db, "nomination-sent/%");
    long endedNow = db.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL AND PROC_DEF_KEY_ IN " + PIPELINE_KEYS)
        .query(Long.class).single();
    List<Map<String, Object>> effectsByNode = db.sql("SELECT node, COUNT(*) effects FROM effect_ledger GROUP BY node ORDER BY node")
        .query().listOfRows();
    assertThat(db.sql("SELECT COUNT(*) FROM effect_ledger WHERE node = 'node-y'").query(Long.class).single())
        .as("effect steps node-y did after the kill").isPositive();
    ClockUtil.reset();

    // the killed node restarts (wall clock, as in the field) and takes its share of new work
    Instant restartAt = Instant.now();
    Process reborn = startSeparateNode(url, "node-x", "restart");
    awaitReady(reborn, "node-x");
    long rejoinSeconds = Duration.between(restartAt, Instant.now()).toSeconds();
    ClusterProbe.createTables(dataSource);
    engine.getRepositoryService().createDeployment().name("cluster-probe")
        .addModelInstance("cluster-probe.bpmn", ClusterProbe.model("PT1S")).deploy();
    int rejoinInstances = 0;
    long rejoinRuns = 0;
    for (int batch = 0; batch < 3 && rejoinRuns == 0; batch++) {   // a batch or two, until node-x has had its share
      for (int i = 0; i < AFTER_RESTART; i++) {
        engine.getRuntimeService().startProcessInstanceByKey(ClusterProbe.PROCESS, "REJOIN-" + batch + "-" + i);
      }
      rejoinInstances += AFTER_RESTART;
      int expected = rejoinInstances;
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
          engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ClusterProbe.PROCESS)
              .finished().count() == expected);
      rejoinRuns = db.sql("SELECT COUNT(*) FROM cluster_run WHERE node = 'node-x'").query(Long.class).single();
    }
    assertExactlyOnce(db, "REJOIN-%", rejoinInstances);
    assertThat(rejoinRuns).as("jobs the restarted node ran").isPositive();
    assertThat(db.sql("SELECT COUNT(*) FROM effect_ledger WHERE node = 'node-x' AND business_key LIKE 'REJOIN-%'")
        .query(Long.class).single()).isPositive();

    System.out.printf("CLUSTER replay crash: killed at %d/%d tours (%s), %d requests, %d pipeline instances (%d ended), "
        + "%d effect steps; node-x held %d job locks %s (%d in effect steps) and %d open transactions (watched %.1f s); node-y took them over %.1f s after its "
        + "job executor started (lock time %s ms), went on with the replay (%d more tours, %d user tasks), all done "
        + "%.1f s after the kill (replay %.1f s): %d pipeline instances (%d ended), %d tours, %d missions, %d nominations sent, "
        + "effects by node %s, none twice; node-x restarted in %d s and ran %d of %d new steps; wall %.0f s (both nodes up %.0f s, kill at %.0f s)%n",
        toursAtKill, REPLAY_TOURS, replayLineAtKill, requestsAtKill.size(), instancesAtKill.size(), endedAtKill,
        effectsAtKill, lockedByDead.size(), lockedByDead.stream().map(j -> j.get("business_key") + ":" + j.get("activity") + "(" + j.get("handler") + ")").toList(),
        effectStepsCutOff, inFlightSeen, watchedSeconds, takeoverSeconds, ClusterNodes.LOCK_MILLIS, result.tours(), result.userTasks(),
        recoverySeconds, survivorReplaySeconds,
        db.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ IN " + PIPELINE_KEYS).query(Long.class).single(), endedNow,
        tours(db), missionsStarted, nominationsSent, effectsByNode, rejoinSeconds, rejoinRuns, 3 * rejoinInstances,
        (System.nanoTime() - wallStart) / 1e9, nodesUpSeconds, killSeconds);
  }

  /** sends a signal to a child JVM: STOP freezes it, CONT lets it go on */
  private static void signal(Process process, String signal) throws IOException, InterruptedException {
    int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor();
    assertThat(exit).as("kill -%s %d", signal, process.pid()).isZero();
  }

  private static int tours(JdbcClient db) {
    return db.sql("SELECT COUNT(*) FROM tour").query(Integer.class).single();
  }

  private static long ledger(JdbcClient db, String stepLike) {
    return db.sql("SELECT COUNT(*) FROM effect_ledger WHERE step LIKE ?").param(stepLike).query(Long.class).single();
  }

  private static List<Long> instancesPerKey(JdbcClient db, String processKey) {
    return db.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? GROUP BY BUSINESS_KEY_").param(processKey)
        .query(Long.class).list();
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
    return startSeparateNode(ClusterNodeMain.class, run, url, node);
  }

  /** a JVM of its own running {@code main} with {@code args} (the database url, the node name, ...) */
  private Process startSeparateNode(Class<?> main, String run, String... args) throws IOException {
    String node = args[1];
    String classpath = plainClasspath();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
        "-cp", classpath, main.getName()));
    command.addAll(List.of(args));
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
          if (line.startsWith("REPLAY ")) {
            lastReplayLine.put(process, line);
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

  private final Map<Process, String> lastReplayLine = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Process, CountDownLatch> readiness = new java.util.concurrent.ConcurrentHashMap<>();

  private void awaitReady(Process process, String node) throws InterruptedException {
    boolean ready = readiness.get(process).await(120, TimeUnit.SECONDS);
    assertThat(ready).as(node + " started (see target/cluster-" + node + "-*.log)").isTrue();
    assertThat(process.isAlive()).isTrue();
  }
}
