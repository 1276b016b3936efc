package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the program reimburses a partner service for an officer's tour (table tour_cost_recovery), one row a tour. */
@Repository
public class CostRecoveryRepository {

  private static final RowMapper<TourCostRecovery> ROW = (rs, i) -> new TourCostRecovery(rs.getString("tour_business_key"),
      rs.getString("agency_code"), rs.getString("police_rank"), rs.getObject("served_from", LocalDate.class),
      rs.getObject("served_to", LocalDate.class), rs.getLong("full_months"), rs.getLong("extra_days"),
      rs.getBigDecimal("monthly_rate"), rs.getBigDecimal("amount"), rs.getBoolean("reimbursed"));

  private final JdbcClient jdbc;

  public CostRecoveryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** the cost recovery of a tour; a second call changes nothing (idempotent) */
  public TourCostRecovery save(TourCostRecovery recovery) {
    Optional<TourCostRecovery> existing = find(recovery.tourBusinessKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql("""
        INSERT INTO tour_cost_recovery (tour_business_key, agency_code, police_rank, served_from, served_to, full_months,
               extra_days, monthly_rate, amount, reimbursed, computed_at)
        VALUES (:tourBusinessKey, :agencyCode, :policeRank, :servedFrom, :servedTo, :fullMonths, :extraDays, :monthlyRate,
               :amount, :reimbursed, CURRENT_TIMESTAMP)""").paramSource(recovery).update();
    return find(recovery.tourBusinessKey()).orElseThrow();
  }

  public Optional<TourCostRecovery> find(String businessKey) {
    return jdbc.sql("SELECT * FROM tour_cost_recovery WHERE tour_business_key = ?").param(businessKey)
        .query(ROW).optional();
  }
}
