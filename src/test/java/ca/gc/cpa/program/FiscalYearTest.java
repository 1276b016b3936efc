package ca.gc.cpa.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

  @Test
  void thirtyFirstOfMarchBelongsToTheYearBefore() {
    FiscalYear year = FiscalYear.containing(LocalDate.of(2027, 3, 31), 4);
    assertThat(year.start()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(year.label()).isEqualTo("2026-27");
  }

  @Test
  void firstOfAprilStartsTheNextYear() {
    FiscalYear year = FiscalYear.containing(LocalDate.of(2027, 4, 1), 4);
    assertThat(year.start()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2028, 4, 1));
    assertThat(year.label()).isEqualTo("2027-28");
  }

  @Test
  void containsItsFirstAndLastDayOnly() {
    FiscalYear year = FiscalYear.containing(LocalDate.of(2026, 11, 29), 4);
    assertThat(year.contains(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2027, 3, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(year.contains(LocalDate.of(2027, 4, 1))).isFalse();
    assertThat(year.contains(null)).isFalse();
  }

  @Test
  void aYearStartingInJanuaryIsTheCalendarYear() {
    FiscalYear year = FiscalYear.containing(LocalDate.of(2026, 1, 1), 1);
    assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.label()).isEqualTo("2026");
    assertThat(FiscalYear.containing(LocalDate.of(2099, 12, 31), 1).label()).isEqualTo("2099");
  }

  @Test
  void centuryTurnKeepsTwoDigits() {
    assertThat(FiscalYear.containing(LocalDate.of(2099, 5, 1), 4).label()).isEqualTo("2099-00");
  }
}
