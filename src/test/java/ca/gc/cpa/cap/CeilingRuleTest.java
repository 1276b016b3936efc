package ca.gc.cpa.cap;

import static ca.gc.cpa.process.CapChange.CAP_CHANGE_DATE;
import static ca.gc.cpa.process.CapChange.CAP_CHANGE_REFERENCE;
import static ca.gc.cpa.process.CapChange.NEW_PROGRAM_CAP;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.MissionProcess;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A ceiling is at least one officer and fits the headroom under the cap, or comes with a complete change of the cap it
 * fits under.
 */
class CeilingRuleTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  static final FormValues NOTHING = FormValues.of(Map.of(), TODAY);
  /** cap 150, 140 committed by the other missions */
  static final CapHeadroom OTHERS = new CapHeadroom(150, 140);
  /** the field of the ceiling under check, e.g. the ministers' approved ceiling of a mission */
  static final String CEILING = MissionProcess.APPROVED_CEILING.name();

  List<String> fields(int ceiling, Optional<ProgramCap.Change> change) {
    return CeilingRule.check(CEILING, ceiling, OTHERS, change, NOTHING).stream().map(FieldViolation::field).toList();
  }

  @Test
  void withinTheHeadroomNoCapChangeIsNeeded() {
    assertThat(fields(10, Optional.empty())).isEmpty();
    assertThat(fields(11, Optional.empty())).containsExactly(CEILING);
  }

  @Test
  void aboveTheHeadroomTheNewCapMustHoldItAndBeDatedAndReferenced() {
    assertThat(fields(20, Optional.of(new ProgramCap.Change(160, TODAY, "MIN-1", "REQ")))).isEmpty();
    assertThat(fields(21, Optional.of(new ProgramCap.Change(160, TODAY, "MIN-1", "REQ")))).containsExactly(CEILING);
    assertThat(fields(20, Optional.of(new ProgramCap.Change(160, TODAY.plusDays(1), null, "REQ"))))
        .containsExactly(CAP_CHANGE_DATE.name(), CAP_CHANGE_REFERENCE.name());
  }

  @Test
  void aCapChangeIsReadFromTheFormOnlyWithItsNewCap() {
    assertThat(CeilingRule.capChange(NOTHING, "REQ")).isEmpty();
    assertThat(CeilingRule.capChange(FormValues.of(Map.of(NEW_PROGRAM_CAP.name(), 200, CAP_CHANGE_DATE.name(), "2026-11-01",
        CAP_CHANGE_REFERENCE.name(), "MIN-2"), TODAY), "REQ"))
        .contains(new ProgramCap.Change(200, LocalDate.of(2026, 11, 1), "MIN-2", "REQ"));
  }

  @Test
  void aMissionMayGrowIntoTheCapLessWhatOtherMissionsHold() {
    assertThat(new CapHeadroom(150, 120).without(20).headroom()).isEqualTo(50);
    assertThat(new CapHeadroom(150, 150).without(30).headroom()).isEqualTo(30);
    assertThat(new CapHeadroom(150, 170).without(10).headroom()).isZero();
  }

  @Test
  void aCeilingIsAtLeastOne() {
    assertThat(CeilingRule.minimum(1)).isEmpty();
    assertThat(CeilingRule.minimum(0)).contains("a mission's ceiling is at least 1 (close the mission instead)");
  }
}
