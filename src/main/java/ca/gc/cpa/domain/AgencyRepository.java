package ca.gc.cpa.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner police services. */
@Repository
public class AgencyRepository {

  private static final RowMapper<Agency> ROW = (rs, i) -> new Agency(
      rs.getString("code"), rs.getString("name"), rs.getString("province"), rs.getString("kind"),
      rs.getInt("sworn_strength"), rs.getString("coordinator_name"), rs.getString("coordinator_email"),
      rs.getBoolean("active"), rs.getObject("joined_on", java.time.LocalDate.class));

  private final JdbcClient jdbc;

  public AgencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Agency> findActive() {
    return jdbc.sql("SELECT * FROM agency WHERE active = TRUE ORDER BY code").query(ROW).list();
  }

  public Optional<Agency> find(String code) {
    return jdbc.sql("SELECT * FROM agency WHERE code = ?").param(code).query(ROW).optional();
  }

  /** Adds a service; fails on a duplicate code (primary key), never overwrites one. */
  public void insert(Agency agency) {
    jdbc.sql("""
        INSERT INTO agency (code, name, province, kind, sworn_strength, coordinator_name, coordinator_email, active, joined_on)
        VALUES (:code, :name, :province, :kind, :swornStrength, :coordinatorName, :coordinatorEmail, :active, :joinedOn)""")
        .paramSource(agency)
        .update();
  }
}
