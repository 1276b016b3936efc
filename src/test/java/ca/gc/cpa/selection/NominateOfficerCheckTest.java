package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;
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
    values.putIfAbsent(AGENCY_CODE.name(), "rcmp");
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
    assertThat(fields(Map.of(NOMINATING.name(), "NONE"))).isEmpty();
  }

  @Test
  void aNewOfficerNeedsEveryValueTheRegisterHolds() {
    assertThat(fields(Map.of(NOMINATING.name(), "REGISTER"))).contains(NOMINEE_SERVICE_NUMBER.name(), NOMINEE_GIVEN_NAME.name(),
        NOMINEE_FAMILY_NAME.name(), NOMINEE_RANK.name(), NOMINEE_GENDER.name(), NOMINEE_DATE_OF_BIRTH.name(), NOMINEE_SERVICE_START.name(),
        NOMINEE_LANGUAGES.name(), NOMINEE_LICENCE_DATE.name(), NOMINEE_PASSPORT_EXPIRY.name());
  }

  @Test
  void aCompleteNewOfficerPassesAndFutureDatesAreRefused() {
    Map<String, Object> v = new HashMap<>(CandidateSelectionProcessTest.nominee("R1", "Marie", "F"));
    v.put(NOMINEE_LANGUAGES.name(), List.of("FR"));
    assertThat(fields(v)).isEmpty();
    v.put(NOMINEE_LICENCE_DATE.name(), TODAY.plusDays(1).toString());
    v.put(NOMINEE_UN_ASSESSMENT_ON.name(), TODAY.plusDays(1).toString());
    v.put(NOMINEE_SERVICE_START.name(), TODAY.plusDays(1).toString());
    assertThat(fields(v)).containsExactlyInAnyOrder(NOMINEE_SERVICE_START.name(), NOMINEE_LICENCE_DATE.name(), NOMINEE_UN_ASSESSMENT_ON.name());
  }

  @Test
  void aUnLanguageTestIsGivenWholeOrNotAtAll() {
    Map<String, Object> v = new HashMap<>(CandidateSelectionProcessTest.nominee("R1", "Marie", "F"));
    v.put(NOMINEE_UN_TEST_SCORE.name(), 70);
    assertThat(fields(v)).containsExactly(NOMINEE_UN_TEST_SCORE.name());
    v.put(NOMINEE_UN_TEST_LANGUAGE.name(), "FR");
    v.put(NOMINEE_UN_TEST_ON.name(), TODAY.toString());
    assertThat(fields(v)).isEmpty();
    v.put(NOMINEE_UN_TEST_SCORE.name(), 101);
    assertThat(fields(v)).containsExactly(NOMINEE_UN_TEST_SCORE.name());
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
    assertThat(fields(Map.of(NOMINATING.name(), "NOMINATE", NOMINEE_OFFICER_ID.name(), String.valueOf(own)))).isEmpty();
    assertThat(violations(Map.of(NOMINATING.name(), "NOMINATE", NOMINEE_OFFICER_ID.name(), String.valueOf(other))))
        .extracting(FieldViolation::message).containsExactly("choose an officer of your service's register");
    assertThat(fields(Map.of(NOMINATING.name(), "NOMINATE", NOMINEE_OFFICER_ID.name(), "99999"))).containsExactly(NOMINEE_OFFICER_ID.name());
    assertThat(fields(Map.of(NOMINATING.name(), "NOMINATE"))).containsExactly(NOMINEE_OFFICER_ID.name());
  }

  @Test
  void anOfficerOnTourOrInReintegrationIsNotFreeAndTheRefusalSaysWhere() {
    long officer = register("rcmp", "R1");
    fixture.tours.create(new Tour(null, "DEP-2026-0001", officer, "rcmp", "MSN-X-2026", 1, 1, TourStatus.REPATRIATING));
    assertThat(violations(Map.of(NOMINATING.name(), "NOMINATE", NOMINEE_OFFICER_ID.name(), String.valueOf(officer))))
        .extracting(FieldViolation::message).singleElement().asString()
        .isEqualTo("Sgt Marie Roy cannot be nominated: returning from tour DEP-2026-0001 (MSN-X-2026), until back at work");
    fixture.db.sql("UPDATE tour SET status = 'COMPLETED'").update();
    assertThat(fields(Map.of(NOMINATING.name(), "NOMINATE", NOMINEE_OFFICER_ID.name(), String.valueOf(officer)))).isEmpty();
  }
}
