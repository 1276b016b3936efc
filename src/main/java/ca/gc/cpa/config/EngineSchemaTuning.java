package ca.gc.cpa.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Statements that help one database plan the engine's queries, run once the engine has made its tables (so
 * after every start; each statement is harmless to repeat), on that database only.
 */
abstract class EngineSchemaTuning extends AbstractProcessEnginePlugin {

  private ProcessEngineConfigurationImpl configuration;

  /** the engine's database type these statements are for ({@code h2}, {@code postgres}) */
  abstract String databaseType();

  abstract List<String> statements();

  /** what a failing statement means for this database */
  abstract void failed(SQLException e);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!databaseType().equals(configuration.getDatabaseType())) {
      return;
    }
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements()) {
        statement.execute(sql);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      failed(e);
    }
  }
}
