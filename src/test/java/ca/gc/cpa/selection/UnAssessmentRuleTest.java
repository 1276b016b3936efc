package ca.gc.cpa.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnAssessmentRuleTest {

  final UnAssessmentRule rule = new UnAssessmentRule(SelectionFixture.properties());
  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  @Test
  void aVisitAskedThreeMonthsAheadOrMoreGivesNoWarning() {
    assertThat(rule.visitWarning(TODAY, TODAY.plusMonths(3))).isEmpty();
    assertThat(rule.visitWarning(TODAY, TODAY.plusMonths(3).minusDays(1))).get().asString().contains("less than 3 months");
  }

  @Test
  void firearmsCountOnlyForArmedPositions() {
    assertThat(UnAssessmentRule.passed(true, true, false, false)).isTrue();
    assertThat(UnAssessmentRule.passed(true, true, false, true)).isFalse();
    assertThat(UnAssessmentRule.passed(true, true, true, true)).isTrue();
    assertThat(UnAssessmentRule.passed(false, true, true, true)).isFalse();
    assertThat(UnAssessmentRule.passed(true, false, true, false)).isFalse();
  }
}
