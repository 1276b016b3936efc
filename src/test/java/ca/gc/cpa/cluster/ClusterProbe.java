package ca.gc.cpa.cluster;

import ca.gc.cpa.domain.EffectLedger;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workload of the cluster tests: a process {@code cluster-probe} with an async step, a timer and a
 * second async step, whose steps record in the shared database which node ran them:
 * <ul>
 *   <li>{@code cluster_attempt}: every attempt, written at once on its own connection (survives a crash
 *       and a rollback: it shows a step that was cut off in the middle);</li>
 *   <li>{@code cluster_run}: every run that committed, written in the job's own transaction with no
 *       unique key, so a step the engine ran twice would show twice;</li>
 *   <li>the production {@link EffectLedger} (unique business key and step).</li>
 * </ul>
 * A step fails while its business key is listed in {@code cluster_outage} (an outside system down).
 * Registered as bean {@code clusterProbe} by {@link ClusterNodes}; not a component, so that the
 * application's own tests never see it.
 */
public class ClusterProbe implements JavaDelegate, ExecutionListener {

  public static final String PROCESS = "cluster-probe";
  public static final String FIRST_STEP = "Task_SendFirstNotice";
  public static final String TIMER = "Event_NoticePeriodOver";
  public static final String SECOND_STEP = "Task_ReimburseService";

  private final ConfigurableApplicationContext context;
  private final String node;
  private final long stepMillis;

  public ClusterProbe(ConfigurableApplicationContext context, String node, long stepMillis) {
    this.context = context;
    this.node = node;
    this.stepMillis = stepMillis;
  }

  /** the probe's model, built in code (never a file: the application would deploy it) */
  public static BpmnModelInstance model(String timerDuration) {
    return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent("Event_ProbeStarted")
        .serviceTask(FIRST_STEP).camundaAsyncBefore().camundaDelegateExpression("${clusterProbe}")
        .intermediateCatchEvent(TIMER).timerWithDuration(timerDuration)
          .camundaExecutionListenerDelegateExpression("end", "${clusterProbe}")
        .serviceTask(SECOND_STEP).camundaAsyncBefore().camundaDelegateExpression("${clusterProbe}")
        .endEvent("Event_ProbeDone")
        .done();
  }

  /** the test tables, created once per database */
  public static void createTables(DataSource dataSource) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("CREATE TABLE IF NOT EXISTS cluster_attempt (business_key VARCHAR(100), step VARCHAR(100), node VARCHAR(100), at TIMESTAMP)").update();
    jdbc.sql("CREATE TABLE IF NOT EXISTS cluster_run (business_key VARCHAR(100), step VARCHAR(100), node VARCHAR(100), at TIMESTAMP)").update();
    jdbc.sql("CREATE TABLE IF NOT EXISTS cluster_outage (business_key VARCHAR(100) PRIMARY KEY)").update();
  }

  @Override
  public void execute(DelegateExecution execution) {
    run(execution, true);
  }

  @Override
  public void notify(DelegateExecution execution) {
    run(execution, false);
  }

  private void run(DelegateExecution execution, boolean effect) {
    DataSource dataSource = context.getBean(DataSource.class);
    String businessKey = execution.getProcessBusinessKey();
    String step = execution.getCurrentActivityId();
    try (Connection own = dataSource.getConnection()) {   // outside the job's transaction
      own.setAutoCommit(true);
      try (var insert = own.prepareStatement("INSERT INTO cluster_attempt VALUES (?, ?, ?, ?)")) {
        insert.setString(1, businessKey);
        insert.setString(2, step);
        insert.setString(3, node);
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    JdbcClient jdbc = JdbcClient.create(dataSource);   // joins the job's transaction
    if (jdbc.sql("SELECT COUNT(*) FROM cluster_outage WHERE business_key = ?").param(businessKey).query(Long.class).single() > 0) {
      throw new IllegalStateException("Finance system unavailable: the reimbursement for " + businessKey
          + " was not sent. Retry the job in Cockpit once the finance system is back.");
    }
    sleep();
    jdbc.sql("INSERT INTO cluster_run VALUES (?, ?, ?, ?)").params(businessKey, step, node, Timestamp.from(Instant.now())).update();
    if (effect) {
      context.getBean(EffectLedger.class).firstTime(businessKey, step);
    }
  }

  private void sleep() {
    try {
      Thread.sleep(stepMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** the node's engine, for tests */
  public ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }
}
