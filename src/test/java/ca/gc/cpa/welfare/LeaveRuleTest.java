package ca.gc.cpa.welfare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeaveRuleTest {

  static final LocalDate START = LocalDate.of(2026, 1, 15);
  final LeaveRule rule = new LeaveRule(new WelfareProperties(30, 7, 30, new BigDecimal("2.5")));

  @Test
  void nothingAccruesBeforeTheFirstFullMonth() {
    assertThat(rule.accrued(START, LocalDate.of(2026, 2, 14))).isEqualByComparingTo("0");
    assertThat(rule.accrued(START, START.minusDays(3))).isEqualByComparingTo("0");
  }

  @Test
  void twoAndAHalfDaysAccrueOnEachFullMonth() {
    assertThat(rule.accrued(START, LocalDate.of(2026, 2, 15))).isEqualByComparingTo("2.5");
    assertThat(rule.accrued(START, LocalDate.of(2026, 7, 14))).isEqualByComparingTo("12.5");
    assertThat(rule.accrued(START, LocalDate.of(2027, 1, 15))).isEqualByComparingTo("30");
  }

  @Test
  void theRateIsConfiguration() {
    var other = new LeaveRule(new WelfareProperties(30, 7, 30, new BigDecimal("3")));
    assertThat(other.accrued(START, LocalDate.of(2026, 3, 15))).isEqualByComparingTo("6");
  }

  @Test
  void aRequestEqualToTheBalanceIsGrantedOneHalfDayMoreIsNot() {
    LocalDate today = LocalDate.of(2026, 5, 15);   // 4 months: 10 days, 2 taken: 8 left
    var atBalance = rule.decide(START, today, new BigDecimal("2"), new BigDecimal("8"));
    assertThat(atBalance.granted()).isTrue();
    assertThat(atBalance.balance()).isEqualByComparingTo("0");
    var over = rule.decide(START, today, new BigDecimal("2"), new BigDecimal("8.5"));
    assertThat(over.granted()).isFalse();
    assertThat(over.reason()).contains("only 8 days");
    assertThat(over.balance()).isEqualByComparingTo("8");
  }

  @Test
  void anEmptyRequestIsRefused() {
    assertThat(rule.decide(START, LocalDate.of(2026, 5, 15), BigDecimal.ZERO, BigDecimal.ZERO).granted()).isFalse();
  }
}
