package ca.gc.cpa.config;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statistics PostgreSQL lacks to plan the engine's authorization checks. Every task query of a user (Tasklist's
 * list and count) joins the tasks with the user's authorizations on {@code RESOURCE_ID_ IN (task id, process
 * definition key, '*')}, filtered by {@code PERMS_ & bit = bit}. Without statistics on those expressions
 * PostgreSQL guesses 0.5% of the rows for each and picks a cross join of every open task with every
 * authorization of the user's groups (the engine writes one per task and candidate group): 1.3 s for a count of
 * 1,140 tasks, growing with the square of the open tasks. With these statistics, a random page cost for SSDs
 * ({@code connection-init-sql} of the postgres profile) and task queries planned for their values
 * ({@link PostgresTaskQueryPlans}: a generic plan of a prepared statement cannot use the statistics) it looks the
 * authorizations up by index per task instead: about 0.1 s. Created once, after the engine made its tables;
 * harmless to repeat; a server older than PostgreSQL 14 (no statistics on expressions) only logs a warning.
 */
public class PostgresEngineStatistics extends EngineSchemaTuning {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresEngineStatistics.class);

  /** the permission bits of reads: READ, READ_TASK, READ_INSTANCE, READ_HISTORY */
  static final List<Integer> PERMISSION_BITS = List.of(2, 64, 512, 4096);

  @Override
  String databaseType() {
    return "postgres";
  }

  @Override
  List<String> statements() {
    List<String> statements = new ArrayList<>();
    for (int bit : PERMISSION_BITS) {
      statements.add("CREATE STATISTICS IF NOT EXISTS CPA_STAT_AUTH_PERMS_" + bit
          + " ON (PERMS_ & " + bit + ") FROM ACT_RU_AUTHORIZATION");
    }
    statements.add("ANALYZE ACT_RU_AUTHORIZATION");
    return statements;
  }

  @Override
  void failed(SQLException e) {
    LOG.warn("No statistics on the engine's authorization permissions (PostgreSQL 14 or later needed): {}",
        e.getMessage());
  }
}
