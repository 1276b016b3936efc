package ca.gc.cpa.planning;

import java.time.LocalDate;

/** When each rotation deploys and when the next rotation's selections start. */
public final class RotationSchedule {

  private RotationSchedule() {}

  /** rotation 1 deploys on the first deployment date, each next one when the previous tours end */
  public static LocalDate deploymentDate(LocalDate firstDeployment, int tourMonths, int rotation) {
    return firstDeployment.plusMonths((long) tourMonths * (rotation - 1));
  }

  /** when a selection of this rotation started now deploys: with the rotation, or as soon as possible once that date has passed */
  public static LocalDate deploymentFrom(LocalDate firstDeployment, int tourMonths, int rotation, LocalDate today) {
    LocalDate planned = deploymentDate(firstDeployment, tourMonths, rotation);
    return planned.isAfter(today) ? planned : today;
  }

  /** the lead time before the tours of this rotation end */
  public static LocalDate nextRotationStart(LocalDate firstDeployment, int tourMonths, int rotation, int leadWeeks) {
    return deploymentDate(firstDeployment, tourMonths, rotation).plusMonths(tourMonths).minusWeeks(leadWeeks);
  }
}
