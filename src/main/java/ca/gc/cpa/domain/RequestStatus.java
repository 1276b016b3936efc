package ca.gc.cpa.domain;

/** Where a foreign request stands; the last four are outcomes, stored when the instance ends. */
public enum RequestStatus {
  UNDER_REVIEW,
  APPROVED,
  DECLINED,
  LAPSED,
  WITHDRAWN;

  public boolean isOpen() {
    return this == UNDER_REVIEW;
  }
}
