package ca.gc.cpa.config;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.OnPostgres;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same checks on a real PostgreSQL through the production profile. */
@OnPostgres
class ApplicationOnPostgresTest extends ApplicationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void theAuthorizationCheckOfTaskQueriesCanBePlannedByIndex() {
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname LIKE 'cpa_stat_auth_perms_%'")
        .query(Long.class).single()).isEqualTo(PostgresEngineStatistics.PERMISSION_BITS.size());
    assertThat(jdbc.sql("SELECT current_setting('random_page_cost')").query(String.class).single()).isEqualTo("1.1");
  }

  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;

  @Test
  void taskQueriesArePlannedForTheirValuesAndTheEnginesOtherStatementsAsPostgreSqlChooses() {
    var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    String[] duringTaskQuery = new String[1];
    new TaskQueryImpl(commands) {
      @Override
      public long executeCount(CommandContext context) {
        duringTaskQuery[0] = planCacheMode(context);
        return 0;
      }
    }.count();
    assertThat(duringTaskQuery[0]).isEqualTo("force_custom_plan");
    assertThat(commands.execute(ApplicationOnPostgresTest::planCacheMode)).isEqualTo("auto");
    assertThat(PostgresTaskQueryPlans.isTaskQuery(new TaskQueryImpl())).isTrue();
    assertThat(PostgresTaskQueryPlans.isTaskQuery(new org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd("f")))
        .isTrue();
    assertThat(PostgresTaskQueryPlans.isTaskQuery(new org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl())).isFalse();
  }

  static String planCacheMode(CommandContext context) {
    try (var statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
        var result = statement.executeQuery("SELECT current_setting('plan_cache_mode')")) {
      result.next();
      return result.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
