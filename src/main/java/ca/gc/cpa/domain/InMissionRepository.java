package ca.gc.cpa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The months abroad (migrations V20, V21): who commands each mission's contingent, the tours serving in a
 * mission now, the commander's reports, incidents and their decisions, leave and early returns, and the officers
 * on their way to the mission with the postponed departures it was told of.
 */
@Repository
public class InMissionRepository {

  /** the stages of a tour whose officer serves in the mission (process officer-deployment, Sub_Tour) */
  public static final List<String> SERVING_STAGES = List.of("ON_TOUR", "EXTENSION_REVIEW");

  /** one officer serving in a mission now, as a sender picks them */
  public record ServingTour(String tourBusinessKey, String missionBusinessKey, String missionName, String agencyCode,
      String officerName, LocalDate tourStartOn, LocalDate tourEndOn, BigDecimal leaveTakenDays, String stage) {

    public String label() {
      return officerName + " (" + agencyCode.toUpperCase(java.util.Locale.ROOT) + "), " + missionName + ", "
          + tourBusinessKey;
    }
  }

  public record LeavePeriod(LocalDate firstDay, BigDecimal days, String status) {}

  private static final RowMapper<ServingTour> SERVING = (rs, i) -> new ServingTour(rs.getString("business_key"),
      rs.getString("mission_business_key"), rs.getString("mission_name"), rs.getString("agency_code"),
      rs.getString("police_rank") + " " + rs.getString("given_name") + " " + rs.getString("family_name"),
      rs.getObject("arrived_on", LocalDate.class), rs.getObject("tour_end_on", LocalDate.class),
      rs.getBigDecimal("leave_taken_days"), rs.getString("stage"));

  private static final String SERVING_QUERY = """
      SELECT t.business_key, t.mission_business_key, COALESCE(m.name, t.mission_business_key) AS mission_name,
             t.agency_code, o.police_rank, o.given_name, o.family_name, t.arrived_on, t.tour_end_on, t.leave_taken_days,
             t.stage
      FROM tour t JOIN officer o ON o.id = t.officer_id LEFT JOIN mission m ON m.business_key = t.mission_business_key
      WHERE t.status = 'DEPLOYED' AND t.stage IN (:stages)""";

  private final JdbcClient jdbc;

  public InMissionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- command ----

  /** names (or renames) the contingent commander of a mission */
  public void assignCommander(String missionBusinessKey, String userId, LocalDate on, String by) {
    if (jdbc.sql("UPDATE mission_command SET commander_user_id = ?, assigned_on = ?, assigned_by = ? WHERE mission_business_key = ?")
        .params(userId, on, by, missionBusinessKey).update() == 0) {
      jdbc.sql("INSERT INTO mission_command (mission_business_key, commander_user_id, assigned_on, assigned_by) VALUES (?, ?, ?, ?)")
          .params(missionBusinessKey, userId, on, by).update();
    }
  }

  public Optional<String> commanderOf(String missionBusinessKey) {
    return jdbc.sql("SELECT commander_user_id FROM mission_command WHERE mission_business_key = ?")
        .param(missionBusinessKey).query(String.class).optional();
  }

  public List<String> missionsCommandedBy(String userId) {
    return jdbc.sql("SELECT mission_business_key FROM mission_command WHERE commander_user_id = ? ORDER BY mission_business_key")
        .param(userId).query(String.class).list();
  }

  /** the missions where officers serve now and no contingent commander is named (RCMP IPOB acts for them) */
  public List<String> servingMissionsWithoutCommander() {
    return jdbc.sql("""
        SELECT DISTINCT t.mission_business_key FROM tour t
        WHERE t.status = 'DEPLOYED' AND t.stage IN (:stages)
          AND NOT EXISTS (SELECT 1 FROM mission_command c WHERE c.mission_business_key = t.mission_business_key)
        ORDER BY t.mission_business_key""").param("stages", SERVING_STAGES).query(String.class).list();
  }

  // ---- who serves where ----

  public List<ServingTour> servingTours() {
    return jdbc.sql(SERVING_QUERY + " ORDER BY t.mission_business_key, t.business_key")
        .param("stages", SERVING_STAGES).query(SERVING).list();
  }

  public List<ServingTour> servingTours(String missionBusinessKey) {
    return jdbc.sql(SERVING_QUERY + " AND t.mission_business_key = :mission ORDER BY t.business_key")
        .param("stages", SERVING_STAGES).param("mission", missionBusinessKey).query(SERVING).list();
  }

  public Optional<ServingTour> servingTour(String tourBusinessKey) {
    return jdbc.sql(SERVING_QUERY + " AND t.business_key = :key")
        .param("stages", SERVING_STAGES).param("key", tourBusinessKey).query(SERVING).optional();
  }

  // ---- reports from the mission ----

  public boolean reportExists(String missionBusinessKey, String kind, String period) {
    return jdbc.sql("SELECT COUNT(*) FROM mission_report WHERE mission_business_key = ? AND report_kind = ? AND period = ?")
        .params(missionBusinessKey, kind, period).query(Integer.class).single() > 0;
  }

  /** any report for the period (a quarterly or end-of-tour report covers its month too) */
  public boolean anyReportFor(String missionBusinessKey, String period) {
    return jdbc.sql("SELECT COUNT(*) FROM mission_report WHERE mission_business_key = ? AND period = ?")
        .params(missionBusinessKey, period).query(Integer.class).single() > 0;
  }

  /** has the mission sent any report yet? */
  public boolean anyReportFrom(String missionBusinessKey) {
    return jdbc.sql("SELECT COUNT(*) FROM mission_report WHERE mission_business_key = ?")
        .param(missionBusinessKey).query(Integer.class).single() > 0;
  }

  /** the report and its line per officer; returns the report's id */
  public long recordReport(String missionBusinessKey, String kind, String period, String summary, String sentBy,
      LocalDateTime at, Map<String, String> statusByTour) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO mission_report (mission_business_key, report_kind, period, summary, sent_by, sent_at)
        VALUES (?, ?, ?, ?, ?, ?)""").params(missionBusinessKey, kind, period, summary, sentBy, at)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    statusByTour.forEach((tour, status) -> {
      jdbc.sql("INSERT INTO mission_report_line (report_id, tour_business_key, officer_status) VALUES (?, ?, ?)")
          .params(id, tour, status).update();
      jdbc.sql("""
          UPDATE tour SET reports_received = reports_received + 1, last_report_on = ?, updated_at = CURRENT_TIMESTAMP
          WHERE business_key = ?""").params(at.toLocalDate(), tour).update();
    });
    return id;
  }

  public Map<String, String> reportLines(String missionBusinessKey, String kind, String period) {
    var lines = new java.util.LinkedHashMap<String, String>();
    jdbc.sql("""
        SELECT l.tour_business_key, l.officer_status FROM mission_report_line l JOIN mission_report r ON r.id = l.report_id
        WHERE r.mission_business_key = ? AND r.report_kind = ? AND r.period = ? ORDER BY l.tour_business_key""")
        .params(missionBusinessKey, kind, period)
        .query(rs -> {
          lines.put(rs.getString(1), rs.getString(2));
        });
    return lines;
  }

  // ---- incidents ----

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

  // ---- leave ----

  public List<LeavePeriod> leave(String tourBusinessKey) {
    return jdbc.sql("SELECT first_day, days, status FROM tour_leave_request WHERE tour_business_key = ? ORDER BY first_day")
        .param(tourBusinessKey).query((rs, i) -> new LeavePeriod(rs.getObject("first_day", LocalDate.class),
            rs.getBigDecimal("days"), rs.getString("status"))).list();
  }

  /** a leave request and the commander's answer; granted leave is taken from the balance */
  public void recordLeave(String tourBusinessKey, LocalDate firstDay, BigDecimal days, boolean granted, String reason,
      String requestedBy, String decidedBy, LocalDateTime at) {
    jdbc.sql("""
        INSERT INTO tour_leave_request (tour_business_key, first_day, days, status, reason, requested_at, requested_by, decided_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tourBusinessKey, firstDay, days, granted ? "GRANTED" : "REFUSED", reason, at, requestedBy, decidedBy).update();
    if (granted) {
      jdbc.sql("UPDATE tour SET leave_taken_days = leave_taken_days + ?, updated_at = CURRENT_TIMESTAMP WHERE business_key = ?")
          .params(days, tourBusinessKey).update();
    }
  }

  // ---- UN performance appraisals and extensions ----

  public record Appraisal(String kind, String rating, boolean recommendsExtension, LocalDateTime recordedAt) {}

  public boolean appraisalRecorded(String tourBusinessKey, String kind) {
    return jdbc.sql("SELECT COUNT(*) FROM tour_appraisal WHERE tour_business_key = ? AND appraisal_kind = ?")
        .params(tourBusinessKey, kind).query(Integer.class).single() > 0;
  }

  public void recordAppraisal(String tourBusinessKey, String kind, String rating, boolean recommendsExtension,
      String comment, String recordedBy, LocalDateTime at) {
    jdbc.sql("""
        INSERT INTO tour_appraisal (tour_business_key, appraisal_kind, rating, recommends_extension, appraisal_comment,
                                    recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""").params(tourBusinessKey, kind, rating, recommendsExtension, comment, recordedBy, at)
        .update();
  }

  /** the latest appraisal of the officer, if any */
  public Optional<Appraisal> latestAppraisal(String tourBusinessKey) {
    return jdbc.sql("SELECT * FROM tour_appraisal WHERE tour_business_key = ? ORDER BY recorded_at DESC")
        .param(tourBusinessKey).query((rs, i) -> new Appraisal(rs.getString("appraisal_kind"), rs.getString("rating"),
            rs.getBoolean("recommends_extension"), rs.getObject("recorded_at", LocalDateTime.class)))
        .list().stream().findFirst();
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

  // ---- early return ----

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

  // ---- arrivals: the officers on their way to the mission, and the postponements it was told of ----

  /** an officer selected for the mission who has not arrived yet, with the postponements the mission was told of */
  public record Arrival(String tourBusinessKey, String officer, String agencyCode, int positionNumber, int rotation,
      String stage, LocalDate plannedDepartureOn, List<ArrivalNotice> postponements) {}

  /** one postponed departure, as the mission was told of it */
  public record ArrivalNotice(LocalDate departureWas, LocalDate departureNow, String decidedBy, LocalDateTime toldAt) {}

  /** the mission learns that an officer's departure moved (process mission, message DeparturePostponed) */
  public void recordArrivalNotice(String missionBusinessKey, String tourBusinessKey, LocalDate departureWas,
      LocalDate departureNow, String decidedBy, LocalDateTime toldAt) {
    jdbc.sql("""
        INSERT INTO mission_arrival_notice (mission_business_key, tour_business_key, departure_was, departure_now,
                                            decided_by, told_at)
        VALUES (?, ?, ?, ?, ?, ?)""").params(missionBusinessKey, tourBusinessKey, departureWas, departureNow, decidedBy, toldAt)
        .update();
  }

  public List<ArrivalNotice> arrivalNotices(String tourBusinessKey) {
    return notices("tour_business_key", tourBusinessKey).getOrDefault(tourBusinessKey, List.of());
  }

  /** the notices of one tour, or of one mission's tours, by tour, oldest first */
  private Map<String, List<ArrivalNotice>> notices(String column, String key) {
    Map<String, List<ArrivalNotice>> byTour = new java.util.HashMap<>();
    jdbc.sql("SELECT tour_business_key, departure_was, departure_now, decided_by, told_at FROM mission_arrival_notice"
        + " WHERE " + column + " = ? ORDER BY id").param(key).query(rs -> {
          byTour.computeIfAbsent(rs.getString("tour_business_key"), t -> new java.util.ArrayList<>())
              .add(new ArrivalNotice(rs.getObject("departure_was", LocalDate.class),
                  rs.getObject("departure_now", LocalDate.class), rs.getString("decided_by"),
                  rs.getObject("told_at", LocalDateTime.class)));
        });
    return byTour;
  }

  /** the officers selected for the mission who have not arrived (a cancelled tour is no arrival), by planned departure */
  public List<Arrival> arrivals(String missionBusinessKey) {
    Map<String, List<ArrivalNotice>> notices = notices("mission_business_key", missionBusinessKey);
    return jdbc.sql("""
        SELECT t.business_key, o.police_rank, o.given_name, o.family_name, t.agency_code, t.position_number, t.rotation,
               t.stage, t.planned_departure_on
        FROM tour t JOIN officer o ON o.id = t.officer_id
        WHERE t.mission_business_key = ? AND t.status IN ('SELECTED', 'IN_TRAINING', 'PREPARING')
        ORDER BY t.planned_departure_on, t.business_key""").param(missionBusinessKey)
        .query((rs, i) -> new Arrival(rs.getString("business_key"),
            rs.getString("police_rank") + " " + rs.getString("given_name") + " " + rs.getString("family_name"),
            rs.getString("agency_code"), rs.getInt("position_number"), rs.getInt("rotation"), rs.getString("stage"),
            rs.getObject("planned_departure_on", LocalDate.class),
            notices.getOrDefault(rs.getString("business_key"), List.of()))).list();
  }
}
