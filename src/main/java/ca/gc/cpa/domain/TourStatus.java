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

  /**
   * Selected for, preparing for or serving in the mission: repatriation not started. A closing mission ends
   * when none of its tours is.
   */
  public boolean isOnMission() {
    return isAbroadOrCommitted() && this != REPATRIATING;
  }
}
