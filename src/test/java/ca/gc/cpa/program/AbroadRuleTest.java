package ca.gc.cpa.program;

import static ca.gc.cpa.program.Tours.abroad;
import static ca.gc.cpa.program.Tours.left;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.TourStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbroadRuleTest {

  static final LocalDate ARRIVED = LocalDate.of(2025, 3, 10);
  static final LocalDate LEFT = LocalDate.of(2026, 3, 10);

  final TourRecord tour = left(abroad("DEP-1", "MSN-A", 1, "F", ARRIVED, LEFT), LEFT, TourStatus.COMPLETED);

  @Test
  void abroadFromTheDayOfArrivalToTheDayBeforeLeaving() {
    assertThat(tour.abroadOn(ARRIVED.minusDays(1))).isFalse();
    assertThat(tour.abroadOn(ARRIVED)).isTrue();
    assertThat(tour.abroadOn(LEFT.minusDays(1))).isTrue();
    assertThat(tour.abroadOn(LEFT)).isFalse();
  }

  @Test
  void stillAbroadWhileNotLeftEvenPastTheTourEnd() {
    TourRecord serving = abroad("DEP-2", "MSN-A", 2, "M", ARRIVED, LEFT);
    assertThat(serving.abroadOn(LEFT.plusDays(3))).isTrue();
  }

  @Test
  void notYetArrivedOrCancelledIsNotAbroad() {
    TourRecord preparing = Tours.planned("DEP-3", "MSN-A", 3, 1, ARRIVED, 12);
    TourRecord cancelled = left(abroad("DEP-4", "MSN-A", 4, "M", ARRIVED, LEFT), null, TourStatus.CANCELLED);
    assertThat(preparing.abroadOn(ARRIVED.plusDays(5))).isFalse();
    assertThat(cancelled.abroadOn(ARRIVED.plusDays(5))).isFalse();
  }

  @Test
  void countsByMissionServiceRankAndRole() {
    LocalDate day = ARRIVED.plusMonths(1);
    List<TourRecord> tours = List.of(tour,
        Tours.with(abroad("DEP-5", "MSN-B", 1, "M", ARRIVED, LEFT), "opp", "Sgt", "SGBV_SPECIALIST"),
        Tours.with(abroad("DEP-6", "MSN-B", 2, "M", day.plusDays(1), LEFT), "opp", "Sgt", "SGBV_SPECIALIST"));
    assertThat(AbroadRule.by(tours, day, TourRecord::missionBusinessKey)).isEqualTo(Map.of("MSN-A", 1, "MSN-B", 1));
    assertThat(AbroadRule.by(tours, day, TourRecord::agencyCode)).isEqualTo(Map.of("spvm", 1, "opp", 1));
    assertThat(AbroadRule.by(tours, day, TourRecord::rank)).isEqualTo(Map.of("Cst", 1, "Sgt", 1));
    assertThat(AbroadRule.by(tours, day, TourRecord::role))
        .isEqualTo(Map.of("PATROL_MONITORING", 1, "SGBV_SPECIALIST", 1));
    assertThat(AbroadRule.on(tours, day)).hasSize(2);
  }

  @Test
  void monthlyCountsTheFirstOfEachMonthAndTodayForTheCurrentOne() {
    TourRecord fromFirst = abroad("DEP-7", "MSN-B", 1, "M", LocalDate.of(2025, 4, 1), LEFT);
    LocalDate today = LocalDate.of(2026, 3, 15);
    List<AbroadRule.Month> months = AbroadRule.monthly(List.of(tour, fromFirst), today);
    assertThat(months.get(0).month()).isEqualTo(YearMonth.of(2025, 3));
    // 1 March 2025: nobody yet (the first arrival is on the 10th)
    assertThat(months.get(0).abroad()).isZero();
    // 1 April 2025: both, one of them a woman
    assertThat(months.get(1)).isEqualTo(new AbroadRule.Month(YearMonth.of(2025, 4), 2, 1, Map.of("MSN-A", 1, "MSN-B", 1)));
    // March 2026 is counted on today, the 15th: the first tour left on the 10th, the second is still there
    assertThat(months).last().isEqualTo(new AbroadRule.Month(YearMonth.of(2026, 3), 1, 0, Map.of("MSN-B", 1)));
    assertThat(months).hasSize(13);
  }

  @Test
  void monthlyIsEmptyWhenNobodyArrived() {
    assertThat(AbroadRule.monthly(List.of(Tours.planned("DEP-8", "MSN-A", 1, 1, ARRIVED, 12)), ARRIVED)).isEmpty();
  }
}
