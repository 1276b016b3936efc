package ca.gc.cpa.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The UN's 20% target, measured exactly over a rotation's nominees: at 20% the rotation meets it, just under it does not. */
class WomenShareRuleTest {

  final WomenShareRule rule = new WomenShareRule(SelectionFixture.properties());

  @Test
  void oneWomanInFiveMeetsTheTargetOneInSixDoesNot() {
    assertThat(rule.of(1, 5)).isEqualTo(new WomenShareRule.Share(5, 1, 20, false));
    assertThat(rule.of(1, 6)).isEqualTo(new WomenShareRule.Share(6, 1, 17, true));
    // 19.9% rounds to 20 but is under the target
    assertThat(rule.of(199, 1000).belowTarget()).isTrue();
    assertThat(rule.of(199, 1000).percent()).isEqualTo(20);
  }

  @Test
  void aRotationWithoutNomineesIsNotMeasured() {
    assertThat(rule.of(0, 0).belowTarget()).isFalse();
  }

  @Test
  void theNoteShowsTheRotationAndTheProgram() {
    assertThat(rule.note(rule.of(0, 3), rule.of(30, 120))).isEqualTo("Below the target: 0 woman (women) among the "
        + "rotation's 3 nominee(s); program-wide 25% of 120 nominee(s). UN target 20%: give the reason with a confirmation");
  }
}
