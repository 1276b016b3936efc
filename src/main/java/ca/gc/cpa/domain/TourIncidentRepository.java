package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The incidents to officers serving abroad and the emergency repatriation decisions on them (table tour_incident).
 */
@Repository
public class TourIncidentRepository {

  private final JdbcClient jdbc;

  public TourIncidentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long recordIncident(String tourBusinessKey, String kind, String severity, LocalDate occurredOn, String summary,
      String reportedBy, LocalDateTime at, LocalDateTime decisionDueAt) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO tour_incident (tour_business_key, incident_kind, severity, occurred_on, summary, reported_by,
                                   reported_at, decision_due_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tourBusinessKey, kind, severity, occurredOn, summary, reportedBy, at, decisionDueAt)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void markDecisionEscalated(long incidentId, LocalDateTime at) {
    jdbc.sql("UPDATE tour_incident SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL").params(at, incidentId).update();
  }

  public void recordDecision(long incidentId, String healthAdvice, String decision, String decidedBy, LocalDateTime at) {
    jdbc.sql("UPDATE tour_incident SET health_advice = ?, decision = ?, decided_by = ?, decided_at = ? WHERE id = ?")
        .params(healthAdvice, decision, decidedBy, at, incidentId).update();
  }

  public record IncidentRecord(long id, String tourBusinessKey, String kind, String severity, String decision,
      String decidedBy, LocalDateTime escalatedAt) {}

  public List<IncidentRecord> incidents(String tourBusinessKey) {
    return jdbc.sql("SELECT * FROM tour_incident WHERE tour_business_key = ? ORDER BY id").param(tourBusinessKey)
        .query((rs, i) -> new IncidentRecord(rs.getLong("id"), rs.getString("tour_business_key"),
            rs.getString("incident_kind"), rs.getString("severity"), rs.getString("decision"),
            rs.getString("decided_by"), rs.getObject("escalated_at", LocalDateTime.class))).list();
  }
}
