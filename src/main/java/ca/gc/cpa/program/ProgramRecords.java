package ca.gc.cpa.program;

import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.TourStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The business records the program's figures are made of (tours, officers, missions and their plans,
 * nominations, cost recoveries), read in a few whole-table queries: the rules count in memory. A
 * partner service's view reads only its own officers' rows ({@code agencies} not null).
 */
@Repository
public class ProgramRecords {

  /** a mission with its plan */
  public record MissionRow(String businessKey, String missionCode, String name, MissionStatus status, int ceiling,
      LocalDate approvedOn, LocalDate closedOn, Integer tourMonths, LocalDate firstDeployment, Integer rotationLeadWeeks,
      Long budgetEstimate, int positions) {}

  private static final RowMapper<TourRecord> TOUR = (rs, i) -> new TourRecord(
      rs.getString("business_key"), rs.getLong("officer_id"),
      rs.getString("police_rank") + " " + rs.getString("given_name") + " " + rs.getString("family_name"),
      rs.getString("gender"), rs.getString("police_rank"), rs.getString("agency_code"),
      rs.getString("mission_business_key"), rs.getInt("position_number"), rs.getString("position_role"),
      rs.getInt("rotation"), TourStatus.valueOf(rs.getString("status")), rs.getString("stage"),
      rs.getObject("planned_departure_on", LocalDate.class), rs.getObject("arrived_on", LocalDate.class),
      rs.getObject("tour_end_on", LocalDate.class), (Integer) rs.getObject("tour_months", Integer.class),
      rs.getInt("extension_months"), rs.getObject("left_mission_on", LocalDate.class),
      rs.getObject("returned_to_duty_on", LocalDate.class));

  private static final RowMapper<MissionRow> MISSION = (rs, i) -> new MissionRow(
      rs.getString("business_key"), rs.getString("mission_code"), rs.getString("name"),
      MissionStatus.valueOf(rs.getString("status")), rs.getInt("ceiling"), rs.getObject("approved_on", LocalDate.class),
      rs.getObject("closed_on", LocalDate.class), (Integer) rs.getObject("tour_months", Integer.class),
      rs.getObject("first_deployment", LocalDate.class), (Integer) rs.getObject("rotation_lead_weeks", Integer.class),
      (Long) rs.getObject("budget_estimate", Long.class), rs.getInt("positions"));

  private final JdbcClient jdbc;

  public ProgramRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** every tour (of the given services only, when not null), oldest first */
  public List<TourRecord> tours(List<String> agencies) {
    String sql = """
        SELECT t.business_key, t.officer_id, o.police_rank, o.given_name, o.family_name, o.gender, t.agency_code,
               t.mission_business_key, t.position_number, p.position_role, t.rotation, t.status, t.stage,
               t.planned_departure_on, t.arrived_on, t.tour_end_on, t.tour_months, t.extension_months,
               t.left_mission_on, t.returned_to_duty_on
        FROM tour t JOIN officer o ON o.id = t.officer_id
        LEFT JOIN mission_position p ON p.mission_business_key = t.mission_business_key AND p.position_number = t.position_number""";
    return agencies == null ? jdbc.sql(sql + " ORDER BY t.id").query(TOUR).list()
        : agencies.isEmpty() ? List.of()
        : jdbc.sql(sql + " WHERE t.agency_code IN (:agencies) ORDER BY t.id").param("agencies", agencies).query(TOUR).list();
  }

  /** every mission with its plan and the number of its planned positions, by approval */
  public List<MissionRow> missions() {
    return jdbc.sql("""
        SELECT m.*, (SELECT COUNT(*) FROM mission_position p WHERE p.mission_business_key = m.business_key) AS positions
        FROM mission m ORDER BY m.approved_on, m.business_key""").query(MISSION).list();
  }

  /** every nominee with their selection's mission and rotation (of the given services only, when not null) */
  public List<WomenShareRule.Nominee> nominees(List<String> agencies) {
    String sql = """
        SELECT s.mission_business_key, s.rotation, o.gender, n.tour_business_key
        FROM nomination n JOIN selection s ON s.id = n.selection_id JOIN officer o ON o.id = n.officer_id""";
    RowMapper<WomenShareRule.Nominee> row = (rs, i) -> new WomenShareRule.Nominee(rs.getString("mission_business_key"),
        rs.getInt("rotation"), rs.getString("gender"), rs.getString("tour_business_key") != null);
    return agencies == null ? jdbc.sql(sql).query(row).list()
        : agencies.isEmpty() ? List.of()
        : jdbc.sql(sql + " WHERE n.agency_code IN (:agencies)").param("agencies", agencies).query(row).list();
  }

  /** every cost recovery (of the given services only, when not null) */
  public List<MoneyRule.Recovery> recoveries(List<String> agencies) {
    String sql = "SELECT agency_code, served_to, amount, reimbursed FROM tour_cost_recovery";
    RowMapper<MoneyRule.Recovery> row = (rs, i) -> new MoneyRule.Recovery(rs.getString("agency_code"),
        rs.getObject("served_to", LocalDate.class), rs.getBigDecimal("amount"), rs.getBoolean("reimbursed"));
    return agencies == null ? jdbc.sql(sql).query(row).list()
        : agencies.isEmpty() ? List.of()
        : jdbc.sql(sql + " WHERE agency_code IN (:agencies)").param("agencies", agencies).query(row).list();
  }
}
