package ca.gc.cpa.review;

import ca.gc.cpa.domain.EngineClock;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The durations and due dates of the review's timers, from configuration (used in the model as ${reviewTimers...}). */
@Component("reviewTimers")
public class ReviewTimers {

  private final ReviewProperties properties;

  public ReviewTimers(ReviewProperties properties) {
    this.properties = properties;
  }

  /** ISO-8601 duration after which the desk chases a missing official request */
  public String getOfficialRequestReminder() {
    return properties.officialRequestReminder().toString();
  }

  /** ISO-8601 duration after which a request without an official request lapses */
  public String getOfficialRequestLapse() {
    return properties.officialRequestLapse().toString();
  }

  /** the due date of a partner review started now: the configured business days, at the end of that day */
  public String reviewDue() {
    LocalDate today = EngineClock.today();
    return BusinessDays.after(today, properties.reviewBusinessDays()).atTime(23, 59).toString();
  }
}
