package ca.gc.cpa.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtensionRuleTest {

  final ExtensionRule rule = new ExtensionRule(new DeploymentProperties(30, 14, 7, 60, 18));

  @Test
  void grantedWhenAllAgreeAndTheTotalReachesTheMaximum() {
    var decision = rule.decide(true, true, true, null, 12, 6);
    assertThat(decision.granted()).isTrue();
    assertThat(decision.reasons()).isEmpty();
  }

  @Test
  void refusedOneMonthOverTheMaximum() {
    var decision = rule.decide(true, true, true, null, 12, 7);
    assertThat(decision.granted()).isFalse();
    assertThat(decision.reasons()).containsExactly("the tour would last 19 months, more than the maximum of 18");
  }

  @Test
  void refusedWhenTheMissionNoLongerNeedsThePost() {
    assertThat(rule.decide(false, true, true, null, 12, 3).reasons()).containsExactly("the mission no longer needs the post");
  }

  @Test
  void refusedWhenTheHomeServiceDoesNotRelease() {
    assertThat(rule.decide(true, false, true, null, 12, 3).reasons())
        .containsExactly("the home service does not release the officer again");
  }

  @Test
  void refusedWhenTheOfficerDoesNotAgree() {
    assertThat(rule.decide(true, true, false, null, 12, 3).reasons()).containsExactly("the officer does not agree");
  }

  @Test
  void refusedForLessThanOneMonth() {
    assertThat(rule.decide(true, true, true, null, 12, 0).granted()).isFalse();
    assertThat(rule.decide(true, true, true, null, 12, 1).granted()).isTrue();
  }

  @Test
  void refusedWhenTheLatestAppraisalIsBelowExpectations() {
    assertThat(rule.decide(true, true, true, "DOES_NOT_MEET", 12, 3).reasons())
        .containsExactly("the latest UN performance appraisal does not meet expectations");
    assertThat(rule.decide(true, true, true, "PARTLY_MEETS", 12, 3).granted()).isTrue();
  }
}
