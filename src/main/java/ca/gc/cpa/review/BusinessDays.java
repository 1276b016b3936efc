package ca.gc.cpa.review;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Business days: Monday to Friday (statutory holidays are not counted out). */
public final class BusinessDays {

  private BusinessDays() {}

  /** the date that lies the given number of business days after {@code from} */
  public static LocalDate after(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate date = from;
    int left = days;
    while (left > 0) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return date;
  }
}
