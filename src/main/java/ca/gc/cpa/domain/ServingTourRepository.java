package ca.gc.cpa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The officers serving in a mission now (table tour, its stages ON_TOUR and EXTENSION_REVIEW, with the officer and
 * the mission), as the senders of the events about them pick them.
 */
@Repository
public class ServingTourRepository {

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

  public ServingTourRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

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
}
