package ca.gc.cpa.program;

import ca.gc.cpa.domain.TourStatus;
import java.time.LocalDate;

/**
 * One tour as the program's figures read it: the officer, where and when. A tour is abroad from the
 * day the officer arrived in the mission to the day they left it (repatriation started: end of tour or
 * early return), that day excluded.
 */
public record TourRecord(
    String businessKey,
    long officerId,
    String officer,
    String gender,
    String rank,
    String agencyCode,
    String missionBusinessKey,
    int positionNumber,
    String role,
    int rotation,
    TourStatus status,
    String stage,
    LocalDate plannedDepartureOn,
    LocalDate arrivedOn,
    LocalDate tourEndOn,
    Integer tourMonths,
    int extensionMonths,
    LocalDate leftMissionOn,
    LocalDate returnedToDutyOn) {

  public static final String WOMAN = "F";

  public boolean woman() {
    return WOMAN.equals(gender);
  }

  /** in the mission on that day */
  public boolean abroadOn(LocalDate day) {
    return status != TourStatus.CANCELLED && arrivedOn != null && !day.isBefore(arrivedOn)
        && (leftMissionOn == null || day.isBefore(leftMissionOn));
  }

  /** days abroad from {@code from} to {@code to} (exclusive), with {@code today} as the end of a tour still abroad */
  public long daysAbroad(LocalDate from, LocalDate to, LocalDate today) {
    if (status == TourStatus.CANCELLED || arrivedOn == null) {
      return 0;
    }
    LocalDate left = leftMissionOn != null ? leftMissionOn : today;
    LocalDate start = arrivedOn.isAfter(from) ? arrivedOn : from;
    LocalDate end = left.isBefore(to) ? left : to;
    return Math.max(0, end.toEpochDay() - start.toEpochDay());
  }

  /**
   * When the officer is expected in the mission: arrived, or planned to depart; null for a tour that
   * is over or cancelled, or has no date yet.
   */
  public LocalDate expectedStart() {
    if (status == TourStatus.CANCELLED || status == TourStatus.COMPLETED) {
      return arrivedOn;
    }
    return arrivedOn != null ? arrivedOn : plannedDepartureOn;
  }

  /**
   * When the officer is expected to leave the mission: the day they left, the tour's end with its
   * granted extensions, or the planned start and the tour's length; null when unknown.
   */
  public LocalDate expectedEnd() {
    if (leftMissionOn != null) {
      return leftMissionOn;
    }
    if (tourEndOn != null) {
      return tourEndOn;
    }
    LocalDate start = expectedStart();
    return start == null || tourMonths == null ? null : start.plusMonths(tourMonths + (long) extensionMonths);
  }

  /** expected in the mission on that day: abroad then, or planned to be */
  public boolean expectedOn(LocalDate day) {
    if (status == TourStatus.CANCELLED) {
      return false;
    }
    LocalDate start = expectedStart();
    LocalDate end = expectedEnd();
    return start != null && end != null && !day.isBefore(start) && day.isBefore(end);
  }
}
