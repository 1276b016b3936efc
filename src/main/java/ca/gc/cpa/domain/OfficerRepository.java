package ca.gc.cpa.domain;

import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Officers of the partner services. */
@Repository
public class OfficerRepository {

  /** an {@code officer} row's identity */
  public static final RowMapper<Officer> ROW = (rs, i) -> new Officer(
      rs.getLong("id"), rs.getString("agency_code"), rs.getString("service_number"),
      rs.getString("given_name"), rs.getString("family_name"), rs.getString("police_rank"),
      rs.getString("gender"), rs.getObject("date_of_birth", java.time.LocalDate.class));

  private final JdbcClient jdbc;

  public OfficerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Officer> find(long id) {
    return jdbc.sql("SELECT * FROM officer WHERE id = ?").param(id).query(ROW).optional();
  }

  public Optional<Officer> findByServiceNumber(String agencyCode, String serviceNumber) {
    return jdbc.sql("SELECT * FROM officer WHERE agency_code = ? AND service_number = ?")
        .params(agencyCode, serviceNumber).query(ROW).optional();
  }

  /**
   * An officer's identity by service number, created or updated (rank, names). The register
   * ({@code selection.OfficerRegister}) registers officers with everything else it holds.
   */
  public Officer save(Officer officer) {
    Optional<Officer> existing = findByServiceNumber(officer.agencyCode(), officer.serviceNumber());
    if (existing.isPresent()) {
      jdbc.sql("""
          UPDATE officer SET given_name = :givenName, family_name = :familyName, police_rank = :rank,
                 gender = :gender, date_of_birth = :dateOfBirth WHERE id = :id""")
          .param("givenName", officer.givenName()).param("familyName", officer.familyName())
          .param("rank", officer.rank()).param("gender", officer.gender()).param("dateOfBirth", officer.dateOfBirth())
          .param("id", existing.get().id())
          .update();
      return find(existing.get().id()).orElseThrow();
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO officer (agency_code, service_number, given_name, family_name, police_rank, gender, date_of_birth)
        VALUES (:agencyCode, :serviceNumber, :givenName, :familyName, :rank, :gender, :dateOfBirth)""")
        .paramSource(officer).update(keys, "id");
    return find(keys.getKey().longValue()).orElseThrow();
  }
}
