package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who commands each mission's Canadian contingent (table mission_command, migration V20), and the missions where
 * officers serve with no commander named.
 */
@Repository
public class MissionCommandRepository {

  private final JdbcClient jdbc;

  public MissionCommandRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** names (or renames) the contingent commander of a mission */
  public void assignCommander(String missionBusinessKey, String userId, LocalDate on, String by) {
    if (jdbc.sql("UPDATE mission_command SET commander_user_id = ?, assigned_on = ?, assigned_by = ? WHERE mission_business_key = ?")
        .params(userId, on, by, missionBusinessKey).update() == 0) {
      jdbc.sql("INSERT INTO mission_command (mission_business_key, commander_user_id, assigned_on, assigned_by) VALUES (?, ?, ?, ?)")
          .params(missionBusinessKey, userId, on, by).update();
    }
  }

  public Optional<String> commanderOf(String missionBusinessKey) {
    return jdbc.sql("SELECT commander_user_id FROM mission_command WHERE mission_business_key = ?")
        .param(missionBusinessKey).query(String.class).optional();
  }

  public List<String> missionsCommandedBy(String userId) {
    return jdbc.sql("SELECT mission_business_key FROM mission_command WHERE commander_user_id = ? ORDER BY mission_business_key")
        .param(userId).query(String.class).list();
  }

  /** the missions where officers serve now and no contingent commander is named (RCMP IPOB acts for them) */
  public List<String> servingMissionsWithoutCommander() {
    return jdbc.sql("""
        SELECT DISTINCT t.mission_business_key FROM tour t
        WHERE t.status = 'DEPLOYED' AND t.stage IN (:stages)
          AND NOT EXISTS (SELECT 1 FROM mission_command c WHERE c.mission_business_key = t.mission_business_key)
        ORDER BY t.mission_business_key""").param("stages", ServingTourRepository.SERVING_STAGES)
        .query(String.class).list();
  }
}
