package ca.gc.cpa.selection;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A nomination names a free officer of the service's own register, or registers a new one completely. */
class NominateOfficerCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  SelectionFixture fixture;
  NominateOfficerCheck check;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new SelectionFixture();
    check = new NominateOfficerCheck(fixture.register);
  }

  @AfterEach
  void tearDown() {
    // the fixture registers the selection's beans for process tests: none may outlive this test in the thread
    Mocks.reset();
  }

  List<FieldViolation> violations(Map<String, Object> v) {
    Map<String, Object> values = new HashMap<>(v);
    values.putIfAbsent("agencyCode", "rcmp");
    return check.check(FormValues.of(values, TODAY));
  }

  List<String> fields(Map<String, Object> v) {
    return violations(v).stream().map(FieldViolation::field).toList();
  }

  long register(String agency, String number) {
    return fixture.register.register(new NewOfficer(agency, number, "Marie", "Roy", "SGT", "F", LocalDate.of(1985, 4, 2),
        LocalDate.of(2010, 1, 1), List.of("FR"), List.of(), LocalDate.of(2005, 1, 1), null, null,
        LocalDate.of(2032, 1, 1), null, null), "test");
  }

  @Test
  void noNomineeNeedsNothingElse() {
    assertThat(fields(Map.of("nominating", "NONE"))).isEmpty();
  }

  @Test
  void aNewOfficerNeedsEveryValueTheRegisterHolds() {
    assertThat(fields(Map.of("nominating", "REGISTER"))).contains("nomineeServiceNumber", "nomineeGivenName",
        "nomineeFamilyName", "nomineeRank", "nomineeGender", "nomineeDateOfBirth", "nomineeServiceStart",
        "nomineeLanguages", "nomineeLicenceDate", "nomineePassportExpiry");
  }

  @Test
  void aCompleteNewOfficerPassesAndFutureDatesAreRefused() {
    Map<String, Object> v = new HashMap<>(CandidateSelectionProcessTest.nominee("R1", "Marie", "F"));
    v.put("nomineeLanguages", List.of("FR"));
    assertThat(fields(v)).isEmpty();
    v.put("nomineeLicenceDate", TODAY.plusDays(1).toString());
    v.put("nomineeUnAssessmentOn", TODAY.plusDays(1).toString());
    v.put("nomineeServiceStart", TODAY.plusDays(1).toString());
    assertThat(fields(v)).containsExactlyInAnyOrder("nomineeServiceStart", "nomineeLicenceDate", "nomineeUnAssessmentOn");
  }

  @Test
  void aUnLanguageTestIsGivenWholeOrNotAtAll() {
    Map<String, Object> v = new HashMap<>(CandidateSelectionProcessTest.nominee("R1", "Marie", "F"));
    v.put("nomineeUnTestScore", 70);
    assertThat(fields(v)).containsExactly("nomineeUnTestScore");
    v.put("nomineeUnTestLanguage", "FR");
    v.put("nomineeUnTestOn", TODAY.toString());
    assertThat(fields(v)).isEmpty();
    v.put("nomineeUnTestScore", 101);
    assertThat(fields(v)).containsExactly("nomineeUnTestScore");
  }

  @Test
  void anOfficerAlreadyRegisteredIsChosenNotRetyped() {
    register("rcmp", "R1");
    assertThat(violations(CandidateSelectionProcessTest.nominee("R1", "Marie", "F")))
        .extracting(FieldViolation::message).containsExactly("this officer is already in your register: choose them from it");
  }

  @Test
  void aChoiceIsAnOfficerOfTheServicesOwnRegister() {
    long own = register("rcmp", "R1");
    long other = register("spvm", "S1");
    assertThat(fields(Map.of("nominating", "NOMINATE", "nomineeOfficerId", String.valueOf(own)))).isEmpty();
    assertThat(violations(Map.of("nominating", "NOMINATE", "nomineeOfficerId", String.valueOf(other))))
        .extracting(FieldViolation::message).containsExactly("choose an officer of your service's register");
    assertThat(fields(Map.of("nominating", "NOMINATE", "nomineeOfficerId", "99999"))).containsExactly("nomineeOfficerId");
    assertThat(fields(Map.of("nominating", "NOMINATE"))).containsExactly("nomineeOfficerId");
  }

  @Test
  void anOfficerOnTourOrInReintegrationIsNotFreeAndTheRefusalSaysWhere() {
    long officer = register("rcmp", "R1");
    fixture.tours.create(new Tour(null, "DEP-2026-0001", officer, "rcmp", "MSN-X-2026", 1, 1, TourStatus.REPATRIATING));
    assertThat(violations(Map.of("nominating", "NOMINATE", "nomineeOfficerId", String.valueOf(officer))))
        .extracting(FieldViolation::message).singleElement().asString()
        .isEqualTo("Sgt Marie Roy cannot be nominated: returning from tour DEP-2026-0001 (MSN-X-2026), until back at work");
    fixture.db.sql("UPDATE tour SET status = 'COMPLETED'").update();
    assertThat(fields(Map.of("nominating", "NOMINATE", "nomineeOfficerId", String.valueOf(officer)))).isEmpty();
  }
}
