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

  /** the mission's report for last month is checked on the day it is due, every month (cron: second minute hour day) */
  public String getReportCheck() {
    return "0 0 6 " + properties.reportDueDay() + " * ?";
  }
}
