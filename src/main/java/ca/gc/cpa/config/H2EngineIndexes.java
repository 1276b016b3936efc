package ca.gc.cpa.config;

import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Indexes the engine's H2 schema lacks for this application's load (PostgreSQL plans these queries well
 * without them). H2 answers "the process-level variables of one execution", which the engine asks for at
 * every form read and every expression, through the index on {@code (TASK_ID_, NAME_, TYPE_)} with
 * {@code TASK_ID_ IS NULL}: a scan of every process variable of every running instance, growing with the
 * work in progress. An index led by the execution makes it a lookup. Created once, after the engine made its
 * tables; harmless to repeat.
 */
public class H2EngineIndexes extends EngineSchemaTuning {

  static final List<String> INDEXES = List.of(
      "CREATE INDEX IF NOT EXISTS CPA_IDX_VARIABLE_EXECUTION ON ACT_RU_VARIABLE(EXECUTION_ID_, TASK_ID_, NAME_)");

  @Override
  String databaseType() {
    return "h2";
  }

  @Override
  List<String> statements() {
    return INDEXES;
  }

  @Override
  void failed(SQLException e) {
    throw new ProcessEngineException("Cannot create the H2 indexes of the engine's tables", e);
  }
}
