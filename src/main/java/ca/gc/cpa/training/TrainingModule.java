package ca.gc.cpa.training;

import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

import ca.gc.cpa.process.Variable;

/** A module of the pre-deployment course; weapons only for armed missions. Its form field holds PASS or FAIL. */
public enum TrainingModule {
  CULTURE(MODULE_CULTURE),
  GEOPOLITICS(MODULE_GEOPOLITICS),
  HOST_POLICE_SYSTEM(MODULE_HOST_POLICE_SYSTEM),
  LIVING_CONDITIONS(MODULE_LIVING_CONDITIONS),
  MEDICAL(MODULE_MEDICAL),
  PSYCHOLOGICAL_EFFECTS(MODULE_PSYCHOLOGICAL_EFFECTS),
  CHILD_PROTECTION(MODULE_CHILD_PROTECTION),
  WEAPONS(MODULE_WEAPONS);

  private final Variable<String> result;

  TrainingModule(Variable<String> result) {
    this.result = result;
  }

  /** the form field (process variable) that holds the module's result */
  public Variable<String> result() {
    return result;
  }

  public boolean appliesTo(boolean armedMission) {
    return this != WEAPONS || armedMission;
  }
}
