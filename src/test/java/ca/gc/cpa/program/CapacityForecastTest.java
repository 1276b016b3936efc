package ca.gc.cpa.program;

import static ca.gc.cpa.program.Tours.abroad;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.program.CapacityForecast.MissionPlan;
import ca.gc.cpa.program.CapacityForecast.Proposal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityForecastTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  final CapacityForecast rule = new CapacityForecast(150, 24);

  /** officers in the forecast's month */
  static int at(CapacityForecast.Forecast f, int year, int month) {
    return f.months().stream().filter(m -> m.month().equals(YearMonth.of(year, month))).findFirst().orElseThrow().officers();
  }

  @Test
  void startsNextMonthAndLooksTwentyFourMonthsAhead() {
    var f = rule.forecast(TODAY, List.of(), List.of(), null);
    assertThat(f.months()).hasSize(24);
    assertThat(f.months().get(0).month()).isEqualTo(YearMonth.of(2026, 12));
    assertThat(f.months().get(23).month()).isEqualTo(YearMonth.of(2028, 11));
    assertThat(f.peak()).isEqualTo(new CapacityForecast.Peak(YearMonth.of(2026, 12), 0, 150));
    assertThat(f.peakWithProposal()).isNull();
    assertThat(f.overCapFrom()).isNull();
  }

  @Test
  void aTourCountsUntilItsEndAndAnExtensionKeepsItLonger() {
    TourRecord tour = abroad("DEP-1", "MSN-A", 1, "M", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1));
    var f = rule.forecast(TODAY, List.of(tour), List.of(), null);
    assertThat(at(f, 2027, 2)).isEqualTo(1);
    // the tour ends on 1 March: that day it no longer counts
    assertThat(at(f, 2027, 3)).isZero();

    var extended = rule.forecast(TODAY, List.of(Tours.extended(tour, 6)), List.of(), null);
    assertThat(at(extended, 2027, 8)).isEqualTo(1);
    assertThat(at(extended, 2027, 9)).isZero();
  }

  @Test
  void anEarlyReturnEndsTheTourTheDayTheOfficerLeft() {
    TourRecord tour = Tours.left(abroad("DEP-1", "MSN-A", 1, "M", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)),
        TODAY.minusDays(1), TourStatus.REPATRIATING);
    var f = rule.forecast(TODAY, List.of(tour), List.of(), null);
    assertThat(at(f, 2026, 12)).isZero();
  }

  @Test
  void aSelectedOfficerCountsFromThePlannedDepartureForTheTourLength() {
    TourRecord planned = Tours.planned("DEP-2", "MSN-A", 1, 2, LocalDate.of(2027, 1, 15), 9);
    var f = rule.forecast(TODAY, List.of(planned), List.of(), null);
    assertThat(at(f, 2027, 1)).isZero();
    assertThat(at(f, 2027, 2)).isEqualTo(1);
    assertThat(at(f, 2027, 10)).isEqualTo(1);
    assertThat(at(f, 2027, 11)).isZero();
  }

  @Test
  void anOpenMissionHoldsEachPlannedPositionAgainOnceItsLastTourEnds() {
    // two positions; position 1 held until 1 March 2027, position 2 left early (vacant now)
    TourRecord one = abroad("DEP-1", "MSN-A", 1, "M", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1));
    TourRecord two = Tours.left(abroad("DEP-2", "MSN-A", 2, "M", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)),
        LocalDate.of(2026, 10, 1), TourStatus.COMPLETED);
    MissionPlan plan = new MissionPlan("MSN-A", MissionStatus.OPEN, 2, 2, LocalDate.of(2026, 3, 1), 12);
    var f = rule.forecast(TODAY, List.of(one, two), List.of(plan), null);
    // the reselection of position 2 counts from now; position 1 by its tour, then by the next rotation
    assertThat(f.months()).allSatisfy(m -> assertThat(m.officers()).isEqualTo(2));
    assertThat(f.months().get(0).byMission()).containsEntry("MSN-A", 2);
  }

  @Test
  void positionsBeyondTheCeilingAndClosingOrUnplannedMissionsPlanNoRotation() {
    TourRecord one = abroad("DEP-1", "MSN-A", 1, "M", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1));
    var closing = rule.forecast(TODAY, List.of(one),
        List.of(new MissionPlan("MSN-A", MissionStatus.CLOSING, 3, 3, LocalDate.of(2026, 3, 1), 12)), null);
    assertThat(at(closing, 2027, 2)).isEqualTo(1);
    assertThat(at(closing, 2027, 3)).isZero();

    var lowered = rule.forecast(TODAY, List.of(),
        List.of(new MissionPlan("MSN-B", MissionStatus.OPEN, 2, 5, LocalDate.of(2026, 3, 1), 12),
            new MissionPlan("MSN-C", MissionStatus.OPEN, 4, 4, null, null)), null);
    assertThat(at(lowered, 2027, 2)).isEqualTo(2);
  }

  @Test
  void aMissionFirstDeployingLaterCountsFromItsFirstDeployment() {
    var f = rule.forecast(TODAY, List.of(),
        List.of(new MissionPlan("MSN-D", MissionStatus.OPEN, 3, 3, LocalDate.of(2027, 6, 1), 12)), null);
    assertThat(at(f, 2027, 5)).isZero();
    assertThat(at(f, 2027, 6)).isEqualTo(3);
  }

  @Test
  void theProposedCeilingCountsFromItsStartAndShowsWhereTheCapBinds() {
    MissionPlan plan = new MissionPlan("MSN-A", MissionStatus.OPEN, 140, 140, LocalDate.of(2026, 3, 1), 12);
    var f = rule.forecast(TODAY, List.of(), List.of(plan), new Proposal(20, LocalDate.of(2027, 4, 1)));
    assertThat(f.peak()).isEqualTo(new CapacityForecast.Peak(YearMonth.of(2026, 12), 140, 10));
    assertThat(f.months().get(3).withProposal()).isEqualTo(140);
    assertThat(f.months().get(4).withProposal()).isEqualTo(160);
    // the first month of the highest figure is the peak; the cap is passed by 10 then
    assertThat(f.peakWithProposal()).isEqualTo(new CapacityForecast.Peak(YearMonth.of(2027, 4), 160, -10));
    assertThat(f.overCapFrom()).isNull();
    assertThat(f.overCapFromWithProposal()).isEqualTo(YearMonth.of(2027, 4));
  }

  @Test
  void exactlyTheCapDoesNotBindOneMoreDoes() {
    MissionPlan plan = new MissionPlan("MSN-A", MissionStatus.OPEN, 140, 140, LocalDate.of(2026, 3, 1), 12);
    assertThat(rule.forecast(TODAY, List.of(), List.of(plan), new Proposal(10, TODAY)).overCapFromWithProposal()).isNull();
    assertThat(rule.forecast(TODAY, List.of(), List.of(plan), new Proposal(11, TODAY)).overCapFromWithProposal())
        .isEqualTo(YearMonth.of(2026, 12));
  }
}
