package ca.gc.cpa.inmission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a report from the mission is due, and for which month. */
class MissionReportRuleTest {

  static final YearMonth JUNE = YearMonth.of(2026, 6);

  @Test
  void lastMonthsReportIsTheOneDue() {
    assertThat(MissionReportRule.periodDue(LocalDate.of(2026, 7, 5))).isEqualTo(JUNE);
    assertThat(MissionReportRule.periodDue(LocalDate.of(2027, 1, 5))).isEqualTo(YearMonth.of(2026, 12));
  }

  @Test
  void aReportIsDueForAMonthAnOfficerServingNowWasThereIn() {
    assertThat(MissionReportRule.due(JUNE, List.of(LocalDate.of(2026, 6, 30)))).isTrue();
    assertThat(MissionReportRule.due(JUNE, List.of(LocalDate.of(2026, 1, 15)))).isTrue();
    // the first officers arrived after the month: nothing to report on it
    assertThat(MissionReportRule.due(JUNE, List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2)))).isFalse();
    assertThat(MissionReportRule.due(JUNE, List.of())).isFalse();
    assertThat(MissionReportRule.due(JUNE, java.util.Arrays.asList((LocalDate) null))).isFalse();
  }

  @Test
  void aMonthToComeIsNotReportable() {
    assertThat(MissionReportRule.reportable(JUNE, LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(MissionReportRule.reportable(YearMonth.of(2026, 7), LocalDate.of(2026, 6, 30))).isFalse();
  }
}
