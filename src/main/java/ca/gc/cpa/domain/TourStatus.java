package ca.gc.cpa.domain;

/** Where an officer's tour stands; {@link #isAbroadOrCommitted()} counts against release limits and the cap. */
public enum TourStatus {
  /** selected and accepted by the lead organization, not yet trained */
  SELECTED,
  IN_TRAINING,
  PREPARING,
  DEPLOYED,
  REPATRIATING,
  /** back at work at home */
  COMPLETED,
  /** replaced before departure */
  CANCELLED;

  public boolean isAbroadOrCommitted() {
    return this != COMPLETED && this != CANCELLED;
  }
}
