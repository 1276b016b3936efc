package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Missions and their ceilings: what the program has committed against its cap. */
@Repository
public class MissionRepository {

  private static final RowMapper<Mission> ROW = (rs, i) -> new Mission(
      rs.getString("business_key"), rs.getString("mission_code"), rs.getString("name"),
      rs.getString("request_business_key"), rs.getInt("ceiling"), MissionStatus.valueOf(rs.getString("status")),
      rs.getObject("approved_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class));

  private final JdbcClient jdbc;

  public MissionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records an approved mission; a second call with the same business key changes nothing. */
  public Mission create(Mission mission) {
    Optional<Mission> existing = find(mission.businessKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql("""
        INSERT INTO mission (business_key, mission_code, name, request_business_key, ceiling, status, approved_on)
        VALUES (:businessKey, :missionCode, :name, :requestBusinessKey, :ceiling, :status, :approvedOn)""")
        .param("businessKey", mission.businessKey()).param("missionCode", mission.missionCode())
        .param("name", mission.name()).param("requestBusinessKey", mission.requestBusinessKey())
        .param("ceiling", mission.ceiling()).param("status", mission.status().name())
        .param("approvedOn", mission.approvedOn())
        .update();
    return find(mission.businessKey()).orElseThrow();
  }

  public Optional<Mission> find(String businessKey) {
    return jdbc.sql("SELECT * FROM mission WHERE business_key = ?").param(businessKey).query(ROW).optional();
  }

  public boolean exists(String businessKey) {
    return jdbc.sql("SELECT COUNT(*) FROM mission WHERE business_key = ?").param(businessKey)
        .query(Integer.class).single() > 0;
  }

  public void updateCeiling(String businessKey, int ceiling) {
    jdbc.sql("UPDATE mission SET ceiling = ? WHERE business_key = ?").params(ceiling, businessKey).update();
  }

  public void updateStatus(String businessKey, MissionStatus status, LocalDate closedOn) {
    jdbc.sql("UPDATE mission SET status = ?, closed_on = ? WHERE business_key = ?")
        .params(status.name(), closedOn, businessKey).update();
  }

  /**
   * the positions of the rotation under way that an officer still holds, in the form planning.RotationPositions
   * writes ("2,4"; none or no such mission: "")
   */
  public String heldPositions(String businessKey) {
    return jdbc.sql("SELECT held_positions FROM mission WHERE business_key = ?").param(businessKey)
        .query(String.class).optional().orElse("");
  }

  public void recordHeldPositions(String businessKey, String positions) {
    jdbc.sql("UPDATE mission SET held_positions = ? WHERE business_key = ?").params(positions, businessKey).update();
  }

  /** the ministers' answer to a ceiling proposed at evaluation (APPROVE with the ceiling, or DECLINE) */
  public void recordCeilingDecision(String businessKey, int proposed, String decision, Integer approvedCeiling,
      java.time.LocalDate decidedOn, String reference) {
    jdbc.sql("""
        INSERT INTO mission_ceiling_decision (mission_business_key, proposed_ceiling, decision, approved_ceiling, decided_on, reference)
        VALUES (?, ?, ?, ?, ?, ?)""").params(businessKey, proposed, decision, approvedCeiling, decidedOn, reference).update();
  }

  /** officers the program has committed: the ceilings of every mission not closed */
  public int committedCeilings() {
    return jdbc.sql("SELECT COALESCE(SUM(ceiling), 0) FROM mission WHERE status <> 'CLOSED'")
        .query(Integer.class).single();
  }
}
