package ca.gc.cpa.onboarding;

/** Where a police service's application to join stands. */
public enum ApplicationStatus {
  /** received, waiting for the RCMP's review */
  SUBMITTED,
  /** approved by the review, waiting for the signed agreement and the set-up */
  APPROVED,
  /** refused by the review; the reason is recorded */
  REFUSED,
  /** agreement signed, service set up: it receives the next calls for expressions of interest */
  ACTIVE;

  /** an application still on its way (blocks a second application for the same code or account) */
  public boolean open() {
    return this == SUBMITTED || this == APPROVED;
  }
}
