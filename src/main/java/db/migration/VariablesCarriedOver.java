package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A migration that carries what running instances held as process variables over to the business tables: one
 * update reading the engine's {@code ACT_RU_VARIABLE}. Nothing to do on a database without the engine's tables yet
 * (a new one: the engine creates them after the business tables).
 */
abstract class VariablesCarriedOver extends BaseJavaMigration {

  /** the update that reads the running instances' variables */
  protected abstract String update();

  @Override
  public void migrate(Context context) throws SQLException {
    if (!engineTablesExist(context.getConnection())) {
      return;
    }
    new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)).update(update());
  }

  /** H2 keeps unquoted names in upper case, PostgreSQL in lower case */
  private static boolean engineTablesExist(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String spelled : new String[] {"ACT_RU_VARIABLE", "act_ru_variable"}) {
      try (ResultSet tables = meta.getTables(null, null, spelled, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
