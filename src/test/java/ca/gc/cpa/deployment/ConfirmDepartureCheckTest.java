package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.DEPARTED_ON;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A departure is confirmed on or before today, never ahead of time. */
class ConfirmDepartureCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

  @Test
  void todayOrEarlierIsAcceptedTomorrowIsRefused() {
    var check = new ConfirmDepartureCheck();
    assertThat(check.check(FormValues.of(Map.of(DEPARTED_ON.name(), TODAY.toString()), TODAY))).isEmpty();
    assertThat(check.check(FormValues.of(Map.of(DEPARTED_ON.name(), TODAY.minusDays(3).toString()), TODAY))).isEmpty();
    assertThat(check.check(FormValues.of(Map.of(DEPARTED_ON.name(), TODAY.plusDays(1).toString()), TODAY)))
        .singleElement().extracting(v -> v.field()).isEqualTo(DEPARTED_ON.name());
  }
}
