package ca.gc.cpa.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A mission's plan: its numbered positions, tour, budget and agreement (columns added by V3). */
@Repository
public class MissionPlanRepository {

  private static final RowMapper<Position> POSITION = (rs, i) -> new Position(
      rs.getString("mission_business_key"), rs.getInt("position_number"),
      PositionRole.valueOf(rs.getString("position_role")), Rank.valueOf(rs.getString("minimum_rank")),
      rs.getString("position_language"), rs.getBoolean("armed"));

  private final JdbcClient jdbc;

  public MissionPlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Numbers the plan's positions 1..n; a second call for the same mission replaces nothing. */
  public List<Position> savePositions(String missionBusinessKey, List<PositionProfile> profiles) {
    List<Position> existing = positions(missionBusinessKey);
    if (!existing.isEmpty()) {
      return existing;
    }
    int number = 0;
    for (PositionProfile p : profiles) {
      for (int i = 0; i < p.count(); i++) {
        number++;
        jdbc.sql("""
            INSERT INTO mission_position (mission_business_key, position_number, position_role, minimum_rank, position_language, armed)
            VALUES (?, ?, ?, ?, ?, ?)""")
            .params(missionBusinessKey, number, p.role().name(), p.minimumRank().name(), p.language(), p.armed())
            .update();
      }
    }
    return positions(missionBusinessKey);
  }

  /**
   * Positions up to {@code count}, numbered on: a new position takes the profile of the plan's positions in turn
   * (position n + 1 that of position 1, and so on). Existing positions stay.
   */
  public void extendPositions(String missionBusinessKey, int count) {
    List<Position> existing = positions(missionBusinessKey);
    for (int number = existing.size() + 1; number <= count; number++) {
      Position model = existing.get((number - 1) % existing.size());
      jdbc.sql("""
          INSERT INTO mission_position (mission_business_key, position_number, position_role, minimum_rank, position_language, armed)
          VALUES (?, ?, ?, ?, ?, ?)""")
          .params(missionBusinessKey, number, model.role().name(), model.minimumRank().name(), model.language(), model.armed())
          .update();
    }
  }

  public List<Position> positions(String missionBusinessKey) {
    return jdbc.sql("SELECT * FROM mission_position WHERE mission_business_key = ? ORDER BY position_number")
        .param(missionBusinessKey).query(POSITION).list();
  }

  public Optional<Position> position(String missionBusinessKey, int number) {
    return jdbc.sql("SELECT * FROM mission_position WHERE mission_business_key = ? AND position_number = ?")
        .params(missionBusinessKey, number).query(POSITION).optional();
  }

  /** the rotations' calendar the plan set: the tour, the first deployment, the weeks of a rotation's lead */
  public record RotationCalendar(int tourMonths, LocalDate firstDeployment, int leadWeeks) {}

  public RotationCalendar calendar(String missionBusinessKey) {
    return jdbc.sql("SELECT tour_months, first_deployment, rotation_lead_weeks FROM mission WHERE business_key = ?")
        .param(missionBusinessKey).query((rs, i) -> new RotationCalendar(rs.getInt("tour_months"),
            rs.getObject("first_deployment", LocalDate.class), rs.getInt("rotation_lead_weeks"))).single();
  }

  /** the plan's terms of a mission whose plan is recorded */
  public Optional<MissionTerms> terms(String missionBusinessKey) {
    return jdbc.sql("""
        SELECT mission_code, name, tour_months, high_stress, min_years_of_service FROM mission
        WHERE business_key = ? AND tour_months IS NOT NULL""").param(missionBusinessKey)
        .query((rs, i) -> new MissionTerms(rs.getString("mission_code"), rs.getString("name"), rs.getInt("tour_months"),
            rs.getBoolean("high_stress"), rs.getInt("min_years_of_service"))).optional();
  }

  public void recordPlan(String missionBusinessKey, int tourMonths, LocalDate firstDeployment, int leadWeeks,
      boolean highStress, int minYearsOfService) {
    jdbc.sql("""
        UPDATE mission SET tour_months = ?, first_deployment = ?, rotation_lead_weeks = ?, high_stress = ?,
               min_years_of_service = ? WHERE business_key = ?""")
        .params(tourMonths, firstDeployment, leadWeeks, highStress, minYearsOfService, missionBusinessKey).update();
  }

  public void recordBudget(String missionBusinessKey, long estimate) {
    jdbc.sql("UPDATE mission SET budget_estimate = ? WHERE business_key = ?").params(estimate, missionBusinessKey).update();
  }

  public void recordAgreement(String missionBusinessKey, String kind, String reference, LocalDate date) {
    jdbc.sql("UPDATE mission SET agreement_kind = ?, agreement_reference = ?, agreement_date = ? WHERE business_key = ?")
        .params(kind, reference, date, missionBusinessKey).update();
  }
}
