package ca.gc.cpa.cluster;

import ca.gc.cpa.CpaApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one node of the application on a shared PostgreSQL database: production profile
 * {@code postgres} (with the demo users), no web server (the web apps' filter registry is JVM-wide),
 * an engine name and a job lock owner of its own, a short job lock time so a survivor takes over a dead
 * node's jobs quickly, a short retry cycle, and the {@link ClusterProbe} workload.
 */
final class ClusterNodes {

  static final String LOCK_MILLIS = "5000";
  static final String RETRY_CYCLE = "R3/PT1S";
  static final long STEP_MILLIS = 150;

  private ClusterNodes() {}

  /** the arguments of a node, shared by the in-JVM nodes and the separate-JVM node */
  static List<String> arguments(String databaseUrl, String node, String... extra) {
    Map<String, String> properties = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(List.of(
        "--spring.profiles.active=postgres,demo",
        "--spring.main.web-application-type=none",
        "--spring.datasource.url=" + databaseUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--spring.datasource.hikari.data-source-properties.ApplicationName=" + node,   // pg_stat_activity says which node
        "--camunda.bpm.process-engine-name=" + node.replace("-", ""),   // engine names have no hyphen
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
        "--cpa.cluster.node-name=" + node,
        "--cpa.cluster.retry-cycle=" + RETRY_CYCLE,
        "--cpa.replay.pause-job-executor=false",   // a replaying node's job executor shares the work
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=500",
        "--camunda.bpm.job-execution.core-pool-size=3",
        "--camunda.bpm.job-execution.max-pool-size=3",
        "--logging.level.root=WARN",
        "--logging.level.ca.gc.cpa.config.ClusterNode=INFO"));
    all.addAll(List.of(extra));   // a later argument replaces an earlier one with the same name
    for (String arg : all) {
      properties.put(arg.substring(0, arg.indexOf('=')), arg);
    }
    return new ArrayList<>(properties.values());
  }

  static ConfigurableApplicationContext start(String databaseUrl, String node, String... extra) {
    return new SpringApplicationBuilder(CpaApplication.class)
        .web(WebApplicationType.NONE)
        .listeners(new TakeLoggingTurn(), new GiveLoggingTurn())
        .initializers(context -> context.getBeanFactory()
            .registerSingleton("clusterProbe", new ClusterProbe(context, node, STEP_MILLIS)))
        .run(arguments(databaseUrl, node, extra).toArray(String[]::new));
  }

  /**
   * Spring Boot sets up Logback, which is one per JVM, at the start of every context: two nodes starting at
   * the same time in one JVM take turns there, or one may fail with "Unable to find Spring Environment in
   * logger context". The rest of their start (the engine, the start lock) still runs at the same time.
   */
  private static final ReentrantLock LOGGING_SETUP = new ReentrantLock();

  /** takes the turn first thing at a node's start */
  private record TakeLoggingTurn() implements ApplicationListener<ApplicationStartingEvent>, Ordered {
    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
      LOGGING_SETUP.lock();
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  /** gives it back once Spring Boot's logging listener has set up logging, or the start failed */
  private record GiveLoggingTurn() implements ApplicationListener<SpringApplicationEvent>, Ordered {
    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
      if ((event instanceof ApplicationEnvironmentPreparedEvent || event instanceof ApplicationFailedEvent)
          && LOGGING_SETUP.isHeldByCurrentThread()) {
        LOGGING_SETUP.unlock();
      }
    }

    @Override
    public int getOrder() {
      return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
  }
}
