package ca.gc.cpa.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.planning.Rank;
import ca.gc.cpa.program.MoneyRule.Recovery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyRuleTest {

  // Cst: 109,500 a year + 12 x 1,000 allowance = 121,500 a year: 332.876712 a day
  final MoneyRule rule = new MoneyRule(Map.of(Rank.CST, 109_500, Rank.SGT, 130_000), 1_000);

  @Test
  void aDayAbroadCostsTheYearlyRateAndTwelveAllowancesOver365() {
    assertThat(rule.dailyCost("Cst")).isEqualByComparingTo("332.876712");
    assertThatThrownBy(() -> rule.dailyCost("Insp")).hasMessageContaining("Insp");
  }

  @Test
  void spentCountsTheDaysAbroadWithinTheFiscalYear() {
    FiscalYear year = FiscalYear.containing(LocalDate.of(2026, 11, 1), 4);
    // arrived 22 March 2026: 10 days in the year before, then abroad until today (1 May: 30 days)
    TourRecord tour = Tours.abroad("DEP-1", "MSN-A", 1, "F", LocalDate.of(2026, 3, 22), LocalDate.of(2027, 3, 22));
    LocalDate today = LocalDate.of(2026, 5, 1);
    assertThat(tour.daysAbroad(year.start(), year.end(), today)).isEqualTo(30);
    assertThat(rule.spent(List.of(tour), year.start(), year.end(), today)).isEqualTo(9986);
    assertThat(rule.spent(List.of(tour), LocalDate.MIN, today, today)).isEqualTo(13315);
    // a tour that left counts to the day it left; a cancelled one costs nothing
    TourRecord left = Tours.left(tour, LocalDate.of(2026, 4, 2), TourStatus.COMPLETED);
    assertThat(left.daysAbroad(year.start(), year.end(), today)).isEqualTo(1);
    assertThat(rule.spent(List.of(Tours.left(tour, null, TourStatus.CANCELLED)), year.start(), year.end(), today)).isZero();
  }

  @Test
  void owedPerServiceKeepsTheReimbursedRecoveriesOfToursEndedInTheYear() {
    FiscalYear year = FiscalYear.containing(LocalDate.of(2026, 11, 1), 4);
    Map<String, BigDecimal> owed = MoneyRule.owedPerService(List.of(
        new Recovery("spvm", LocalDate.of(2026, 3, 31), new BigDecimal("100.00"), true),
        new Recovery("spvm", LocalDate.of(2026, 4, 1), new BigDecimal("200.00"), true),
        new Recovery("spvm", LocalDate.of(2027, 3, 31), new BigDecimal("50.50"), true),
        new Recovery("opp", LocalDate.of(2027, 4, 1), new BigDecimal("400.00"), true),
        new Recovery("rcmp", LocalDate.of(2026, 6, 1), new BigDecimal("0.00"), false)), year);
    assertThat(owed).containsOnlyKeys("spvm");
    assertThat(owed.get("spvm")).isEqualByComparingTo("250.50");
  }

  @Test
  void aMissionsBudgetSoFarIsOneRotationsEstimatePerRotationBegun() {
    assertThat(MoneyRule.budgetToDate(1_000_000L, 3)).isEqualTo(3_000_000L);
    assertThat(MoneyRule.budgetToDate(1_000_000L, 0)).isZero();
    assertThat(MoneyRule.budgetToDate(null, 2)).isZero();
  }
}
