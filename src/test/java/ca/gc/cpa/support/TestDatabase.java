package ca.gc.cpa.support;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The business tables (Flyway migrations of src/main/resources/db/migration) in a fresh in-memory H2
 * database, for process tests whose delegates write business records without a Spring context.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static DataSource fresh() {
    var dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:business-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa", "");
    Flyway.configure().dataSource(dataSource).table("cpa_schema_history").load().migrate();
    return dataSource;
  }

  public static JdbcClient freshClient() {
    return JdbcClient.create(fresh());
  }
}
