package ca.gc.cpa.selection;



/** Where a nomination stands in its selection. */
public enum NominationStatus {
  NOMINATED,
  NOT_RELEASED,
  INELIGIBLE,
  NOT_CLEARED,
  NOT_RECOMMENDED,
  SHORTLISTED,
  PASSED_OVER,
  OFFERED,
  REFUSED,
  PROPOSED,
  REJECTED,
  ACCEPTED
}
