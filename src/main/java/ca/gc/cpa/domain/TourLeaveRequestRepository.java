package ca.gc.cpa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Leave asked for officers serving abroad and the commander's answers (table tour_leave_request); granted leave
 * is counted on the officer's tour.
 */
@Repository
public class TourLeaveRequestRepository {

  public record LeavePeriod(LocalDate firstDay, BigDecimal days, String status) {}

  private final JdbcClient jdbc;

  public TourLeaveRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

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
}
