package ca.gc.cpa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.selection.NominationRepository;
import ca.gc.cpa.selection.Selection;
import ca.gc.cpa.support.EmbeddedPostgres;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrations that carry running instances' variables over to the business tables (db.migration.VariablesCarriedOver),
 * on a database with work under way (H2 and PostgreSQL): a selection's call round and candidate (V43), a mission's
 * held positions (V47), a tour's freed reason still to be told (V48), a critical incident's instance (V49); a database
 * without the engine's tables migrates as well.
 */
class RunningInstancesMigrationTest {

  // the variables the migrations read, no longer in any contract (the mission's message still names its value so)
  static final String HELD_POSITIONS = "heldPositions";
  static final String FREED_REASON = ca.gc.cpa.process.MissionProcess.FREED_REASON.name();
  static final String INCIDENT_ID = "incidentId";

  static Stream<DataSource> databases() {
    return Stream.of(
        new DriverManagerDataSource("jdbc:h2:mem:selection-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
            "sa", ""),
        new DriverManagerDataSource(EmbeddedPostgres.newDatabase(), "postgres", "postgres"));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void whatRunningInstancesHeldAsVariablesIsOnTheirRows(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).table("cpa_schema_history").target("42").load().migrate();
    JdbcClient db = JdbcClient.create(dataSource);
    // the engine's table of variables, as far as the migration reads it
    db.sql("""
        CREATE TABLE ACT_RU_VARIABLE (ID_ VARCHAR(64) PRIMARY KEY, NAME_ VARCHAR(255), EXECUTION_ID_ VARCHAR(64),
            PROC_INST_ID_ VARCHAR(64), LONG_ BIGINT, TEXT_ VARCHAR(4000))""").update();
    db.sql("CREATE TABLE ACT_RU_EXECUTION (ID_ VARCHAR(64) PRIMARY KEY, BUSINESS_KEY_ VARCHAR(255))").update();
    db.sql("""
        INSERT INTO mission (business_key, mission_code, name, request_business_key, ceiling, status, approved_on)
        VALUES ('MSN-M-2026', 'M', 'M', 'REQ-2026-0001', 5, 'OPEN', DATE '2026-01-01')""").update();
    db.sql("""
        INSERT INTO selection (business_key, process_instance_id, mission_business_key, position_number, rotation, status)
        VALUES ('SEL-M-1-R1', 'pi-1', 'MSN-M-2026', 1, 1, 'OPEN'), ('SEL-M-2-R1', 'pi-2', 'MSN-M-2026', 2, 1, 'OPEN')""")
        .update();
    db.sql("""
        INSERT INTO officer (agency_code, service_number, given_name, family_name, police_rank, gender, date_of_birth)
        VALUES ('spvm', 'S-1', 'Marie', 'Roy', 'Sgt', 'F', DATE '1985-04-02')""").update();
    db.sql("""
        INSERT INTO nomination (selection_id, officer_id, agency_code, status, years_of_service, languages, language_score,
               licence_date, manual_years, discipline_clear, open_investigation, passport_expiry)
        SELECT s.id, o.id, o.agency_code, 'SHORTLISTED', 10, 'FR', 70, DATE '2000-01-01', 3, TRUE, FALSE, DATE '2030-01-01'
        FROM selection s, officer o WHERE s.business_key = 'SEL-M-1-R1' AND o.service_number = 'S-1'""").update();
    long nomination = db.sql("SELECT id FROM nomination").query(Long.class).single();
    // pi-1 in its second call, considering a candidate; pi-2 in its first call (a service's scope holds a variable too)
    db.sql("""
        INSERT INTO ACT_RU_VARIABLE (ID_, NAME_, EXECUTION_ID_, PROC_INST_ID_, LONG_)
        VALUES ('v1', 'callRound', 'pi-1', 'pi-1', 2), ('v2', 'candidateNominationId', 'pi-1', 'pi-1', ?),
               ('v3', 'callRound', 'pi-2', 'pi-2', 1), ('v4', 'callRound', 'scope-1', 'pi-2', 7)""")
        .param(nomination).update();
    // the mission's instance: position 2 held by an extended officer
    db.sql("INSERT INTO ACT_RU_EXECUTION (ID_, BUSINESS_KEY_) VALUES ('pi-m', 'MSN-M-2026'), ('pi-1', 'SEL-M-1-R1')")
        .update();
    db.sql("""
        INSERT INTO ACT_RU_VARIABLE (ID_, NAME_, EXECUTION_ID_, PROC_INST_ID_, TEXT_)
        VALUES ('v5', ?, 'pi-m', 'pi-m', '2')""").param(HELD_POSITIONS).update();
    // a tour whose mission is still to be told why its position is free, with a critical incident awaiting decision
    db.sql("""
        INSERT INTO tour (business_key, officer_id, agency_code, mission_business_key, position_number, rotation, status)
        SELECT 'DEP-2026-0001', id, agency_code, 'MSN-M-2026', 1, 1, 'COMPLETED' FROM officer""").update();
    db.sql("""
        INSERT INTO tour_incident (tour_business_key, severity, reported_at)
        VALUES ('DEP-2026-0001', 'CRITICAL', TIMESTAMP '2026-07-20 08:00:00')""").update();
    long incident = db.sql("SELECT id FROM tour_incident").query(Long.class).single();
    db.sql("INSERT INTO ACT_RU_EXECUTION (ID_, BUSINESS_KEY_) VALUES ('pi-t', 'DEP-2026-0001'), ('pi-i', 'DEP-2026-0001')")
        .update();
    db.sql("""
        INSERT INTO ACT_RU_VARIABLE (ID_, NAME_, EXECUTION_ID_, PROC_INST_ID_, TEXT_, LONG_)
        VALUES ('v6', ?, 'pi-t', 'pi-t', 'EARLY_RETURN', NULL), ('v7', ?, 'pi-i', 'pi-i', NULL, ?)""")
        .params(FREED_REASON, INCIDENT_ID, incident).update();

    Flyway.configure().dataSource(dataSource).table("cpa_schema_history").load().migrate();

    assertThat(db.sql("SELECT call_round FROM selection ORDER BY business_key").query(Integer.class).list())
        .containsExactly(2, 1);
    assertThat(db.sql("SELECT candidate_nomination_id FROM selection ORDER BY business_key").query(Long.class).list())
        .containsExactly(nomination, null);
    assertThat(db.sql("SELECT held_positions FROM mission").query(String.class).single()).isEqualTo("2");
    assertThat(db.sql("SELECT freed_reason FROM tour").query(String.class).single()).isEqualTo("EARLY_RETURN");
    assertThat(db.sql("SELECT process_instance_id FROM tour_incident").query(String.class).single()).isEqualTo("pi-i");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aNewDatabaseStartsEachSelectionInItsFirstCall(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).table("cpa_schema_history").load().migrate();
    JdbcClient db = JdbcClient.create(dataSource);
    db.sql("""
        INSERT INTO mission (business_key, mission_code, name, request_business_key, ceiling, status, approved_on)
        VALUES ('MSN-M-2026', 'M', 'M', 'REQ-2026-0001', 5, 'OPEN', DATE '2026-01-01')""").update();
    long id = new NominationRepository(db).openSelection("SEL-M-1-R1", "pi-1", "MSN-M-2026", 1, 1);
    assertThat(new NominationRepository(db).selectionOf("pi-1")).extracting(Selection::id, Selection::callRound,
        Selection::candidateNominationId).containsExactly(id, 1, null);
  }
}
