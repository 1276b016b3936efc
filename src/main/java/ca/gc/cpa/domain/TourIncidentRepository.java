package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  /** the incident, held by the instance of process incident that reported it */
  public void recordIncident(String tourBusinessKey, String kind, String severity, LocalDate occurredOn, String summary,
      String reportedBy, LocalDateTime at, LocalDateTime decisionDueAt, String processInstanceId) {
    jdbc.sql("""
        INSERT INTO tour_incident (tour_business_key, incident_kind, severity, occurred_on, summary, reported_by,
                                   reported_at, decision_due_at, process_instance_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tourBusinessKey, kind, severity, occurredOn, summary, reportedBy, at, decisionDueAt, processInstanceId)
        .update();
  }

  /** the incident an instance of process incident holds (empty for an instance that recorded none) */
  public Optional<Long> incidentOf(String processInstanceId) {
    return jdbc.sql("SELECT id FROM tour_incident WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).optional();
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
