package ca.gc.cpa.inmission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaveRuleTest {

  static final LocalDate START = LocalDate.of(2026, 1, 15);
  static final LocalDate END = LocalDate.of(2027, 1, 14);
  final LeaveRule rule = new LeaveRule(new BigDecimal("2.5"));

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
    assertThat(new LeaveRule(new BigDecimal("3")).accrued(START, LocalDate.of(2026, 3, 15))).isEqualByComparingTo("6");
  }

  @Test
  void theBalanceIsCountedAtTheFirstDayOfLeaveNotAtTheRequest() {
    // 4 full months at 15 May: 10 days; 2 taken: 8 left; one day earlier only 3 months: 7.5 - 2 = 5.5
    List<LeaveRule.Granted> taken = List.of(new LeaveRule.Granted(LocalDate.of(2026, 3, 1), new BigDecimal("2")));
    var atBalance = rule.check(START, END, LocalDate.of(2026, 5, 15), new BigDecimal("8"), taken);
    assertThat(atBalance.allowed()).isTrue();
    assertThat(atBalance.balance()).isEqualByComparingTo("8");
    var over = rule.check(START, END, LocalDate.of(2026, 5, 15), new BigDecimal("8.5"), taken);
    assertThat(over.allowed()).isFalse();
    assertThat(over.reasons()).extracting(LeaveRule.Reason::field).containsExactly(LeaveRule.DAYS);
    assertThat(over.reasons().get(0).message()).contains("only 8 days").contains("10 accrued, 2 taken");
    var dayBefore = rule.check(START, END, LocalDate.of(2026, 5, 14), new BigDecimal("8"), taken);
    assertThat(dayBefore.allowed()).isFalse();
    assertThat(dayBefore.balance()).isEqualByComparingTo("5.5");
  }

  @Test
  void leaveLiesInsideTheTour() {
    assertThat(rule.check(START, END, START.minusDays(1), new BigDecimal("0.5"), List.of()).reasons())
        .extracting(LeaveRule.Reason::field).contains(LeaveRule.FIRST_DAY);
    // the last day of the tour is the last possible day of leave
    assertThat(rule.check(START, END, END, new BigDecimal("1"), List.of()).allowed()).isTrue();
    assertThat(rule.check(START, END, END, new BigDecimal("1.5"), List.of()).reasons().get(0).message())
        .contains("inside the tour");
  }

  @Test
  void leaveDoesNotOverlapLeaveAlreadyGranted() {
    var granted = List.of(new LeaveRule.Granted(LocalDate.of(2026, 9, 10), new BigDecimal("5")));   // 10 to 14 Sept
    assertThat(rule.check(START, END, LocalDate.of(2026, 9, 14), new BigDecimal("1"), granted).reasons().get(0).message())
        .contains("overlaps leave already granted from 2026-09-10 to 2026-09-14");
    assertThat(rule.check(START, END, LocalDate.of(2026, 9, 6), new BigDecimal("4"), granted).allowed()).isTrue();
    assertThat(rule.check(START, END, LocalDate.of(2026, 9, 15), new BigDecimal("1"), granted).allowed()).isTrue();
  }

  @Test
  void aRequestIsForHalfDaysAndAtLeastOne() {
    assertThat(rule.check(START, END, LocalDate.of(2026, 6, 1), BigDecimal.ZERO, List.of()).allowed()).isFalse();
    assertThat(rule.check(START, END, LocalDate.of(2026, 6, 1), new BigDecimal("1.25"), List.of()).allowed()).isFalse();
    assertThat(rule.check(START, END, LocalDate.of(2026, 6, 1), new BigDecimal("0.5"), List.of()).allowed()).isTrue();
  }
}
