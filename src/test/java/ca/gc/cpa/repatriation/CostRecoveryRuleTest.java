package ca.gc.cpa.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.gc.cpa.planning.Rank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostRecoveryRuleTest {

  static final LocalDate START = LocalDate.of(2026, 1, 10);
  /** one rate table by rank (yearly): a month is a twelfth of it */
  final CostRecoveryRule rule = new CostRecoveryRule(new RepatriationProperties(3, 14, 30, List.of("rcmp")),
      Map.of(Rank.CST, 96000, Rank.SGT, 108000, Rank.SSGT, 115200));

  @Test
  void fullMonthsAtTheRankRate() {
    var r = rule.recover("spvm", "Sgt", START, LocalDate.of(2027, 1, 10));
    assertThat(r.reimbursed()).isTrue();
    assertThat(r.fullMonths()).isEqualTo(12);
    assertThat(r.extraDays()).isZero();
    assertThat(r.amount()).isEqualByComparingTo("108000.00");
  }

  @Test
  void aDayShortOfAMonthIsProrated() {
    var r = rule.recover("spvm", "Cst", START, LocalDate.of(2026, 2, 9));
    assertThat(r.fullMonths()).isZero();
    assertThat(r.extraDays()).isEqualTo(30);
    assertThat(r.amount()).isEqualByComparingTo("8000.00");
    var plusOne = rule.recover("spvm", "Cst", START, LocalDate.of(2026, 2, 11));
    assertThat(plusOne.fullMonths()).isEqualTo(1);
    assertThat(plusOne.extraDays()).isEqualTo(1);
    assertThat(plusOne.amount()).isEqualByComparingTo("8266.67");
  }

  @Test
  void ranksWithASlashHaveTheirOwnRate() {
    assertThat(rule.recover("opp", "S/Sgt", START, START.plusMonths(2)).amount()).isEqualByComparingTo("19200.00");
  }

  @Test
  void theRcmpRecoversNothing() {
    var r = rule.recover("rcmp", "Sgt", START, START.plusMonths(12));
    assertThat(r.reimbursed()).isFalse();
    assertThat(r.amount()).isEqualByComparingTo("0");
  }

  @Test
  void anUnknownRankIsAConfigurationError() {
    assertThatThrownBy(() -> rule.recover("spvm", "Cmdr", START, START.plusMonths(1)))
        .hasMessageContaining("Cmdr");
  }

  @Test
  void theTimeAwayRunsFromTheFirstDayOfTrainingToTheEndOfReintegrationLeave() {
    // training from 2026-01-10, back at work on 2027-01-10: the last day away is 2027-01-09
    assertThat(CostRecoveryRule.lastDayAway(LocalDate.of(2027, 1, 10))).isEqualTo(LocalDate.of(2027, 1, 9));
    var r = rule.recover("spvm", "Sgt", START, CostRecoveryRule.lastDayAway(LocalDate.of(2027, 1, 10)));
    assertThat(r.fullMonths()).isEqualTo(11);
    assertThat(r.extraDays()).isEqualTo(30);
    assertThat(r.monthlyRate()).isEqualByComparingTo("9000.00");
  }
}
