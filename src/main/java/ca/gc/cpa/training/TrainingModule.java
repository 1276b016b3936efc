package ca.gc.cpa.training;

/** A module of the pre-deployment course; weapons only for armed missions. The form key holds PASS or FAIL. */
public enum TrainingModule {
  CULTURE("moduleCulture"),
  GEOPOLITICS("moduleGeopolitics"),
  HOST_POLICE_SYSTEM("moduleHostPoliceSystem"),
  LIVING_CONDITIONS("moduleLivingConditions"),
  MEDICAL("moduleMedical"),
  PSYCHOLOGICAL_EFFECTS("modulePsychologicalEffects"),
  CHILD_PROTECTION("moduleChildProtection"),
  WEAPONS("moduleWeapons");

  private final String formKey;

  TrainingModule(String formKey) {
    this.formKey = formKey;
  }

  public String formKey() {
    return formKey;
  }

  public boolean appliesTo(boolean armedMission) {
    return this != WEAPONS || armedMission;
  }
}
