package ca.gc.cpa.selection;

import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V13: the security clearances V11 turned into register entries (a verdict typed on a nomination before
 * the register) had no expiry; a clearance granted is valid {@code cpa.register.security-clearance-validity-months}
 * from the day it was granted ({@link RegisterProperties#securityClearanceExpiry}, the rule new clearances follow), and is
 * reused until then. A refusal keeps no expiry, as the register records it. The migration is a Spring bean (Spring
 * Boot hands it to Flyway) so that it reads the one configured validity; it changes data only, so a database migrated
 * without it (a test's plain Flyway) has the same schema. Numbered in the register's range (V10 to V19): a database
 * already past it (V20) takes it out of order ({@code spring.flyway.out-of-order}).
 */
@Component
public class ClearanceExpiryMigration implements JavaMigration {

  public static final MigrationVersion VERSION = MigrationVersion.fromVersion("13");

  private final RegisterProperties properties;

  public ClearanceExpiryMigration(RegisterProperties properties) {
    this.properties = properties;
  }

  @Override
  public MigrationVersion getVersion() {
    return VERSION;
  }

  @Override
  public String getDescription() {
    return "migrated clearance expiry";
  }

  /** none: the migration's outcome follows the configured validity, which may change after it ran */
  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) {
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
    record Granted(long id, LocalDate grantedOn) {}
    List<Granted> granted = jdbc.query("""
        SELECT id, granted_on FROM officer_clearance
        WHERE kind = 'SECURITY' AND verdict = 'CLEARED' AND expires_on IS NULL ORDER BY id""",
        (rs, i) -> new Granted(rs.getLong("id"), rs.getObject("granted_on", LocalDate.class)));
    jdbc.batchUpdate("UPDATE officer_clearance SET expires_on = ? WHERE id = ?", granted, 500, (ps, g) -> {
      ps.setObject(1, properties.securityClearanceExpiry(g.grantedOn()));
      ps.setLong(2, g.id());
    });
  }
}
