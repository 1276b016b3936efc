package ca.gc.cpa.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Remembers which steps with an outside effect already ran, per business key and step, so that a
 * retried job, a job another cluster node takes over after a crash, or a token moved back in Cockpit
 * never repeats the effect. The table's unique constraint decides (never check-then-insert); the row is
 * written in the job's own transaction, so a step that fails leaves no row and runs again.
 */
@Component
public class EffectLedger {

  /** one row of the ledger */
  public record Entry(String businessKey, String step, LocalDateTime doneAt, String node) {}

  private final JdbcClient jdbc;
  private final boolean postgres;
  private final String node;

  /** @param node this node's name ({@code cpa.cluster.node-name}), written with each step it did */
  public EffectLedger(DataSource dataSource, @Value("${cpa.cluster.node-name}") String node) {
    this.jdbc = JdbcClient.create(dataSource);
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
      this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell the database of the effect ledger", e);
    }
    this.node = node;
  }

  /**
   * Records the step for this business key and says whether this is the first time: {@code true} means
   * "do the effect now", {@code false} means it was done before (by this or another node).
   */
  public boolean firstTime(String businessKey, String step) {
    if (postgres) {
      // a failed INSERT would abort PostgreSQL's whole transaction (the job's): let the constraint say no quietly
      return jdbc.sql("INSERT INTO effect_ledger (business_key, step, done_at, node) VALUES (?, ?, ?, ?) "
              + "ON CONFLICT ON CONSTRAINT effect_ledger_once DO NOTHING")
          .params(businessKey, step, LocalDateTime.now(), node).update() == 1;
    }
    try {
      jdbc.sql("INSERT INTO effect_ledger (business_key, step, done_at, node) VALUES (?, ?, ?, ?)")
          .params(businessKey, step, LocalDateTime.now(), node).update();
      return true;
    } catch (DuplicateKeyException alreadyDone) {
      return false;
    }
  }

  /** the steps done for one business key, oldest first */
  public List<Entry> steps(String businessKey) {
    return jdbc.sql("SELECT business_key, step, done_at, node FROM effect_ledger WHERE business_key = ? ORDER BY done_at, step")
        .param(businessKey)
        .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(), rs.getString(4)))
        .list();
  }

  public String node() {
    return node;
  }
}
