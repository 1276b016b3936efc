package ca.gc.cpa.selection;

import static ca.gc.cpa.selection.SelectionVariables.*;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A nomination carries every value the rules need; dates are plausible. */
@Component("nominateOfficerCheck")
public class NominateOfficerCheck implements CompletionCheck {

  static final List<String> REQUIRED = List.of(NOMINEE_SERVICE_NUMBER, NOMINEE_GIVEN_NAME, NOMINEE_FAMILY_NAME,
      NOMINEE_RANK, NOMINEE_GENDER, NOMINEE_DATE_OF_BIRTH, NOMINEE_YEARS_OF_SERVICE, NOMINEE_LANGUAGE_SCORE,
      NOMINEE_LICENCE_DATE, NOMINEE_MANUAL_YEARS, NOMINEE_PASSPORT_EXPIRY);

  @Override
  public List<FieldViolation> check(FormValues values) {
    if (!values.string(NOMINATING).filter("NOMINATE"::equals).isPresent()) {
      return List.of();
    }
    List<FieldViolation> violations = new ArrayList<>();
    for (String key : REQUIRED) {
      if (values.get(key) == null || values.get(key) instanceof String s && s.isBlank()) {
        violations.add(new FieldViolation(key, "is required to nominate an officer"));
      }
    }
    if (values.list(NOMINEE_LANGUAGES).map(List::isEmpty).orElse(true)) {
      violations.add(new FieldViolation(NOMINEE_LANGUAGES, "name at least one language"));
    }
    values.date(NOMINEE_DATE_OF_BIRTH).filter(d -> !d.isBefore(values.today()))
        .ifPresent(d -> violations.add(new FieldViolation(NOMINEE_DATE_OF_BIRTH, "must be in the past")));
    values.date(NOMINEE_LICENCE_DATE).filter(d -> d.isAfter(values.today()))
        .ifPresent(d -> violations.add(new FieldViolation(NOMINEE_LICENCE_DATE, "must not be in the future")));
    values.date(NOMINEE_UN_ASSESSMENT_ON).filter(d -> d.isAfter(values.today()))
        .ifPresent(d -> violations.add(new FieldViolation(NOMINEE_UN_ASSESSMENT_ON, "must not be in the future")));
    return violations;
  }
}
