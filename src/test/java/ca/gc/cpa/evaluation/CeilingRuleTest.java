package ca.gc.cpa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CeilingRuleTest {

  @Test
  void headroomIsTheCapLessWhatOtherMissionsHold() {
    assertThat(CeilingRule.headroom(150, 120, 20)).isEqualTo(50);
    assertThat(CeilingRule.headroom(150, 150, 30)).isEqualTo(30);
  }

  @Test
  void aNewCeilingMayReachTheHeadroomButNotExceedIt() {
    assertThat(CeilingRule.check(50, 50)).isEmpty();
    assertThat(CeilingRule.check(51, 50)).get().asString().isEqualTo("51 exceeds the headroom of 50 under the program cap");
  }

  @Test
  void aCeilingIsAtLeastOne() {
    assertThat(CeilingRule.check(1, 50)).isEmpty();
    assertThat(CeilingRule.check(0, 50)).isPresent();
  }
}
