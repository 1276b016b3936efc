package ca.gc.cpa.inmission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may send which event for which officer (Reach's rule, without the records behind it). */
class ReachTest {

  static final List<String> CARL_COMMANDS = List.of("MSN-MINUSMA-2026");

  static Reach.Caller caller(String user, String... groups) {
    return new Reach.Caller(user, List.of(groups));
  }

  @Test
  void theContingentCommanderActsForTheOfficersOfTheMissionsHeCommandsOnly() {
    var carl = caller("carl", "rcmp-contingent");
    for (InMissionEvent event : List.of(InMissionEvent.INCIDENT, InMissionEvent.LEAVE, InMissionEvent.EARLY_RETURN)) {
      assertThat(Reach.mayActFor(event, carl, CARL_COMMANDS, "MSN-MINUSMA-2026", "spvm")).isTrue();
      assertThat(Reach.mayActFor(event, carl, CARL_COMMANDS, "MSN-MONUSCO-2026", "spvm")).isFalse();
    }
    assertThat(Reach.maySend(InMissionEvent.MISSION_REPORT, carl.groups())).isTrue();
  }

  @Test
  void aHomeServiceActsForItsOwnOfficersAndSendsNoReport() {
    var marc = caller("marc", "agency-spvm");
    assertThat(Reach.mayActFor(InMissionEvent.EARLY_RETURN, marc, List.of(), "MSN-MINUSMA-2026", "spvm")).isTrue();
    assertThat(Reach.mayActFor(InMissionEvent.EARLY_RETURN, marc, List.of(), "MSN-MINUSMA-2026", "durham")).isFalse();
    assertThat(Reach.mayActFor(InMissionEvent.LEAVE, marc, List.of(), "MSN-MINUSMA-2026", "spvm")).isTrue();
    assertThat(Reach.maySend(InMissionEvent.MISSION_REPORT, marc.groups())).isFalse();
  }

  @Test
  void headquartersReportsIncidentsAndEarlyReturnsForEveryOfficerButNoLeave() {
    var ian = caller("ian", "rcmp-ipob");
    // a mission's report too, for the missions with no commander named (Reach.missions reads which)
    assertThat(Reach.maySend(InMissionEvent.MISSION_REPORT, ian.groups())).isTrue();
    assertThat(Reach.mayActFor(InMissionEvent.INCIDENT, ian, List.of(), "MSN-ANY-2026", "opp")).isTrue();
    assertThat(Reach.mayActFor(InMissionEvent.EARLY_RETURN, ian, List.of(), "MSN-ANY-2026", "opp")).isTrue();
    assertThat(Reach.maySend(InMissionEvent.LEAVE, ian.groups())).isFalse();
    assertThat(Reach.mayActFor(InMissionEvent.LEAVE, ian, List.of(), "MSN-ANY-2026", "opp")).isFalse();
  }

  @Test
  void otherGroupsSendNothingAndAdministratorsEverything() {
    for (InMissionEvent event : InMissionEvent.values()) {
      assertThat(Reach.maySend(event, List.of("gac-desk", "rcmp-health", "cpa-managers"))).as(event.name()).isFalse();
      assertThat(Reach.maySend(event, List.of("camunda-admin"))).as(event.name()).isTrue();
    }
    assertThat(Reach.mayActFor(InMissionEvent.INCIDENT, caller("demo", "camunda-admin"), List.of(), "MSN-X-2026", "opp"))
        .isTrue();
  }
}
