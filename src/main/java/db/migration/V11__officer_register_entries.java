package db.migration;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Turns the officers recorded per nomination (before the register) into register entries. Each officer's
 * register data comes from their latest nomination: service start (the nomination's date less the years of
 * service typed then), languages, the language score typed then (a service test in the position's language),
 * driving licence, manual driving, passport, a UN assessment pass, and the security verdict (a clearance granted
 * that day, left without expiry here: V13, {@code ca.gc.cpa.selection.ClearanceExpiryMigration}, gives it the expiry
 * the rule states). The same person recorded twice (same service, names and date of birth) becomes
 * one entry: the later rows' nominations and tours move to the first, and the numbers typed then are kept in
 * {@code officer_merged}. Nominations keep every value typed at the time: the history.
 */
public class V11__officer_register_entries extends BaseJavaMigration {

  @Override
  public void migrate(Context context) {
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
    mergeDuplicates(jdbc);
    List<Map<String, Object>> latest = jdbc.queryForList("""
        SELECT n.id, n.officer_id, n.years_of_service, n.languages, n.language_score, n.licence_date, n.manual_years,
               n.passport_expiry, n.un_assessment_on, n.security_verdict, n.created_at, p.position_language
        FROM nomination n
        JOIN selection s ON s.id = n.selection_id
        LEFT JOIN mission_position p ON p.mission_business_key = s.mission_business_key
                                    AND p.position_number = s.position_number
        WHERE n.id = (SELECT MAX(m.id) FROM nomination m WHERE m.officer_id = n.officer_id)""");
    for (Map<String, Object> n : latest) {
      LocalDate on = toDate(n.get("created_at"));
      long officerId = ((Number) n.get("officer_id")).longValue();
      LocalDate unOn = toDate(n.get("un_assessment_on"));
      jdbc.update("""
          UPDATE officer SET service_start = ?, languages = ?, licence_since = ?, manual_driving_since = ?,
                 passport_expiry = ?, un_assessment_result = ?, un_assessment_on = ?, registered_by = 'migration'
          WHERE id = ?""",
          Date.valueOf(on.minusYears(((Number) n.get("years_of_service")).intValue())), n.get("languages"),
          n.get("licence_date"), Date.valueOf(on.minusYears(((Number) n.get("manual_years")).intValue())),
          n.get("passport_expiry"), unOn == null ? null : "PASSED", unOn == null ? null : Date.valueOf(unOn), officerId);
      if (n.get("position_language") != null) {
        jdbc.update("INSERT INTO officer_language_test (officer_id, language, test_kind, score, tested_on) VALUES (?, ?, 'SERVICE', ?, ?)",
            officerId, n.get("position_language"), n.get("language_score"), Date.valueOf(on));
      }
      if (n.get("security_verdict") != null) {
        jdbc.update("""
            INSERT INTO officer_clearance (officer_id, kind, verdict, granted_on, expires_on, nomination_id)
            VALUES (?, 'SECURITY', ?, ?, NULL, ?)""", officerId, n.get("security_verdict"), Date.valueOf(on), n.get("id"));
      }
    }
  }

  private static void mergeDuplicates(JdbcTemplate jdbc) {
    List<Map<String, Object>> duplicates = jdbc.queryForList("""
        SELECT o.id, o.agency_code, o.service_number,
               (SELECT MIN(f.id) FROM officer f WHERE f.agency_code = o.agency_code AND f.date_of_birth = o.date_of_birth
                  AND LOWER(f.given_name) = LOWER(o.given_name) AND LOWER(f.family_name) = LOWER(o.family_name)) AS first_id
        FROM officer o""");
    for (Map<String, Object> d : duplicates) {
      long id = ((Number) d.get("id")).longValue();
      long first = ((Number) d.get("first_id")).longValue();
      if (id == first) {
        continue;
      }
      jdbc.update("UPDATE nomination SET officer_id = ? WHERE officer_id = ?", first, id);
      jdbc.update("UPDATE tour SET officer_id = ? WHERE officer_id = ?", first, id);
      jdbc.update("INSERT INTO officer_merged (merged_id, agency_code, service_number, merged_into) VALUES (?, ?, ?, ?)",
          id, d.get("agency_code"), d.get("service_number"), first);
      jdbc.update("DELETE FROM officer WHERE id = ?", id);
    }
  }

  private static LocalDate toDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    if (value instanceof java.time.LocalDateTime t) {
      return t.toLocalDate();
    }
    if (value instanceof java.time.OffsetDateTime t) {
      return t.toLocalDate();
    }
    return (LocalDate) value;
  }
}
