package ca.gc.cpa.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The process data of a replay (issue 19's counts), from the engine's tables once the replay is done and from what
 * the {@link VariableCounter} saw during it. The same every run for a seed and a day: the replay is deterministic.
 *
 * <ul>
 *   <li>per process: {@code per_instance}: variables over an instance's life ({@code ACT_HI_VARINST} rows per
 *       {@code ACT_HI_PROCINST} row); {@code per_running_scope}: variables per running execution that holds any
 *       ({@code ACT_RU_VARIABLE} grouped by execution, at the end); {@code per_first_read}: for each running
 *       execution where work waits (one without children: a task, a timer, a message), the variables of it and of
 *       every parent up to the instance, i.e. what the engine loads at the first read of a variable there;
 *       {@code per_scope_read}: during the replay, the rows of each scope load that found variables (every one,
 *       counted by the {@link VariableCounter}; {@code scope_reads} of them);</li>
 *   <li>per user task the replay completed: {@code rows_written}: rows the engine inserted into or updated in
 *       {@code ACT_RU_VARIABLE} (counted at the database: a write undone in the same transaction is none);
 *       {@code rows_loaded}: rows its variable selects returned; {@code detail_rows}: {@code ACT_HI_DETAIL} rows
 *       written (forms' submitted values); {@code scope_loads} and {@code rows_per_scope_load}: the scopes whose
 *       variables were loaded at their first read in a transaction, and their rows on average (every one during
 *       the replay, not a sample).</li>
 * </ul>
 */
final class ProcessData {

  /** one process: variables per instance over its life, per running scope and per first read at the end */
  record PerProcess(String process, int instances, double perInstance, int runningScopes, double perRunningScope,
      int waiting, double perFirstRead, long scopeReads, double perScopeRead) {

    String line() {
      return String.format(Locale.ROOT, "variables: process=%s instances=%d per_instance=%.1f per_running_scope=%.1f"
              + " running_scopes=%d per_first_read=%.1f waiting_executions=%d per_scope_read=%.1f scope_reads=%d",
          process, instances, perInstance, perRunningScope, runningScopes, perFirstRead, waiting, perScopeRead,
          scopeReads);
    }
  }

  /** the replay's whole: rows per user task it completed */
  record Summary(long userTasks, VariableCounter.Counts counts, long detailRows, long historyWrites) {

    String line() {
      return String.format(Locale.ROOT, "variables: %s detail_rows_per_user_task=%.2f", counts.perUserTask(userTasks),
          detailRows / (double) Math.max(1, userTasks));
    }

    /** what the summary is made of: rows by statement, and the history's count of the writes */
    String breakdown() {
      return String.format(Locale.ROOT, "variables by statement (calls/rows): %s; history's writes (ACT_HI_VARINST"
          + " rows + revisions, a write undone in its transaction included): %.2f per user task", by(counts),
          historyWrites / (double) Math.max(1, userTasks));
    }

    private static String by(VariableCounter.Counts counts) {
      List<String> parts = new ArrayList<>();
      counts.calls().forEach((statement, calls) -> parts.add(statement + " " + calls + "/" + counts.rows().get(statement)));
      return String.join(", ", parts);
    }
  }

  private ProcessData() {}

  /** the rows of history tables that count per user task, before a replay */
  record Before(long detailRows, long historyWrites) {
    static Before of(JdbcClient db) {
      return new Before(ProcessData.detailRows(db), ProcessData.historyWrites(db));
    }
  }

  static Summary summary(JdbcClient db, Before before, long userTasks, VariableCounter.Counts counts) {
    return new Summary(userTasks, counts, detailRows(db) - before.detailRows(),
        historyWrites(db) - before.historyWrites());
  }

  private static long detailRows(JdbcClient db) {
    return count(db, "SELECT COUNT(*) FROM ACT_HI_DETAIL");
  }

  /** every process with instances in the history, by key */
  static List<PerProcess> perProcess(JdbcClient db, VariableCounter.Counts counts) {
    Map<String, String> keyOf = new HashMap<>();
    db.sql("SELECT ID_, KEY_ FROM ACT_RE_PROCDEF").query((rs, i) -> keyOf.put(rs.getString(1), rs.getString(2))).list();
    Map<String, Long> scopeReads = new HashMap<>();
    Map<String, Long> scopeRows = new HashMap<>();
    if (counts != null) {
      counts.scopeReads().forEach((definition, n) -> scopeReads.merge(keyOf.get(definition), n, Long::sum));
      counts.scopeRows().forEach((definition, n) -> scopeRows.merge(keyOf.get(definition), n, Long::sum));
    }
    Map<String, Integer> variablesOf = new HashMap<>();
    db.sql("SELECT EXECUTION_ID_, COUNT(*) FROM ACT_RU_VARIABLE WHERE TASK_ID_ IS NULL GROUP BY EXECUTION_ID_")
        .query((rs, i) -> variablesOf.put(rs.getString(1), rs.getInt(2))).list();
    record Execution(String id, String parent, String process) {}
    Map<String, Execution> executions = new HashMap<>();
    db.sql("SELECT E.ID_, E.PARENT_ID_, D.KEY_ FROM ACT_RU_EXECUTION E JOIN ACT_RE_PROCDEF D ON D.ID_ = E.PROC_DEF_ID_")
        .query((rs, i) -> executions.put(rs.getString(1), new Execution(rs.getString(1), rs.getString(2), rs.getString(3))))
        .list();
    Map<String, Integer> children = new HashMap<>();
    executions.values().forEach(e -> {
      if (e.parent() != null) {
        children.merge(e.parent(), 1, Integer::sum);
      }
    });

    List<PerProcess> out = new ArrayList<>();
    db.sql("SELECT P.PROC_DEF_KEY_, COUNT(*), (SELECT COUNT(*) FROM ACT_HI_VARINST V WHERE V.PROC_DEF_KEY_ ="
            + " P.PROC_DEF_KEY_) FROM ACT_HI_PROCINST P GROUP BY P.PROC_DEF_KEY_ ORDER BY P.PROC_DEF_KEY_")
        .query((rs, i) -> {
          String process = rs.getString(1);
          int instances = rs.getInt(2);
          List<Execution> mine = executions.values().stream().filter(e -> e.process().equals(process)).toList();
          int holding = 0;
          long held = 0;
          int waiting = 0;
          long firstRead = 0;
          for (Execution e : mine) {
            int own = variablesOf.getOrDefault(e.id(), 0);
            if (own > 0) {
              holding++;
              held += own;
            }
            if (!children.containsKey(e.id())) {
              waiting++;
              for (Execution up = e; up != null; up = up.parent() == null ? null : executions.get(up.parent())) {
                firstRead += variablesOf.getOrDefault(up.id(), 0);
              }
            }
          }
          long reads = scopeReads.getOrDefault(process, 0L);
          return new PerProcess(process, instances, rs.getLong(3) / (double) instances, holding,
              held / (double) Math.max(1, holding), waiting, firstRead / (double) Math.max(1, waiting), reads,
              scopeRows.getOrDefault(process, 0L) / (double) Math.max(1, reads));
        })
        .list().forEach(out::add);
    return out;
  }

  private static long historyWrites(JdbcClient db) {
    return count(db, "SELECT COUNT(*) + COALESCE(SUM(REV_), 0) FROM ACT_HI_VARINST");
  }

  private static long count(JdbcClient db, String sql) {
    return db.sql(sql).query(Long.class).single();
  }
}
