package ca.gc.cpa.domain;

import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The reports from the mission (tables mission_report and mission_report_line, migration V20): one per mission,
 * kind and period, with a status line per officer serving (counted on the officer's tour).
 */
@Repository
public class MissionReportRepository {

  private final JdbcClient jdbc;

  public MissionReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

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
}
