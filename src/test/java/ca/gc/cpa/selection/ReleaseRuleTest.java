package ca.gc.cpa.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReleaseRuleTest {

  static SelectionProperties properties(double share, int max) {
    SelectionProperties p = SelectionFixture.properties();
    return new SelectionProperties(p.nominationWindow(), p.leadAnswerTimeout(), p.minAge(), p.maxAge(),
        p.languagePassMark(), p.minLicenceYears(), p.passportMarginMonths(), p.unAssessmentValidityMonths(),
        p.unAssessmentNoticeMonths(), p.womenTargetPercent(), share, max);
  }

  @Test
  void aServiceMayHaveItsShareOfSwornStrengthAbroadNotOneMore() {
    ReleaseRule rule = new ReleaseRule(properties(2.0, 0));
    assertThat(rule.limit(100)).isEqualTo(2);
    assertThat(rule.check(100, 1).allowed()).isTrue();
    assertThat(rule.check(100, 2).allowed()).isFalse();
    assertThat(rule.check(100, 2).reason()).contains("limit is 2");
  }

  @Test
  void theShareRoundsDown() {
    ReleaseRule rule = new ReleaseRule(properties(2.0, 0));
    assertThat(rule.limit(149)).isEqualTo(2);
    assertThat(rule.limit(150)).isEqualTo(3);
    assertThat(rule.limit(49)).isZero();
    assertThat(rule.check(49, 0).allowed()).isFalse();
  }

  @Test
  void anAbsoluteLimitCapsTheShare() {
    ReleaseRule rule = new ReleaseRule(properties(2.0, 10));
    assertThat(rule.limit(19500)).isEqualTo(10);
    assertThat(rule.check(19500, 9).allowed()).isTrue();
    assertThat(rule.check(19500, 10).allowed()).isFalse();
    assertThat(rule.limit(100)).isEqualTo(2);
  }
}
