package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The officers on their way to a mission and the postponed departures the mission was told of (table
 * mission_arrival_notice, with the tours not arrived yet).
 */
@Repository
public class MissionArrivalNoticeRepository {

  private final JdbcClient jdbc;

  public MissionArrivalNoticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

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
