package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.ARRIVED_ON;
import static ca.gc.cpa.process.OfficerDeploymentProcess.DEPARTED_ON;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An arrival is confirmed on or before today, and not before the departure. */
class ConfirmArrivalCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
  static final ConfirmArrivalCheck CHECK = new ConfirmArrivalCheck();

  static java.util.List<FieldViolation> arrival(LocalDate departed, LocalDate arrived) {
    return CHECK.check(FormValues.of(Map.of(DEPARTED_ON.name(), departed.toString(), ARRIVED_ON.name(), arrived.toString()), TODAY));
  }

  @Test
  void todayOrEarlierIsAcceptedTomorrowIsRefused() {
    assertThat(arrival(TODAY.minusDays(2), TODAY)).isEmpty();
    assertThat(arrival(TODAY.minusDays(2), TODAY.minusDays(1))).isEmpty();
    assertThat(arrival(TODAY.minusDays(2), TODAY.plusDays(1))).singleElement()
        .isEqualTo(new FieldViolation(ARRIVED_ON.name(), "must not be in the future"));
  }

  @Test
  void theDayOfTheDepartureOrLaterIsAcceptedTheDayBeforeIsRefused() {
    assertThat(arrival(TODAY.minusDays(2), TODAY.minusDays(2))).isEmpty();
    assertThat(arrival(TODAY.minusDays(2), TODAY.minusDays(3))).singleElement()
        .isEqualTo(new FieldViolation(ARRIVED_ON.name(), "must not be before the departure (" + TODAY.minusDays(2) + ")"));
  }
}
