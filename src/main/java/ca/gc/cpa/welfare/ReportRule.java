package ca.gc.cpa.welfare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A report is missing when none came in the last reporting period (counted from the tour's start at first). */
public class ReportRule {

  private final WelfareProperties properties;

  public ReportRule(WelfareProperties properties) {
    this.properties = properties;
  }

  public boolean missing(LocalDate tourStart, LocalDate lastReportOn, LocalDate today) {
    LocalDate since = lastReportOn == null || lastReportOn.isBefore(tourStart) ? tourStart : lastReportOn;
    return ChronoUnit.DAYS.between(since, today) >= properties.reportCycleDays();
  }
}
