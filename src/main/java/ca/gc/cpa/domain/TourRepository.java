package ca.gc.cpa.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers' tours: who is committed or abroad, for which service and mission. */
@Repository
public class TourRepository {

  private static final RowMapper<Tour> ROW = (rs, i) -> new Tour(
      rs.getLong("id"), rs.getString("business_key"), rs.getLong("officer_id"), rs.getString("agency_code"),
      rs.getString("mission_business_key"), rs.getInt("position_number"), rs.getInt("rotation"),
      TourStatus.valueOf(rs.getString("status")));

  private static final List<String> ACTIVE = Arrays.stream(TourStatus.values())
      .filter(TourStatus::isAbroadOrCommitted).map(Enum::name).toList();

  private final JdbcClient jdbc;

  public TourRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a new tour; a second call with the same business key changes nothing (idempotent). */
  public Tour create(Tour tour) {
    Optional<Tour> existing = findByBusinessKey(tour.businessKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql("""
        INSERT INTO tour (business_key, officer_id, agency_code, mission_business_key, position_number, rotation, status)
        VALUES (:businessKey, :officerId, :agencyCode, :missionBusinessKey, :positionNumber, :rotation, :status)""")
        .param("businessKey", tour.businessKey()).param("officerId", tour.officerId())
        .param("agencyCode", tour.agencyCode()).param("missionBusinessKey", tour.missionBusinessKey())
        .param("positionNumber", tour.positionNumber()).param("rotation", tour.rotation())
        .param("status", tour.status().name()).update();
    return findByBusinessKey(tour.businessKey()).orElseThrow();
  }

  public Optional<Tour> findByBusinessKey(String businessKey) {
    return jdbc.sql("SELECT * FROM tour WHERE business_key = ?").param(businessKey).query(ROW).optional();
  }

  public void updateStatus(String businessKey, TourStatus status) {
    jdbc.sql("UPDATE tour SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE business_key = ?")
        .params(status.name(), businessKey).update();
  }

  /** officers of one service committed to or on a tour now (release limits) */
  public int countActiveByAgency(String agencyCode) {
    return jdbc.sql("SELECT COUNT(*) FROM tour WHERE agency_code = :agency AND status IN (:active)")
        .param("agency", agencyCode).param("active", ACTIVE).query(Integer.class).single();
  }

  /** officers of one mission committed to or on a tour now (a closing mission ends when none is left) */
  public int countActiveByMission(String missionBusinessKey) {
    return jdbc.sql("SELECT COUNT(*) FROM tour WHERE mission_business_key = :mission AND status IN (:active)")
        .param("mission", missionBusinessKey).param("active", ACTIVE).query(Integer.class).single();
  }

  /** officers committed to or on a tour now, whole program */
  public int countActive() {
    return jdbc.sql("SELECT COUNT(*) FROM tour WHERE status IN (:active)")
        .param("active", ACTIVE).query(Integer.class).single();
  }
}
