package ca.gc.cpa.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an officer on a tour is, in the words the register's availability and a refused nomination give. */
class OfficerRegisterStageWordsTest {

  @Test
  void aStageSaysWhereTheTourIsAndTheStatusDoesBeforeAnyStage() {
    assertThat(OfficerRegister.stageInWords("IN_TRAINING", "TRAINING")).isEqualTo("in training");
    assertThat(OfficerRegister.stageInWords("PREPARING", "READY_TO_DEPART")).isEqualTo("ready to depart");
    assertThat(OfficerRegister.stageInWords("DEPLOYED", "EXTENSION_REVIEW")).isEqualTo("in the mission, an extension being decided");
    assertThat(OfficerRegister.stageInWords("DEPLOYED", "ON_TOUR")).isEqualTo("in the mission");
    assertThat(OfficerRegister.stageInWords("SELECTED", null)).isEqualTo("selected");
    assertThat(OfficerRegister.stageInWords("DEPLOYED", null)).isEqualTo("in the mission");
  }
}
