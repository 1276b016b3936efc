package ca.gc.cpa.config;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.OnPostgres;
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
    assertThat(jdbc.sql("SELECT current_setting('plan_cache_mode')").query(String.class).single())
        .isEqualTo("force_custom_plan");
    assertThat(jdbc.sql("SELECT current_setting('random_page_cost')").query(String.class).single()).isEqualTo("1.1");
  }
}
