package ca.gc.cpa.selection;

import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.WhoIsWhere;
import ca.gc.cpa.i18n.UserMessage;
import ca.gc.cpa.planning.Rank;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer register: each officer once, registered by their service, with qualifications that outlive a
 * nomination (languages and tests, driving, firearms, passport, UN assessment, clearances), their tours and where
 * they are now. Nominations copy what the rules read at the time, so the register can move on and the history stays.
 */
@Repository
public class OfficerRegister {

  private final JdbcClient jdbc;
  private final OfficerRepository officers;
  private final WhoIsWhere whoIsWhere;
  private final SelectionProperties selection;

  public OfficerRegister(JdbcClient jdbc, OfficerRepository officers, WhoIsWhere whoIsWhere, SelectionProperties selection) {
    this.jdbc = jdbc;
    this.officers = officers;
    this.whoIsWhere = whoIsWhere;
    this.selection = selection;
  }

  /** Registers a new officer; the caller has checked {@link NewOfficer#violations} and that the number is new. */
  @Transactional
  public long register(NewOfficer o, String registeredBy) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO officer (agency_code, service_number, given_name, family_name, police_rank, gender, date_of_birth,
               service_start, languages, licence_since, manual_driving_since, firearms_qualified_on, passport_expiry,
               un_assessment_result, un_assessment_on, registered_by)
        VALUES (:agency, :number, :given, :family, :rank, :sex, :dob, :serviceStart, :languages, :licence, :manual,
               :firearms, :passport, :unResult, :unOn, :by)""")
        .param("agency", o.agencyCode()).param("number", o.serviceNumber()).param("given", o.givenName())
        .param("family", o.familyName()).param("rank", Rank.valueOf(o.rank()).label()).param("sex", o.sex())
        .param("dob", o.dateOfBirth()).param("serviceStart", o.serviceStart())
        .param("languages", String.join(",", o.languages())).param("licence", o.licenceSince())
        .param("manual", o.manualDrivingSince()).param("firearms", o.firearmsQualifiedOn())
        .param("passport", o.passportExpiry()).param("unResult", o.unAssessmentResult()).param("unOn", o.unAssessmentOn())
        .param("by", registeredBy)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    if (o.languageTests() != null) {
      o.languageTests().forEach(t -> addLanguageTest(id, t));
    }
    return id;
  }

  public Optional<Long> idOf(String agencyCode, String serviceNumber) {
    return officers.findByServiceNumber(agencyCode, serviceNumber).map(Officer::id);
  }

  public Optional<RegisterEntry> entry(long id) {
    return officers.find(id).map(this::entry);
  }

  /** a service's officers (every service's when {@code agencyCode} is null), by family name, at most {@code limit} */
  public List<RegisterEntry> list(String agencyCode, int limit) {
    List<Long> ids = agencyCode == null
        ? jdbc.sql("SELECT id FROM officer ORDER BY family_name, given_name, id LIMIT " + limit).query(Long.class).list()
        : jdbc.sql("SELECT id FROM officer WHERE agency_code = ? ORDER BY family_name, given_name, id LIMIT " + limit)
            .param(agencyCode).query(Long.class).list();
    return ids.stream().map(id -> entry(id).orElseThrow()).toList();
  }

  /** the officers of a service free to be nominated now (one query: the choice is made for every service a call reaches) */
  public List<Officer> available(String agencyCode) {
    return jdbc.sql("""
        SELECT o.* FROM officer o WHERE o.agency_code = ?
          AND NOT EXISTS (SELECT 1 FROM tour t WHERE t.officer_id = o.id AND t.status NOT IN ('COMPLETED', 'CANCELLED'))
          AND NOT EXISTS (SELECT 1 FROM nomination n JOIN selection s ON s.id = n.selection_id
                          WHERE n.officer_id = o.id AND s.status = 'OPEN' AND n.status IN (%s))
        ORDER BY o.family_name, o.given_name, o.id""".formatted(OPEN_NOMINATION))
        .param(agencyCode).query(OfficerRepository.ROW).list();
  }

  /**
   * Holds the officer's entry until the transaction ends ({@code SELECT … FOR UPDATE}): nominations of one officer take
   * turns, and each reads {@link #availability} only once the one before is committed or rolled back. Two nominations
   * racing for the same officer cannot both find them free (one officer, one place).
   */
  public void hold(long officerId) {
    jdbc.sql("SELECT id FROM officer WHERE id = ? FOR UPDATE").param(officerId).query(Long.class).optional();
  }

  /**
   * Holds a service's register until the transaction ends (its {@code agency} row, {@code FOR UPDATE}): registrations in
   * the nomination form take turns, and the second of the same service number finds the first.
   */
  public void holdService(String agencyCode) {
    jdbc.sql("SELECT code FROM agency WHERE code = ? FOR UPDATE").param(agencyCode).query(String.class).optional();
  }

  /** nomination statuses that still hold the officer in an open selection */
  static final String OPEN_NOMINATION = "'NOMINATED', 'SHORTLISTED', 'OFFERED', 'PROPOSED', 'ACCEPTED'";

  /** where the officer is now: in an open selection, on tour, in reintegration, or available */
  public RegisterEntry.Availability availability(long officerId) {
    Optional<RegisterEntry.Availability> tour = jdbc.sql("""
        SELECT business_key, mission_business_key, status, stage FROM tour
        WHERE officer_id = ? AND status NOT IN ('COMPLETED', 'CANCELLED') ORDER BY id DESC""")
        .param(officerId).query((rs, i) -> "REPATRIATING".equals(rs.getString("status"))
            ? new RegisterEntry.Availability("REINTEGRATION", "returning from tour %s (%s), until back at work"
                .formatted(rs.getString("business_key"), rs.getString("mission_business_key")))
            : new RegisterEntry.Availability("ON_TOUR", "on tour %s (%s), %s".formatted(rs.getString("business_key"),
                rs.getString("mission_business_key"), stageInWords(rs.getString("status"), rs.getString("stage")))))
        .list().stream().findFirst();
    if (tour.isPresent()) {
      return tour.get();
    }
    return jdbc.sql("""
        SELECT s.business_key FROM nomination n JOIN selection s ON s.id = n.selection_id
        WHERE n.officer_id = ? AND s.status = 'OPEN' AND n.status IN (%s) ORDER BY n.id DESC""".formatted(OPEN_NOMINATION))
        .param(officerId).query(String.class).list().stream().findFirst()
        .map(key -> new RegisterEntry.Availability("NOMINATED", "nominated in open selection " + key))
        .orElse(RegisterEntry.Availability.AVAILABLE);
  }

  /** where a tour under way is, in words (the stage, or the status before any stage) */
  @UserMessage
  static String stageInWords(String status, String stage) {
    return switch (stage != null ? stage : status) {
      case "SELECTED" -> "selected";
      case "IN_TRAINING", "TRAINING" -> "in training";
      case "TRAINING_FAILED" -> "training failed, retraining being decided";
      case "PREPARING", "LOGISTICS" -> "preparing to deploy";
      case "READY_TO_DEPART" -> "ready to depart";
      case "TRAVELLING_TO_MISSION" -> "travelling to the mission";
      case "INDUCTION" -> "in induction in the mission";
      case "EXTENSION_REVIEW" -> "in the mission, an extension being decided";
      case "TRAVELLING_HOME" -> "travelling home";
      default -> "in the mission";
    };
  }

  public void addLanguageTest(long officerId, RegisterEntry.LanguageTest t) {
    jdbc.sql("INSERT INTO officer_language_test (officer_id, language, test_kind, score, tested_on) VALUES (?, ?, ?, ?, ?)")
        .params(officerId, t.language(), t.kind(), t.score(), t.testedOn()).update();
  }

  public void recordUnAssessment(long officerId, String result, LocalDate on) {
    jdbc.sql("UPDATE officer SET un_assessment_result = ?, un_assessment_on = ? WHERE id = ?")
        .params(result, on, officerId).update();
  }

  public void recordClearance(long officerId, String kind, String verdict, LocalDate grantedOn, LocalDate expiresOn,
      Long nominationId) {
    jdbc.sql("""
        INSERT INTO officer_clearance (officer_id, kind, verdict, granted_on, expires_on, nomination_id)
        VALUES (?, ?, ?, ?, ?, ?)""").params(officerId, kind, verdict, grantedOn, expiresOn, nominationId).update();
  }

  private RegisterEntry entry(Officer officer) {
    long id = officer.id();
    record Row(LocalDate serviceStart, String languages, LocalDate licenceSince, LocalDate manualDrivingSince,
        LocalDate firearmsQualifiedOn, LocalDate passportExpiry, String unAssessmentResult, LocalDate unAssessmentOn) {}
    Row row = jdbc.sql("""
        SELECT service_start, languages, licence_since, manual_driving_since, firearms_qualified_on, passport_expiry,
               un_assessment_result, un_assessment_on FROM officer WHERE id = ?""").param(id).query(Row.class).single();
    List<RegisterEntry.LanguageTest> tests = jdbc.sql("""
        SELECT language, test_kind AS kind, score, tested_on FROM officer_language_test WHERE officer_id = ?
        ORDER BY tested_on, id""").param(id).query(RegisterEntry.LanguageTest.class).list();
    List<RegisterEntry.Clearance> clearances = jdbc.sql("""
        SELECT kind, verdict, granted_on, expires_on FROM officer_clearance WHERE officer_id = ? ORDER BY granted_on, id""")
        .param(id).query(RegisterEntry.Clearance.class).list();
    RegisterEntry.UnAssessment un = row.unAssessmentResult() == null ? null
        : new RegisterEntry.UnAssessment(row.unAssessmentResult(), row.unAssessmentOn(),
            "PASSED".equals(row.unAssessmentResult())
                ? row.unAssessmentOn().plusMonths(selection.unAssessmentValidityMonths()) : null);
    List<String> languages = row.languages() == null || row.languages().isBlank() ? List.of()
        : Arrays.asList(row.languages().split(","));
    return new RegisterEntry(officer, row.serviceStart(), languages, tests, row.licenceSince(), row.manualDrivingSince(),
        row.firearmsQualifiedOn(), row.passportExpiry(), un, clearances, availability(id), whoIsWhere.toursOf(id));
  }
}
