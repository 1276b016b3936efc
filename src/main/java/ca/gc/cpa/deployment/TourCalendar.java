package ca.gc.cpa.deployment;

import ca.gc.cpa.domain.EngineClock;
import java.time.LocalDate;

/** The dates of a tour from the officer's arrival: induction end, tour end; the day on the engine's clock. */
public class TourCalendar {

  private final DeploymentProperties properties;

  public TourCalendar(DeploymentProperties properties) {
    this.properties = properties;
  }

  public record Dates(LocalDate inductionEnd, LocalDate tourEnd) {}

  public Dates plan(LocalDate arrivedOn, int tourMonths) {
    return new Dates(arrivedOn.plusDays(properties.inductionDays()), arrivedOn.plusMonths(tourMonths));
  }

  /** the ISO date-time a timer's timeDate reads: the start of that day */
  public static String startOfDay(LocalDate date) {
    return date.atStartOfDay().toString() + ":00";
  }

  /** today on the engine's clock */
  public static LocalDate today() {
    return EngineClock.today();
  }
}
