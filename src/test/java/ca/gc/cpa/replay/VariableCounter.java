package ca.gc.cpa.replay;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Counts what the engine really does with the rows of {@code ACT_RU_VARIABLE}: the rows each of its variable
 * selects returns (a scope's variables loaded at their first read in a transaction: {@code selectVariablesByExecutionId},
 * a task's own: {@code selectVariablesByTaskId}, variable queries), and the rows it inserts, updates and deletes.
 * A MyBatis interceptor on the engine's executor, added by this engine plugin: for the benchmark's engines only
 * (never in the application's code), it changes nothing the engine does.
 */
@Intercepts({
    @Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
    @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class})})
final class VariableCounter extends AbstractProcessEnginePlugin implements Interceptor {

  /** the MyBatis namespace of the engine's variable statements */
  static final String NAMESPACE = VariableInstanceEntity.class.getName() + ".";
  /** the select that loads one scope's variables, at the scope's first variable access in a transaction */
  static final String SCOPE_LOAD = "selectVariablesByExecutionId";

  /**
   * what was counted: statements run and rows, by statement (without the namespace); {@code scopeReads} and
   * {@code scopeRows}: the scope loads that found variables and their rows, by process definition id
   */
  record Counts(Map<String, Long> calls, Map<String, Long> rows, Map<String, Long> scopeReads,
      Map<String, Long> scopeRows) {

    long rowsLoaded() {
      return sum(rows, "select");
    }

    /** the rows written and loaded, and the scope loads, per user task of a run (the replay's, a baseline's) */
    String perUserTask(long userTasks) {
      double tasks = Math.max(1, userTasks);
      return String.format(java.util.Locale.ROOT, "user_tasks=%d rows_written_per_user_task=%.2f"
              + " rows_loaded_per_user_task=%.2f scope_loads_per_user_task=%.2f rows_per_scope_load=%.2f", userTasks,
          rowsWritten() / tasks, rowsLoaded() / tasks, scopeLoads() / tasks,
          scopeRowsLoaded() / (double) Math.max(1, scopeLoads()));
    }

    long scopeLoads() {
      return calls.getOrDefault(SCOPE_LOAD, 0L);
    }

    long scopeRowsLoaded() {
      return rows.getOrDefault(SCOPE_LOAD, 0L);
    }

    /** rows inserted and updated (an update counts each row it changed) */
    long rowsWritten() {
      return rows.getOrDefault("insertVariableInstance", 0L) + rows.getOrDefault("updateVariableInstance", 0L);
    }

    private static long sum(Map<String, Long> counts, String prefix) {
      return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }
  }

  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rows = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> scopeReads = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> scopeRows = new ConcurrentHashMap<>();

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(this);
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Object result = invocation.proceed();
    String id = ((MappedStatement) invocation.getArgs()[0]).getId();
    if (id.startsWith(NAMESPACE)) {
      String statement = id.substring(NAMESPACE.length());
      long n = result instanceof List<?> list ? list.size() : result instanceof Integer changed ? changed : 0;
      // an update in a batch reports no count until the batch runs: it writes its one row
      if (result instanceof Integer changed && changed < 0) {
        n = 1;
      }
      calls.computeIfAbsent(statement, k -> new LongAdder()).increment();
      rows.computeIfAbsent(statement, k -> new LongAdder()).add(n);
      if (statement.equals(SCOPE_LOAD) && n > 0
          && ((List<?>) result).get(0) instanceof VariableInstanceEntity variable && variable.getProcessDefinitionId() != null) {
        scopeReads.computeIfAbsent(variable.getProcessDefinitionId(), k -> new LongAdder()).increment();
        scopeRows.computeIfAbsent(variable.getProcessDefinitionId(), k -> new LongAdder()).add(n);
      }
    }
    return result;
  }

  /** what was counted since the last {@link #reset} */
  Counts counts() {
    return new Counts(snapshot(calls), snapshot(rows), snapshot(scopeReads), snapshot(scopeRows));
  }

  void reset() {
    calls.clear();
    rows.clear();
    scopeReads.clear();
    scopeRows.clear();
  }

  private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
    Map<String, Long> out = new TreeMap<>();
    counters.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
