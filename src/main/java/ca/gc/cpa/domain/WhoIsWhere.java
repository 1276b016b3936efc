package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** "Who is where": each tour with its officer, service, mission and stage, read from the records alone. */
@Repository
public class WhoIsWhere {

  /** one line of the answer */
  public record Line(String tourBusinessKey, long officerId, String officer, String agencyCode,
      String missionBusinessKey, int positionNumber, int rotation, TourStatus status, String stage,
      LocalDate plannedDepartureOn, LocalDate arrivedOn, LocalDate tourEndOn, LocalDate returnedToDutyOn) {}

  private static final RowMapper<Line> ROW = (rs, i) -> new Line(
      rs.getString("business_key"), rs.getLong("officer_id"),
      rs.getString("police_rank") + " " + rs.getString("given_name") + " " + rs.getString("family_name"),
      rs.getString("agency_code"), rs.getString("mission_business_key"), rs.getInt("position_number"),
      rs.getInt("rotation"), TourStatus.valueOf(rs.getString("status")), rs.getString("stage"),
      rs.getObject("planned_departure_on", LocalDate.class), rs.getObject("arrived_on", LocalDate.class), rs.getObject("tour_end_on", LocalDate.class),
      rs.getObject("returned_to_duty_on", LocalDate.class));

  private static final String SELECT = """
      SELECT t.business_key, t.officer_id, o.police_rank, o.given_name, o.family_name, t.agency_code,
             t.mission_business_key, t.position_number, t.rotation, t.status, t.stage, t.planned_departure_on, t.arrived_on,
             t.tour_end_on,
             t.returned_to_duty_on
      FROM tour t JOIN officer o ON o.id = t.officer_id""";

  private final JdbcClient jdbc;

  public WhoIsWhere(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** the tours of every service, or of one service when {@code agencyCode} is given; newest first */
  public List<Line> tours(String agencyCode, int limit) {
    return agencyCode == null
        ? jdbc.sql(SELECT + " ORDER BY t.id DESC LIMIT " + limit).query(ROW).list()
        : jdbc.sql(SELECT + " WHERE t.agency_code = ? ORDER BY t.id DESC LIMIT " + limit).param(agencyCode).query(ROW).list();
  }

  /** the tours of one officer */
  public List<Line> toursOf(long officerId) {
    return jdbc.sql(SELECT + " WHERE t.officer_id = ? ORDER BY t.id").param(officerId).query(ROW).list();
  }
}
