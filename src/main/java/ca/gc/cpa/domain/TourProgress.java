package ca.gc.cpa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Where one tour stands, stage by stage: the deployment stage's columns of the tour record. */
public record TourProgress(
    String businessKey,
    TourStatus status,
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
    String freedReason,
    LocalDate departurePostponedFrom) {}
