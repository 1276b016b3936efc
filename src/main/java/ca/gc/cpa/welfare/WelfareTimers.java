package ca.gc.cpa.welfare;

import org.springframework.stereotype.Component;

/** Timer cycles and durations of support during the tour ({@code ${welfareTimers.checkInCycle}}). */
@Component("welfareTimers")
public class WelfareTimers {

  private final WelfareProperties properties;

  public WelfareTimers(WelfareProperties properties) {
    this.properties = properties;
  }

  /** a welfare check-in falls due once in every cycle for as long as the tour lasts */
  public String getCheckInCycle() {
    return "R/P" + properties.checkInCycleDays() + "D";
  }

  /** a check-in not held this long after it fell due is escalated */
  public String getCheckInGrace() {
    return "P" + properties.checkInGraceDays() + "D";
  }

  /** the officer's reports are checked at the end of every reporting period */
  public String getReportCycle() {
    return "R/P" + properties.reportCycleDays() + "D";
  }
}
