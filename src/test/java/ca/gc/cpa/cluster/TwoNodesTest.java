package ca.gc.cpa.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.intake.IntakeService;
import ca.gc.cpa.intake.NewAssistanceRequest;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.support.EmbeddedPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of the application, each its own Spring context, engine and job lock owner, on one
 * embedded PostgreSQL database: they start at the same time, share the work of timers and async
 * continuations, run every step exactly once and never hand out the same REQ- number.
 */
class TwoNodesTest {

  private static final List<String> MODELS = List.of("assistance-request", MissionProcess.KEY, CandidateSelectionProcess.KEY,
      "officer-deployment", "agency-onboarding");
  private static final int INSTANCES = 40;

  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;
  private static JdbcClient db;

  @BeforeAll
  static void startTwoNodesAtOnce() throws Exception {
    String url = EmbeddedPostgres.newDatabase();
    ExecutorService starter = Executors.newFixedThreadPool(2);
    try {
      Future<ConfigurableApplicationContext> a = starter.submit(() -> ClusterNodes.start(url, "node-a"));
      Future<ConfigurableApplicationContext> b = starter.submit(() -> ClusterNodes.start(url, "node-b"));
      nodeA = a.get();
      nodeB = b.get();
    } finally {
      starter.shutdown();
    }
    DataSource dataSource = nodeA.getBean(DataSource.class);
    ClusterProbe.createTables(dataSource);
    db = JdbcClient.create(dataSource);
    engine(nodeA).getRepositoryService().createDeployment().name("cluster-probe")
        .addModelInstance("cluster-probe.bpmn", ClusterProbe.model("PT1S")).deploy();
  }

  @AfterAll
  static void stop() {
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
  }

  private static ProcessEngine engine(ConfigurableApplicationContext node) {
    return node.getBean(ProcessEngine.class);
  }

  @Test
  void twoNodesStartingAtOnceDeployEachModelOnceAndSetUpUsersOnce() {
    var repository = engine(nodeA).getRepositoryService();
    for (String key : MODELS) {
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).as(key).isEqualTo(1);
    }
    assertThat(engine(nodeB).getRepositoryService().createProcessDefinitionQuery().count())
        .isEqualTo(repository.createProcessDefinitionQuery().count());
    assertThat(engine(nodeA).getIdentityService().createUserQuery().userId("gina").count()).isEqualTo(1);
    assertThat(engine(nodeA).getIdentityService().createGroupQuery().groupId("gac-desk").count()).isEqualTo(1);
    assertThat(db.sql("SELECT COUNT(*) FROM cpa_schema_history WHERE success").query(Long.class).single())
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void requestNumbersNeverCollideAcrossNodes() throws Exception {
    List<CompletableFuture<String>> keys = new ArrayList<>();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      for (int i = 0; i < 30; i++) {
        ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
        NewAssistanceRequest request = new NewAssistanceRequest("CLUSTER-" + i, "UN", "United Nations", "MINUSMA", "ML", 10,
            "FR", true, 12, LocalDate.now().plusMonths(3), true, "Patrol");
        keys.add(CompletableFuture.supplyAsync(() -> node.getBean(IntakeService.class).register(request, "gina").businessKey(), callers));
      }
      Set<String> distinct = new HashSet<>();
      for (CompletableFuture<String> key : keys) {
        distinct.add(key.get());
      }
      assertThat(distinct).hasSize(30).allMatch(k -> k.matches("REQ-\\d{4}-\\d{4}"));
      assertThat(engine(nodeA).getRuntimeService().createProcessInstanceQuery().processDefinitionKey("assistance-request").count())
          .isEqualTo(30);
    } finally {
      callers.shutdown();
    }
  }

  @Test
  void timersAndAsyncContinuationsRunOnBothNodesEachExactlyOnce() {
    for (int i = 0; i < INSTANCES; i++) {
      ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
      engine(node).getRuntimeService().startProcessInstanceByKey(ClusterProbe.PROCESS, "PROBE-" + i);
    }
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
        engine(nodeB).getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ClusterProbe.PROCESS)
            .processInstanceBusinessKeyLike("PROBE-%").finished().count() == INSTANCES);

    // each step of each instance committed exactly once
    List<Map<String, Object>> twice = db.sql("SELECT business_key, step, COUNT(*) n FROM cluster_run "
        + "WHERE business_key LIKE 'PROBE-%' GROUP BY business_key, step HAVING COUNT(*) <> 1").query().listOfRows();
    assertThat(twice).isEmpty();
    assertThat(db.sql("SELECT COUNT(*) FROM cluster_run WHERE business_key LIKE 'PROBE-%'").query(Long.class).single())
        .isEqualTo(3L * INSTANCES);
    // both nodes ran async continuations and both ran timers
    for (String step : List.of(ClusterProbe.FIRST_STEP, ClusterProbe.TIMER, ClusterProbe.SECOND_STEP)) {
      List<String> nodes = db.sql("SELECT DISTINCT node FROM cluster_run WHERE step = ? ORDER BY node").param(step)
          .query(String.class).list();
      assertThat(nodes).as(step).containsExactly("node-a", "node-b");
    }
    // the effect ledger has one row per instance and effect step, by the node that ran it
    List<EffectLedger.Entry> ledger = nodeA.getBean(EffectLedger.class).steps("PROBE-7");
    assertThat(ledger).extracting(EffectLedger.Entry::step).containsExactlyInAnyOrder(ClusterProbe.FIRST_STEP, ClusterProbe.SECOND_STEP);
    assertThat(ledger).extracting(EffectLedger.Entry::node).allMatch(n -> n.equals("node-a") || n.equals("node-b"));
    assertThat(db.sql("SELECT COUNT(*) FROM effect_ledger WHERE business_key LIKE 'PROBE-%'").query(Long.class).single())
        .isEqualTo(2L * INSTANCES);
    System.out.println("CLUSTER two nodes: " + db.sql("SELECT node, step, COUNT(*) FROM cluster_run WHERE business_key LIKE 'PROBE-%' "
        + "GROUP BY node, step ORDER BY node, step").query().listOfRows());
  }

  @Test
  void aFailingStepRetriesOnTheConfiguredCycleThenRaisesAnIncidentAndARetryFromCockpitCompletesIt() {
    String key = "OUTAGE-1"; // not PROBE-%: the timers test counts those
    db.sql("INSERT INTO cluster_outage VALUES (?)").param(key).update();
    String instance = engine(nodeA).getRuntimeService().startProcessInstanceByKey(ClusterProbe.PROCESS, key).getId();
    var management = engine(nodeB).getManagementService();

    Incident incident = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
        engine(nodeB).getRuntimeService().createIncidentQuery().processInstanceId(instance).singleResult(), i -> i != null);
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(ClusterProbe.FIRST_STEP);
    assertThat(incident.getIncidentMessage()).contains("Finance system unavailable").contains(key).contains("Retry the job in Cockpit");
    // R3/PT1S: three attempts in all (the engine counts the first), a second apart, then the incident
    List<java.sql.Timestamp> attempts = db.sql("SELECT at FROM cluster_attempt WHERE business_key = ? ORDER BY at").param(key)
        .query(java.sql.Timestamp.class).list();
    assertThat(attempts).hasSize(3);
    for (int i = 1; i < attempts.size(); i++) {
      assertThat(attempts.get(i).getTime() - attempts.get(i - 1).getTime()).isGreaterThanOrEqualTo(900);
    }
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(job.getRetries()).isZero();
    assertThat(job.getExceptionMessage()).contains("Finance system unavailable");
    assertThat(db.sql("SELECT COUNT(*) FROM effect_ledger WHERE business_key = ?").param(key).query(Long.class).single()).isZero();

    // the finance system is back; Cockpit's "Retry" sets the failed job's retries
    db.sql("DELETE FROM cluster_outage WHERE business_key = ?").param(key).update();
    management.setJobRetries(job.getId(), 1);
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
        engine(nodeA).getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
    assertThat(engine(nodeA).getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(db.sql("SELECT COUNT(*) FROM cluster_run WHERE business_key = ?").param(key).query(Long.class).single()).isEqualTo(3);
    assertThat(nodeA.getBean(EffectLedger.class).steps(key)).hasSize(2);
  }

  @Test
  void onPostgresARepeatedStepInsideAJobsTransactionIsRefusedQuietlyAndTheTransactionGoesOn() {
    EffectLedger ledgerA = nodeA.getBean(EffectLedger.class);
    EffectLedger ledgerB = nodeB.getBean(EffectLedger.class);
    var transaction = new org.springframework.transaction.support.TransactionTemplate(
        nodeB.getBean(org.springframework.transaction.PlatformTransactionManager.class));
    assertThat(ledgerA.firstTime("DEP-2026-0999", "cost-recovery")).isTrue();
    Long afterRefusal = transaction.execute(status -> {
      assertThat(ledgerB.firstTime("DEP-2026-0999", "cost-recovery")).isFalse();
      // a failed INSERT would have aborted the transaction: this statement would then fail
      return db.sql("SELECT COUNT(*) FROM effect_ledger WHERE business_key = 'DEP-2026-0999'").query(Long.class).single();
    });
    assertThat(afterRefusal).isEqualTo(1);
    assertThat(ledgerB.steps("DEP-2026-0999")).singleElement().satisfies(e -> assertThat(e.node()).isEqualTo("node-a"));
  }
}
