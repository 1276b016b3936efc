package ca.gc.cpa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.selection.ClearanceExpiryMigration;
import ca.gc.cpa.selection.SelectionFixture;
import ca.gc.cpa.support.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V10/V11 on a database holding officers recorded per nomination (before the register), on H2 and PostgreSQL: each
 * officer becomes a register entry from their latest nomination, the same person recorded twice becomes one entry
 * with both tours, and the nominations keep what was typed then. V13, added once databases were already at V20, gives
 * the clearances V11 migrated the expiry the register's rule states.
 */
class OfficerRegisterMigrationTest {

  static Stream<DataSource> databases() {
    return Stream.of(
        new DriverManagerDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
            "sa", ""),
        new DriverManagerDataSource(EmbeddedPostgres.newDatabase(), "postgres", "postgres"));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void officersRecordedPerNominationBecomeRegisterEntriesWithTheirHistory(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).table("cpa_schema_history").target("6").load().migrate();
    JdbcClient db = JdbcClient.create(dataSource);
    db.sql("""
        INSERT INTO mission (business_key, mission_code, name, request_business_key, ceiling, status, approved_on)
        VALUES ('MSN-M-2020', 'M', 'M', 'REQ-2020-0001', 5, 'OPEN', DATE '2020-01-01')""").update();
    db.sql("""
        INSERT INTO mission_position (mission_business_key, position_number, position_role, minimum_rank, position_language, armed)
        VALUES ('MSN-M-2020', 1, 'PATROL_MONITORING', 'CST', 'FR', FALSE)""").update();
    db.sql("""
        INSERT INTO selection (business_key, process_instance_id, mission_business_key, position_number, rotation, status)
        VALUES ('SEL-M-1-R1', 'pi-1', 'MSN-M-2020', 1, 1, 'FILLED'), ('SEL-M-1-R2', 'pi-2', 'MSN-M-2020', 1, 2, 'FILLED')""")
        .update();
    // the same officer typed twice under two numbers, once per tour
    db.sql("""
        INSERT INTO officer (id, agency_code, service_number, given_name, family_name, police_rank, gender, date_of_birth)
        VALUES (1, 'spvm', 'S-1', 'Marie', 'Roy', 'Cst', 'F', DATE '1980-02-03'),
               (2, 'spvm', 'S-1B', 'marie', 'ROY', 'Sgt', 'F', DATE '1980-02-03'),
               (3, 'spvm', 'S-2', 'Luc', 'Roy', 'Cst', 'M', DATE '1981-02-03')""").update();
    db.sql("""
        INSERT INTO nomination (selection_id, officer_id, agency_code, status, years_of_service, languages, language_score,
               licence_date, manual_years, discipline_clear, open_investigation, passport_expiry, un_assessment_on,
               security_verdict, created_at)
        VALUES ((SELECT id FROM selection WHERE business_key = 'SEL-M-1-R1'), 1, 'spvm', 'ACCEPTED', 10, 'FR', 70,
                DATE '2000-01-01', 3, TRUE, FALSE, DATE '2025-01-01', NULL, 'CLEARED', TIMESTAMP '2020-03-01 10:00:00'),
               ((SELECT id FROM selection WHERE business_key = 'SEL-M-1-R2'), 2, 'spvm', 'ACCEPTED', 12, 'FR,EN', 81,
                DATE '2000-01-01', 5, TRUE, FALSE, DATE '2030-01-01', DATE '2021-06-01', 'CLEARED',
                TIMESTAMP '2022-03-01 10:00:00')""").update();
    db.sql("""
        INSERT INTO tour (business_key, officer_id, agency_code, mission_business_key, position_number, rotation, status)
        VALUES ('DEP-2020-0001', 1, 'spvm', 'MSN-M-2020', 1, 1, 'COMPLETED'),
               ('DEP-2022-0001', 2, 'spvm', 'MSN-M-2020', 1, 2, 'COMPLETED')""").update();

    Flyway.configure().dataSource(dataSource).table("cpa_schema_history").load().migrate();

    assertThat(db.sql("SELECT id FROM officer WHERE agency_code = 'spvm' ORDER BY id").query(Long.class).list())
        .containsExactly(1L, 3L);
    assertThat(db.sql("SELECT officer_id FROM tour ORDER BY business_key").query(Long.class).list()).containsExactly(1L, 1L);
    assertThat(db.sql("SELECT officer_id FROM nomination ORDER BY id").query(Long.class).list()).containsExactly(1L, 1L);
    assertThat(db.sql("SELECT service_number FROM officer_merged WHERE merged_into = 1").query(String.class).single())
        .isEqualTo("S-1B");
    // the register: from the latest nomination (2022: 12 years of service, French and English, UN pass of 2021)
    record Entry(LocalDate serviceStart, String languages, LocalDate passportExpiry, String unAssessmentResult,
        LocalDate unAssessmentOn, LocalDate manualDrivingSince) {}
    assertThat(db.sql("""
        SELECT service_start, languages, passport_expiry, un_assessment_result, un_assessment_on, manual_driving_since
        FROM officer WHERE id = 1""").query(Entry.class).single()).isEqualTo(new Entry(LocalDate.of(2010, 3, 1), "FR,EN",
        LocalDate.of(2030, 1, 1), "PASSED", LocalDate.of(2021, 6, 1), LocalDate.of(2017, 3, 1)));
    assertThat(db.sql("SELECT test_kind || ' ' || language || ' ' || score FROM officer_language_test WHERE officer_id = 1")
        .query(String.class).list()).containsExactly("SERVICE FR 81");
    assertThat(db.sql("SELECT granted_on FROM officer_clearance WHERE officer_id = 1").query(LocalDate.class).single())
        .isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(db.sql("SELECT expires_on FROM officer_clearance").query(LocalDate.class).list())
        .as("V11 leaves the verdict it migrated without an expiry").containsExactly((LocalDate) null);
    // what was typed at each nomination stays
    assertThat(db.sql("SELECT years_of_service FROM nomination ORDER BY id").query(Integer.class).list())
        .isEqualTo(List.of(10, 12));
    // an officer never nominated keeps an entry without register data
    assertThat(db.sql("SELECT service_start FROM officer WHERE id = 3").query(LocalDate.class).optional()).isEmpty();

    // the application goes on (every later migration applied): a clearance it grants has its expiry, a refusal none
    assertThat(Flyway.configure().dataSource(dataSource).table("cpa_schema_history").load().info().pending())
        .as("migrations left unapplied").isEmpty();
    db.sql("""
        INSERT INTO officer_clearance (officer_id, kind, verdict, granted_on, expires_on)
        VALUES (3, 'SECURITY', 'NOT_CLEARED', DATE '2023-05-01', NULL),
               (3, 'SECURITY', 'CLEARED', DATE '2024-05-01', DATE '2029-05-01')""").update();

    // V13 comes later, below V20: the application's Flyway takes it out of order, with the configured validity
    Flyway flyway = Flyway.configure().dataSource(dataSource).table("cpa_schema_history").outOfOrder(true)
        .javaMigrations(new ClearanceExpiryMigration(SelectionFixture.registerProperties())).load();
    flyway.migrate();
    assertThat(flyway.info().applied()).filteredOn(m -> m.getVersion().equals(ClearanceExpiryMigration.VERSION))
        .extracting(MigrationInfo::getState).containsExactly(MigrationState.OUT_OF_ORDER);
    record Cleared(long officerId, String verdict, LocalDate grantedOn, LocalDate expiresOn) {}
    assertThat(db.sql("""
        SELECT officer_id, verdict, granted_on, expires_on FROM officer_clearance ORDER BY officer_id, granted_on""")
        .query(Cleared.class).list()).containsExactly(
            // granted on the day of the nomination that recorded it, valid 60 months (cpa.register): reused until then
            new Cleared(1, "CLEARED", LocalDate.of(2022, 3, 1), LocalDate.of(2027, 3, 1)),
            new Cleared(3, "NOT_CLEARED", LocalDate.of(2023, 5, 1), null),
            new Cleared(3, "CLEARED", LocalDate.of(2024, 5, 1), LocalDate.of(2029, 5, 1)));
  }
}
