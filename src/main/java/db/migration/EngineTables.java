package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Whether the engine's tables exist yet: a migration that carries running instances' variables over to the business
 * tables has nothing to do on a new database (the engine creates its tables after the business tables).
 */
final class EngineTables {

  private EngineTables() {}

  /** H2 keeps unquoted names in upper case, PostgreSQL in lower case */
  static boolean exist(Connection connection) throws SQLException {
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
