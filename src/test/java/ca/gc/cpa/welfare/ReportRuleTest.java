package ca.gc.cpa.welfare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportRuleTest {

  static final LocalDate START = LocalDate.of(2026, 1, 1);
  final ReportRule rule = new ReportRule(new WelfareProperties(30, 7, 30, new BigDecimal("2.5")));

  @Test
  void noReportIsMissingOnePeriodAfterTheStart() {
    assertThat(rule.missing(START, null, START.plusDays(29))).isFalse();
    assertThat(rule.missing(START, null, START.plusDays(30))).isTrue();
  }

  @Test
  void theLastReportStartsANewPeriod() {
    LocalDate last = START.plusDays(20);
    assertThat(rule.missing(START, last, last.plusDays(29))).isFalse();
    assertThat(rule.missing(START, last, last.plusDays(30))).isTrue();
  }
}
