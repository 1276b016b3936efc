package ca.gc.cpa.review;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ceiling fits the headroom under the cap, or comes with a complete change of the cap it fits under. */
class CapChangeRuleTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  static final FormValues NOTHING = FormValues.of(Map.of(), TODAY);

  List<String> fields(int ceiling, Optional<ProgramCap.Change> change) {
    return CapChangeRule.check("ceiling", ceiling, 150, 140, change, NOTHING).stream().map(FieldViolation::field).toList();
  }

  @Test
  void withinTheHeadroomNoCapChangeIsNeeded() {
    assertThat(fields(10, Optional.empty())).isEmpty();
    assertThat(fields(11, Optional.empty())).containsExactly("ceiling");
  }

  @Test
  void aboveTheHeadroomTheNewCapMustHoldItAndBeDatedAndReferenced() {
    assertThat(fields(20, Optional.of(new ProgramCap.Change(160, TODAY, "MIN-1", "REQ")))).isEmpty();
    assertThat(fields(21, Optional.of(new ProgramCap.Change(160, TODAY, "MIN-1", "REQ")))).containsExactly("ceiling");
    assertThat(fields(20, Optional.of(new ProgramCap.Change(160, TODAY.plusDays(1), null, "REQ"))))
        .containsExactly("capChangeDate", "capChangeReference");
  }

  @Test
  void aCapChangeIsReadFromTheFormOnlyWithItsNewCap() {
    assertThat(CapChangeRule.of(NOTHING, "REQ")).isEmpty();
    assertThat(CapChangeRule.of(FormValues.of(Map.of("newProgramCap", 200, "capChangeDate", "2026-11-01",
        "capChangeReference", "MIN-2"), TODAY), "REQ"))
        .contains(new ProgramCap.Change(200, LocalDate.of(2026, 11, 1), "MIN-2", "REQ"));
  }
}
