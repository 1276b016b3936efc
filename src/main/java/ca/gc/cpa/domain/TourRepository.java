package ca.gc.cpa.domain;

import java.time.LocalDate;
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
  private static final List<String> ON_MISSION = Arrays.stream(TourStatus.values())
      .filter(TourStatus::isOnMission).map(Enum::name).toList();

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
        .param("status", tour.status().name())
        .update();
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

  /** officers of one mission whose repatriation has not started ({@link TourStatus#isOnMission()}) */
  public int countOnMission(String missionBusinessKey) {
    return jdbc.sql("SELECT COUNT(*) FROM tour WHERE mission_business_key = :mission AND status IN (:onMission)")
        .param("mission", missionBusinessKey).param("onMission", ON_MISSION).query(Integer.class).single();
  }

  /** the tours committed to or abroad on the mission: their position and when each is expected to end */
  public List<TourEnd> servingTours(String missionBusinessKey) {
    return jdbc.sql("""
        SELECT position_number, tour_end_on, planned_departure_on, tour_months FROM tour
        WHERE mission_business_key = :mission AND status IN (:active) ORDER BY position_number""")
        .param("mission", missionBusinessKey).param("active", ACTIVE)
        .query((rs, i) -> {
          LocalDate end = rs.getObject("tour_end_on", LocalDate.class);
          LocalDate departure = rs.getObject("planned_departure_on", LocalDate.class);
          int months = rs.getInt("tour_months");
          return new TourEnd(rs.getInt("position_number"),
              end != null ? end : departure != null && months > 0 ? departure.plusMonths(months) : null);
        }).list();
  }

  /** officers committed to or on a tour now, whole program */
  public int countActive() {
    return jdbc.sql("SELECT COUNT(*) FROM tour WHERE status IN (:active)")
        .param("active", ACTIVE).query(Integer.class).single();
  }

  // ---- the deployment stage's record of the tour (migration V4) ----

  private static final RowMapper<TourProgress> PROGRESS = (rs, i) -> new TourProgress(ROW.mapRow(rs, i),
      rs.getString("stage"),
      rs.getInt("training_attempts"), rs.getString("training_result"),
      rs.getObject("training_start_on", LocalDate.class), rs.getObject("training_end_on", LocalDate.class),
      rs.getObject("planned_departure_on", LocalDate.class), rs.getObject("departed_on", LocalDate.class),
      rs.getObject("arrived_on", LocalDate.class), rs.getObject("tour_end_on", LocalDate.class),
      (Integer) rs.getObject("tour_months", Integer.class), rs.getInt("extension_months"),
      rs.getBigDecimal("leave_taken_days"), rs.getObject("last_report_on", LocalDate.class), rs.getInt("reports_received"),
      rs.getString("repatriation_reason"), rs.getObject("left_mission_on", LocalDate.class),
      rs.getObject("returned_to_duty_on", LocalDate.class), rs.getObject("position_freed_on", LocalDate.class),
      rs.getBoolean("un_mission"), rs.getString("freed_reason"));

  public Optional<TourProgress> findProgress(String businessKey) {
    return jdbc.sql("SELECT * FROM tour WHERE business_key = ?").param(businessKey).query(PROGRESS).optional();
  }

  /** tours at one stage now (e.g. who is in induction, who is on decompression) */
  public List<String> findBusinessKeysByStage(String stage) {
    return jdbc.sql("SELECT business_key FROM tour WHERE stage = ? ORDER BY business_key").param(stage)
        .query(String.class).list();
  }

  /** moves the tour to a stage, and to a status when one is given */
  public void updateStage(String businessKey, TourStatus status, String stage) {
    if (status == null) {
      jdbc.sql("UPDATE tour SET stage = ?, updated_at = CURRENT_TIMESTAMP WHERE business_key = ?")
          .params(stage, businessKey).update();
    } else {
      jdbc.sql("UPDATE tour SET stage = ?, status = ?, updated_at = CURRENT_TIMESTAMP WHERE business_key = ?")
          .params(stage, status.name(), businessKey).update();
    }
  }

  /**
   * the tour's terms as the selection that chose the officer sets them, before the tour starts: the planned
   * departure, the months and whether the mission is a UN one
   */
  public void recordTerms(String businessKey, LocalDate plannedDepartureOn, int tourMonths, boolean unMission) {
    set(businessKey, "planned_departure_on = ?, tour_months = ?, un_mission = ?", plannedDepartureOn, tourMonths,
        unMission);
  }

  /** the departure postponed: the new planned departure */
  public void postponeDeparture(String businessKey, LocalDate to) {
    set(businessKey, "planned_departure_on = ?", to);
  }

  /** why the position is freed, told to the mission next (OfficerDeploymentProcess.FREED_ values) */
  public void recordFreedReason(String businessKey, String reason) {
    set(businessKey, "freed_reason = ?", reason);
  }

  /** one course session sat: its dates and result (PASSED or FAILED) */
  public void recordTrainingAttempt(String businessKey, LocalDate startOn, LocalDate endOn, String result) {
    jdbc.sql("""
        UPDATE tour SET training_attempts = training_attempts + 1, training_start_on = ?, training_end_on = ?,
               training_result = ?, updated_at = CURRENT_TIMESTAMP WHERE business_key = ?""")
        .params(startOn, endOn, result, businessKey).update();
  }

  public void recordArrival(String businessKey, LocalDate departedOn, LocalDate arrivedOn, LocalDate tourEndOn) {
    set(businessKey, "departed_on = ?, arrived_on = ?, tour_end_on = ?", departedOn, arrivedOn, tourEndOn);
  }

  public void recordExtension(String businessKey, int extensionMonths, LocalDate tourEndOn) {
    set(businessKey, "extension_months = extension_months + ?, tour_end_on = ?", extensionMonths, tourEndOn);
  }

  /** the officer leaves the mission: why, when, and why the position is freed (told to the mission next) */
  public void recordRepatriation(String businessKey, String reason, String freedReason, LocalDate leftMissionOn) {
    set(businessKey, "repatriation_reason = ?, freed_reason = ?, left_mission_on = ?", reason, freedReason,
        leftMissionOn);
  }

  public void recordReturnToDuty(String businessKey, LocalDate returnedOn) {
    set(businessKey, "returned_to_duty_on = ?", returnedOn);
  }

  /** marks the position freed; false when it was already (the mission has been told once) */
  public boolean markPositionFreed(String businessKey, LocalDate on) {
    return jdbc.sql("""
        UPDATE tour SET position_freed_on = ?, updated_at = CURRENT_TIMESTAMP
        WHERE business_key = ? AND position_freed_on IS NULL""").params(on, businessKey).update() == 1;
  }

  /** sets columns of the tour's row (assignments {@code column = ?, ...}, then their values) and its update time */
  private void set(String businessKey, String assignments, Object... values) {
    Object[] params = Arrays.copyOf(values, values.length + 1);
    params[values.length] = businessKey;
    jdbc.sql("UPDATE tour SET " + assignments + ", updated_at = CURRENT_TIMESTAMP WHERE business_key = ?")
        .params(params).update();
  }
}
