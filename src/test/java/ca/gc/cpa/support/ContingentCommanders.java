package ca.gc.cpa.support;

import org.camunda.bpm.engine.ProcessEngine;

/** A second contingent commander beside the demo's carl: cora, who commands other missions (password demo). */
public final class ContingentCommanders {

  public static final String CORA = "cora";

  private ContingentCommanders() {}

  /** cora, a user of rcmp-contingent, created once per database */
  public static String cora(ProcessEngine engine) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(CORA).count() == 0) {
      var user = identity.newUser(CORA);
      user.setFirstName("Cora");
      user.setLastName("Ducharme");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(CORA, "rcmp-contingent");
    }
    return CORA;
  }
}
