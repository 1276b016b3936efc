package ca.gc.cpa.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The positions a mission was told are free again (table mission_freed_position; process mission, message PositionFreed). */
@Repository
public class MissionFreedPositionRepository {

  private final JdbcClient jdbc;

  public MissionFreedPositionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** one freed position, as the mission was told of it: which position of which rotation, why, which tour */
  public record FreedPosition(int positionNumber, int rotation, String reason, String deploymentBusinessKey,
      LocalDateTime toldAt) {}

  public void record(String missionBusinessKey, FreedPosition freed) {
    jdbc.sql("""
        INSERT INTO mission_freed_position (mission_business_key, position_number, rotation, reason,
                                            deployment_business_key, told_at)
        VALUES (?, ?, ?, ?, ?, ?)""").params(missionBusinessKey, freed.positionNumber(), freed.rotation(),
        freed.reason(), freed.deploymentBusinessKey(), freed.toldAt()).update();
  }

  /** what the mission was told, oldest first */
  public List<FreedPosition> freedPositions(String missionBusinessKey) {
    return jdbc.sql("""
        SELECT position_number, rotation, reason, deployment_business_key, told_at FROM mission_freed_position
        WHERE mission_business_key = ? ORDER BY id""").param(missionBusinessKey)
        .query((rs, i) -> new FreedPosition(rs.getInt("position_number"), rs.getInt("rotation"), rs.getString("reason"),
            rs.getString("deployment_business_key"), rs.getObject("told_at", LocalDateTime.class))).list();
  }
}
