package ca.gc.cpa.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The baseline walks the shape it is given: measured back from the bare engine's own history, a shape comes out
 * as it went in (a person's start, assigned and scoped user tasks, the variables of the instance and of its
 * scopes with their updates), untuned and tuned (authorization on: the people may start what they start).
 */
class BaselineTest {

  /** two instances, each: a person's start with 2 values, 3 user tasks (1 assigned, 2 in scopes), 2 scopes */
  static final Baseline.Shape SHAPE = new Baseline.Shape("probe", 2, 2, 4, 6, 2, 4, 4, 2, 4, 2, 2, 10, 4, 6, 4);

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theShapeMeasuredFromTheWalksHistoryIsTheShapeWalked(boolean tuned) {
    String url = tuned ? ReplayBenchmark.applicationH2Url(dir.resolve("tuned").resolve("engine")) : null;
    VariableCounter counter = new VariableCounter();
    Baseline.Walked walked = Baseline.walk(dir.resolve("untuned"), url, List.of(SHAPE), tuned, List.of(counter));
    assertThat(walked.userTasks()).isEqualTo(SHAPE.userTasks());
    assertThat(counter.counts().rowsLoaded()).as("the tasks read their scopes' variables").isPositive();

    // one connection for all the reads: H2 would otherwise close and reopen the file database for each of them
    try (var source = new SingleConnectionDataSource(tuned ? url : "jdbc:h2:file:" + dir.resolve("untuned")
        .resolve("engine").toAbsolutePath(), "sa", "", true)) {
      measuredBack(JdbcClient.create(source));
    }
  }

  private static void measuredBack(JdbcClient db) {
    String key = db.sql("SELECT DISTINCT PROC_DEF_KEY_ FROM ACT_HI_PROCINST").query(String.class).single();
    assertThat(db.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE START_USER_ID_ = ?").param(Baseline.USER)
        .query(Integer.class).single()).as("started by the person").isEqualTo(SHAPE.starts());
    Baseline.Shape measured = Baseline.measure(db, List.of(key),
        Map.of(key, (long) SHAPE.timers() + SHAPE.asyncJobs())).get(0);
    // a start form's values are in the history as the form's only when submitted through a form: the baseline
    // starts through the API with as many values
    assertThat(measured).isEqualTo(new Baseline.Shape(key, SHAPE.instances(), 0, 0, SHAPE.userTasks(),
        SHAPE.assignedTasks(), SHAPE.scopedTasks(), SHAPE.serviceTasks(), SHAPE.gateways(), SHAPE.scopes(),
        SHAPE.timers(), SHAPE.asyncJobs(), SHAPE.instanceVariables(), SHAPE.instanceUpdates(), SHAPE.scopeVariables(),
        SHAPE.scopeUpdates()));
  }
}
