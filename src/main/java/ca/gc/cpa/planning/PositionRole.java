package ca.gc.cpa.planning;

/** The roles Canadian police hold in a mission; command posts ask for a minimum rank. */
public enum PositionRole {
  PATROL_MONITORING(false),
  TRAINING_MENTORING(false),
  HUMANITARIAN_ASSISTANCE(false),
  ELECTION_SECURITY(false),
  MAJOR_CRIME_INVESTIGATION(false),
  SGBV_SPECIALIST(false),
  CHILD_PROTECTION_SPECIALIST(false),
  ORGANIZED_CRIME_SPECIALIST(false),
  POLICE_COMMISSIONER(true),
  DEPUTY_COMMISSIONER(true),
  REGIONAL_COMMANDER(true),
  CONTINGENT_COMMANDER(true);

  private final boolean command;

  PositionRole(boolean command) {
    this.command = command;
  }

  public boolean isCommandPost() {
    return command;
  }
}
