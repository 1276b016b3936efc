package ca.gc.cpa.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.gc.cpa.domain.MissionStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastForMinistersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  final CapacityForecast rule = new CapacityForecast(150, 24);
  final List<CapacityForecast.MissionPlan> plans =
      List.of(new CapacityForecast.MissionPlan("MSN-A", MissionStatus.OPEN, 132, 132, LocalDate.of(2026, 3, 1), 12));

  @Test
  void aCeilingWithinTheHeadroomKeepsTheCap() {
    var seen = ForecastForMinisters.of(rule.forecast(TODAY, List.of(), plans,
        new CapacityForecast.Proposal(18, LocalDate.of(2027, 3, 1))));
    assertThat(seen).isEqualTo(new ForecastForMinisters(150, 18, YearMonth.of(2026, 12), 132, 18,
        YearMonth.of(2027, 3), 150, 0, null));
    assertThat(seen.withinCap()).isTrue();
    assertThat(seen.summary()).isEqualTo("""
        Without this mission: peak of 132 officers abroad in 2026-12, headroom 18 under the cap of 150.
        With the proposed ceiling of 18: peak of 150 in 2027-03, headroom 0.""");
  }

  @Test
  void aCeilingBeyondTheHeadroomSaysWhenTheCapBinds() {
    var seen = ForecastForMinisters.of(rule.forecast(TODAY, List.of(), plans,
        new CapacityForecast.Proposal(19, LocalDate.of(2027, 3, 1))));
    assertThat(seen.withinCap()).isFalse();
    assertThat(seen.peakHeadroomWithCeiling()).isEqualTo(-1);
    assertThat(seen.summary()).endsWith("headroom -1; the cap would bind from 2027-03.");
  }

  @Test
  void needsAProposal() {
    assertThatThrownBy(() -> ForecastForMinisters.of(rule.forecast(TODAY, List.of(), plans, null)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
