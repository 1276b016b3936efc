package ca.gc.cpa.domain;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The early returns of officers serving abroad (table tour_early_return).
 */
@Repository
public class TourEarlyReturnRepository {

  private final JdbcClient jdbc;

  public TourEarlyReturnRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean earlyReturnRecorded(String tourBusinessKey) {
    return jdbc.sql("SELECT COUNT(*) FROM tour_early_return WHERE tour_business_key = ?").param(tourBusinessKey)
        .query(Integer.class).single() > 0;
  }

  public void recordEarlyReturn(String tourBusinessKey, String kind, String reason, boolean replacementNeeded,
      String requestedBy, LocalDateTime at) {
    jdbc.sql("""
        INSERT INTO tour_early_return (tour_business_key, return_kind, reason, replacement_needed, requested_by, requested_at)
        VALUES (?, ?, ?, ?, ?, ?)""").params(tourBusinessKey, kind, reason, replacementNeeded, requestedBy, at).update();
  }

  public Optional<String> earlyReturnKind(String tourBusinessKey) {
    return jdbc.sql("SELECT return_kind FROM tour_early_return WHERE tour_business_key = ?").param(tourBusinessKey)
        .query(String.class).optional();
  }
}
