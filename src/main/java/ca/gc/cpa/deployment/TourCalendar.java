package ca.gc.cpa.deployment;

import java.time.LocalDate;

/** The dates of a tour from the officer's arrival: induction end, tour end. */
public class TourCalendar {

  private final DeploymentProperties properties;

  public TourCalendar(DeploymentProperties properties) {
    this.properties = properties;
  }

  public record Dates(LocalDate inductionEnd, LocalDate tourEnd) {}

  public Dates plan(LocalDate arrivedOn, int tourMonths) {
    return new Dates(arrivedOn.plusDays(properties.inductionDays()), arrivedOn.plusMonths(tourMonths));
  }
}
