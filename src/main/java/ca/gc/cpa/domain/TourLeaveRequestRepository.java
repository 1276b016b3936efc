package ca.gc.cpa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Leave asked for officers serving abroad and the commander's answers (table tour_leave_request): a request is
 * REQUESTED until it is GRANTED or REFUSED; granted leave is counted on the officer's tour.
 */
@Repository
public class TourLeaveRequestRepository {

  public record LeavePeriod(LocalDate firstDay, BigDecimal days, String status) {}

  /** a request as it was asked */
  public record LeaveRequest(String tourBusinessKey, LocalDate firstDay, BigDecimal days, String requestedBy) {}

  private final JdbcClient jdbc;

  public TourLeaveRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<LeavePeriod> leave(String tourBusinessKey) {
    return jdbc.sql("SELECT first_day, days, status FROM tour_leave_request WHERE tour_business_key = ? ORDER BY first_day")
        .param(tourBusinessKey).query((rs, i) -> new LeavePeriod(rs.getObject("first_day", LocalDate.class),
            rs.getBigDecimal("days"), rs.getString("status"))).list();
  }

  /** a leave request as it is asked, held by the instance of process leave-request that answers it */
  public void recordRequest(String tourBusinessKey, LocalDate firstDay, BigDecimal days, String requestedBy,
      LocalDateTime at, String processInstanceId) {
    jdbc.sql("""
        INSERT INTO tour_leave_request (tour_business_key, first_day, days, status, requested_at, requested_by,
                                        process_instance_id)
        VALUES (?, ?, ?, 'REQUESTED', ?, ?, ?)""")
        .params(tourBusinessKey, firstDay, days, at, requestedBy, processInstanceId).update();
  }

  /** the request the instance answers (empty when it recorded none) */
  public Optional<LeaveRequest> request(String processInstanceId) {
    return jdbc.sql("SELECT tour_business_key, first_day, days, requested_by FROM tour_leave_request WHERE process_instance_id = ?")
        .param(processInstanceId).query((rs, i) -> new LeaveRequest(rs.getString("tour_business_key"),
            rs.getObject("first_day", LocalDate.class), rs.getBigDecimal("days"), rs.getString("requested_by"))).optional();
  }

  /** the commander's answer on the request the instance holds; granted leave is taken from the tour's balance */
  public void recordAnswer(String processInstanceId, LeaveRequest request, boolean granted, String reason,
      String decidedBy) {
    jdbc.sql("UPDATE tour_leave_request SET status = ?, reason = ?, decided_by = ? WHERE process_instance_id = ?")
        .params(granted ? "GRANTED" : "REFUSED", reason, decidedBy, processInstanceId).update();
    if (granted) {
      jdbc.sql("UPDATE tour SET leave_taken_days = leave_taken_days + ?, updated_at = CURRENT_TIMESTAMP WHERE business_key = ?")
          .params(request.days(), request.tourBusinessKey()).update();
    }
  }
}
