package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A nomination names an officer of the nominating service's register who is free now (not in an open selection,
 * on tour or in reintegration: the refusal says where they are), or registers a new officer with every value the
 * register needs ({@link NewOfficer#violations}). The check runs in the completion's transaction, which then records the
 * nomination: it holds the officer (or, for a new one, the service's register) first, so that of two completions racing
 * for the same officer the second waits and is refused, never recorded twice ({@link OfficerRegister#hold}).
 */
@Component("nominateOfficerCheck")
public class NominateOfficerCheck implements CompletionCheck {

  /** the register's field names as the nomination form calls them */
  static final Map<String, Variable<?>> FORM_KEYS = Map.ofEntries(
      Map.entry("serviceNumber", NOMINEE_SERVICE_NUMBER), Map.entry("givenName", NOMINEE_GIVEN_NAME),
      Map.entry("familyName", NOMINEE_FAMILY_NAME), Map.entry("rank", NOMINEE_RANK), Map.entry("sex", NOMINEE_GENDER),
      Map.entry("dateOfBirth", NOMINEE_DATE_OF_BIRTH), Map.entry("serviceStart", NOMINEE_SERVICE_START),
      Map.entry("languages", NOMINEE_LANGUAGES), Map.entry("licenceSince", NOMINEE_LICENCE_DATE),
      Map.entry("manualDrivingSince", NOMINEE_MANUAL_SINCE), Map.entry("firearmsQualifiedOn", NOMINEE_FIREARMS_QUALIFIED_ON),
      Map.entry("passportExpiry", NOMINEE_PASSPORT_EXPIRY), Map.entry("unAssessmentOn", NOMINEE_UN_ASSESSMENT_ON),
      Map.entry("unAssessmentResult", NOMINEE_UN_ASSESSMENT_ON));

  private final OfficerRegister register;

  public NominateOfficerCheck(OfficerRegister register) {
    this.register = register;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    String answer = values.value(NOMINATING).orElse("");
    String agency = values.value(AGENCY_CODE).orElse(null);
    if (NOMINATE_FROM_REGISTER.equals(answer)) {
      return checkPick(values, agency);
    }
    if (REGISTER_AND_NOMINATE.equals(answer)) {
      return checkNew(values, agency);
    }
    return List.of();
  }

  private List<FieldViolation> checkPick(FormValues values, String agency) {
    Optional<RegisterEntry> entry = officerId(values).flatMap(register::entry)
        .filter(e -> e.officer().agencyCode().equals(agency));
    if (entry.isEmpty()) {
      return List.of(new FieldViolation(NOMINEE_OFFICER_ID, "choose an officer of your service's register"));
    }
    long id = entry.get().officer().id();
    register.hold(id);
    RegisterEntry.Availability where = register.availability(id);
    if (!where.available()) {
      return List.of(new FieldViolation(NOMINEE_OFFICER_ID, "%s cannot be nominated: %s"
          .formatted(entry.get().officer().displayName(), where.where())));
    }
    return List.of();
  }

  private List<FieldViolation> checkNew(FormValues values, String agency) {
    if (agency != null) {
      register.holdService(agency);
    }
    List<FieldViolation> out = new ArrayList<>();
    for (FieldViolation v : newOfficer(values, agency).violations(values.today())) {
      String key = v.field().startsWith("languageTests") ? NOMINEE_UN_TEST_SCORE.name()
          : FORM_KEYS.containsKey(v.field()) ? FORM_KEYS.get(v.field()).name() : v.field();
      out.add(new FieldViolation(key, v.message()));
    }
    boolean anyTest = values.get(NOMINEE_UN_TEST_LANGUAGE.name()) != null
        || values.get(NOMINEE_UN_TEST_SCORE.name()) != null || values.get(NOMINEE_UN_TEST_ON.name()) != null;
    if (anyTest && (values.value(NOMINEE_UN_TEST_LANGUAGE).isEmpty() || values.value(NOMINEE_UN_TEST_SCORE).isEmpty()
        || values.value(NOMINEE_UN_TEST_ON).isEmpty())) {
      out.add(new FieldViolation(NOMINEE_UN_TEST_SCORE, "give the UN language test's language, mark and date, or none"));
    }
    values.value(NOMINEE_SERVICE_NUMBER).flatMap(number -> register.idOf(agency, number)).ifPresent(id ->
        out.add(new FieldViolation(NOMINEE_SERVICE_NUMBER, "this officer is already in your register: choose them from it")));
    return out;
  }

  static Optional<Long> officerId(FormValues values) {
    try {
      return values.value(NOMINEE_OFFICER_ID).map(Long::parseLong);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** the new officer the form describes (as the register takes it) */
  static NewOfficer newOfficer(FormValues values, String agency) {
    List<RegisterEntry.LanguageTest> tests = new ArrayList<>();
    values.value(NOMINEE_UN_TEST_LANGUAGE).ifPresent(language -> values.value(NOMINEE_UN_TEST_SCORE).ifPresent(score ->
        values.value(NOMINEE_UN_TEST_ON).ifPresent(on -> tests.add(new RegisterEntry.LanguageTest(language, "UN", score, on)))));
    var unOn = values.value(NOMINEE_UN_ASSESSMENT_ON).orElse(null);
    return new NewOfficer(agency, values.value(NOMINEE_SERVICE_NUMBER).orElse(null),
        values.value(NOMINEE_GIVEN_NAME).orElse(null), values.value(NOMINEE_FAMILY_NAME).orElse(null),
        values.value(NOMINEE_RANK).orElse(null), values.value(NOMINEE_GENDER).orElse(null),
        values.value(NOMINEE_DATE_OF_BIRTH).orElse(null), values.value(NOMINEE_SERVICE_START).orElse(null),
        values.value(NOMINEE_LANGUAGES).orElse(List.of()), tests, values.value(NOMINEE_LICENCE_DATE).orElse(null),
        values.value(NOMINEE_MANUAL_SINCE).orElse(null), values.value(NOMINEE_FIREARMS_QUALIFIED_ON).orElse(null),
        values.value(NOMINEE_PASSPORT_EXPIRY).orElse(null), unOn == null ? null : "PASSED", unOn);
  }
}
