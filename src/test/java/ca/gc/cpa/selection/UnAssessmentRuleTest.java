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
    assertThat(rule.passed(80, true, false, false)).isTrue();
    assertThat(rule.passed(80, true, false, true)).isFalse();
    assertThat(rule.passed(80, true, true, true)).isTrue();
    assertThat(rule.passed(80, false, true, false)).isFalse();
  }

  @Test
  void theLanguageMarkIsAtLeastSixty() {
    assertThat(rule.passed(60, true, true, true)).isTrue();
    assertThat(rule.passed(59, true, true, true)).isFalse();
  }
}
