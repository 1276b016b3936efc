package ca.gc.cpa.selection;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NominateOfficerCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  static List<String> fields(Map<String, Object> v) {
    return new NominateOfficerCheck().check(FormValues.of(v, TODAY)).stream().map(FieldViolation::field).toList();
  }

  @Test
  void noNomineeNeedsNothingElse() {
    assertThat(fields(Map.of("nominating", "NONE"))).isEmpty();
  }

  @Test
  void aNominationNeedsEveryValueTheRulesUse() {
    assertThat(fields(Map.of("nominating", "NOMINATE"))).containsAll(NominateOfficerCheck.REQUIRED).contains("nomineeLanguages");
  }

  @Test
  void aCompleteNominationPassesAndFutureDatesAreRefused() {
    Map<String, Object> v = new HashMap<>(CandidateSelectionProcessTest.nominee("R1", "Marie", "F"));
    v.put("nomineeLanguages", List.of("FR"));
    assertThat(fields(v)).isEmpty();
    v.put("nomineeLicenceDate", TODAY.plusDays(1).toString());
    v.put("nomineeUnAssessmentOn", TODAY.plusDays(1).toString());
    v.put("nomineeDateOfBirth", TODAY.toString());
    assertThat(fields(v)).containsExactly("nomineeDateOfBirth", "nomineeLicenceDate", "nomineeUnAssessmentOn");
  }
}
