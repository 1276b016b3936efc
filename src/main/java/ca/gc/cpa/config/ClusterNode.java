package ca.gc.cpa.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This application as one node of a cluster on one PostgreSQL database.
 * <ul>
 *   <li>The job executor locks jobs under the node's name ({@code cpa.cluster.node-name}), so Cockpit
 *       and the {@code ACT_RU_JOB.LOCK_OWNER_} column say which node holds a job.</li>
 *   <li>Nodes that start at the same time set up one after the other: the engine's schema, the
 *       deployment of the models and the groups, rights and users of {@code IdentitySetup} are each a
 *       series of "create if missing" steps that two nodes must not interleave. A PostgreSQL
 *       session-level advisory lock is held from the engine's first step to the end of the context's
 *       start (H2 is a single-node database: no lock).</li>
 * </ul>
 */
@Component
public class ClusterNode implements ProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);
  /** the advisory lock's key: any number the application uses for nothing else */
  static final long START_LOCK = 0x43504153_54415254L;   // "CPASTART"

  private final DataSource dataSource;
  private final ClusterProperties properties;
  private Connection startLock;

  public ClusterNode(DataSource dataSource, ClusterProperties properties) {
    this.dataSource = dataSource;
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    try {
      Connection connection = dataSource.getConnection();
      if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      long waitStart = System.nanoTime();
      try (var statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
        statement.setLong(1, START_LOCK);
        statement.execute();
      }
      startLock = connection;
      LOG.info("Node {} holds the start lock (waited {} ms)", properties.nodeName(),
          (System.nanoTime() - waitStart) / 1_000_000);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the cluster start lock", e);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(properties.nodeName());
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // the lock stays until the whole context has started (IdentitySetup runs after the engine)
  }

  @EventListener({ContextRefreshedEvent.class, ContextClosedEvent.class})
  public synchronized void releaseStartLock() {
    if (startLock == null) {
      return;
    }
    try (Connection connection = startLock) {
      try (var statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        statement.setLong(1, START_LOCK);
        statement.execute();
      }
      LOG.info("Node {} released the start lock", properties.nodeName());
    } catch (SQLException e) {
      LOG.warn("Could not release the start lock; it goes with the connection", e);
    } finally {
      startLock = null;
    }
  }
}
