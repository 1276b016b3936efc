package ca.gc.cpa.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TourCalendarTest {

  final TourCalendar calendar = new TourCalendar(new DeploymentProperties(30, 14, 7, 60, 18));

  @Test
  void aTwelveMonthTourFromArrival() {
    var dates = calendar.plan(LocalDate.of(2026, 5, 10), 12);
    assertThat(dates.inductionEnd()).isEqualTo(LocalDate.of(2026, 5, 17));
    assertThat(dates.tourEnd()).isEqualTo(LocalDate.of(2027, 5, 10));
  }
}
