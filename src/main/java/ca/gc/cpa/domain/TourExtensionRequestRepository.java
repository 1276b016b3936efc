package ca.gc.cpa.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The extensions of tours asked and the RCMP's decisions on them (table tour_extension_request).
 */
@Repository
public class TourExtensionRequestRepository {

  private final JdbcClient jdbc;

  public TourExtensionRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long recordExtensionRequest(String tourBusinessKey, int months, String reason, String requestedBy, LocalDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO tour_extension_request (tour_business_key, extension_months, reason, requested_by, requested_at)
        VALUES (?, ?, ?, ?, ?)""").params(tourBusinessKey, months, reason, requestedBy, at).update(keys, "id");
    return keys.getKey().longValue();
  }

  /** the RCMP's decision on the tour's open extension request */
  public void decideExtensionRequest(String tourBusinessKey, String decision, LocalDateTime at) {
    jdbc.sql("UPDATE tour_extension_request SET decision = ?, decided_at = ? WHERE tour_business_key = ? AND decided_at IS NULL")
        .params(decision, at, tourBusinessKey).update();
  }

  public List<String> extensionDecisions(String tourBusinessKey) {
    return jdbc.sql("SELECT decision FROM tour_extension_request WHERE tour_business_key = ? ORDER BY id")
        .param(tourBusinessKey).query(String.class).list();
  }
}
