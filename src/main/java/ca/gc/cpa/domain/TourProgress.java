package ca.gc.cpa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Where one tour stands, stage by stage: the tour record with the deployment stage's columns. */
public record TourProgress(
    Tour tour,
    String stage,
    int trainingAttempts,
    String trainingResult,
    LocalDate trainingStartOn,
    LocalDate trainingEndOn,
    LocalDate plannedDepartureOn,
    LocalDate departedOn,
    LocalDate arrivedOn,
    LocalDate tourEndOn,
    Integer tourMonths,
    int extensionMonths,
    BigDecimal leaveTakenDays,
    LocalDate lastReportOn,
    int reportsReceived,
    String repatriationReason,
    LocalDate leftMissionOn,
    LocalDate returnedToDutyOn,
    LocalDate positionFreedOn,
    boolean unMission,
    String freedReason) {

  public String businessKey() {
    return tour.businessKey();
  }

  public TourStatus status() {
    return tour.status();
  }
}
