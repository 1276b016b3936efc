package ca.gc.cpa.program;

import java.time.LocalDate;

/**
 * One fiscal year: from its first day to the first day of the next (exclusive). The Government of
 * Canada's runs from 1 April to 31 March and is named by both calendar years ("2026-27").
 */
public record FiscalYear(LocalDate start, LocalDate end) {

  /** the fiscal year a day falls in, for years starting on the first day of {@code startMonth} */
  public static FiscalYear containing(LocalDate day, int startMonth) {
    LocalDate start = LocalDate.of(day.getYear(), startMonth, 1);
    if (day.isBefore(start)) {
      start = start.minusYears(1);
    }
    return new FiscalYear(start, start.plusYears(1));
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(start) && day.isBefore(end);
  }

  /** "2026-27"; a year starting in January is named by its one calendar year */
  public String label() {
    return start.getMonthValue() == 1 ? String.valueOf(start.getYear())
        : start.getYear() + "-" + String.format("%02d", (start.getYear() + 1) % 100);
  }

  /** the last day of the year */
  public LocalDate lastDay() {
    return end.minusDays(1);
  }
}
