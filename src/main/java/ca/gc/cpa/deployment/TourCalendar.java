package ca.gc.cpa.deployment;

import java.time.LocalDate;

/** The dates of a tour from the officer's arrival: induction end, extension review, tour end. */
public class TourCalendar {

  private final DeploymentProperties properties;

  public TourCalendar(DeploymentProperties properties) {
    this.properties = properties;
  }

  public record Dates(LocalDate inductionEnd, LocalDate extensionReview, LocalDate tourEnd) {}

  public Dates plan(LocalDate arrivedOn, int tourMonths) {
    return datesFor(arrivedOn, arrivedOn.plusMonths(tourMonths));
  }

  /** dates for a tour ending on tourEnd (after an extension, the induction date is in the past) */
  public Dates datesFor(LocalDate arrivedOn, LocalDate tourEnd) {
    LocalDate review = tourEnd.minusDays(properties.extensionNoticeDays());
    LocalDate inductionEnd = arrivedOn.plusDays(properties.inductionDays());
    return new Dates(inductionEnd, review.isBefore(inductionEnd) ? inductionEnd : review, tourEnd);
  }
}
