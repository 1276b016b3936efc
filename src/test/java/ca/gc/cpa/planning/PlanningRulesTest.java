package ca.gc.cpa.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's ceiling, the budget estimate and the rotation schedule at their boundaries. */
class PlanningRulesTest {

  static PositionProfile patrol(int count) {
    return new PositionProfile(PositionRole.PATROL_MONITORING, Rank.CST, "FR", true, count);
  }

  @Test
  void positionsMayReachTheCeilingButNeverExceedIt() {
    assertThat(PlanRule.check(List.of(patrol(19), patrol(1)), 20)).isEmpty();
    assertThat(PlanRule.check(List.of(patrol(20), patrol(1)), 20)).containsExactly("21 positions exceed the ministerial ceiling of 20");
    assertThat(PlanRule.check(List.of(), 20)).containsExactly("the plan needs at least one position");
  }

  @Test
  void theBudgetIsTheRateOfEachPositionsRankProRataPlusTheMonthlyAllowanceWhereCanadaPaysIt() {
    BudgetRule rule = new BudgetRule(MissionProcessTest.planningProperties());
    BudgetRule.Estimate year = rule.estimate(List.of(patrol(2),
        new PositionProfile(PositionRole.CONTINGENT_COMMANDER, Rank.SUPT, "FR", true, 1)), 12, true);
    assertThat(year.salaries()).isEqualTo(2 * 110000 + 170000);
    assertThat(year.allowances()).isEqualTo(3 * 12 * 4000);
    assertThat(year.total()).isEqualTo(year.salaries() + year.allowances());
    BudgetRule.Estimate nineMonths = rule.estimate(List.of(patrol(1)), 9, true);
    assertThat(nineMonths.total()).isEqualTo(82500 + 9 * 4000);
    assertThat(rule.estimate(List.of(), 12, true).total()).isZero();
    // a UN mission: the UN pays the allowance, Canada the salaries
    BudgetRule.Estimate un = rule.estimate(List.of(patrol(1)), 9, false);
    assertThat(un.allowances()).isZero();
    assertThat(un.total()).isEqualTo(82500);
  }

  @Test
  void rotationsFollowEachOtherAndTheNextStartsTheLeadTimeBeforeToursEnd() {
    LocalDate first = LocalDate.of(2027, 3, 1);
    assertThat(RotationSchedule.deploymentDate(first, 12, 1)).isEqualTo(first);
    assertThat(RotationSchedule.deploymentDate(first, 9, 3)).isEqualTo(LocalDate.of(2028, 9, 1));
    assertThat(RotationSchedule.nextRotationStart(first, 12, 1, 16)).isEqualTo(LocalDate.of(2027, 11, 10));
    assertThat(RotationSchedule.nextRotationStart(first, 12, 1, 1)).isEqualTo(LocalDate.of(2028, 2, 23));
  }

  @Test
  void aSelectionStartedLateDeploysAsSoonAsPossibleElseWithItsRotation() {
    LocalDate first = LocalDate.of(2027, 3, 1);
    assertThat(RotationSchedule.deploymentFrom(first, 12, 1, LocalDate.of(2027, 2, 28))).isEqualTo(first);
    assertThat(RotationSchedule.deploymentFrom(first, 12, 1, first)).isEqualTo(first);
    assertThat(RotationSchedule.deploymentFrom(first, 12, 1, LocalDate.of(2027, 3, 2))).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(RotationSchedule.deploymentFrom(first, 12, 2, LocalDate.of(2027, 6, 1))).isEqualTo(LocalDate.of(2028, 3, 1));
  }

  @Test
  void ranksCompareLowestFirstAndReadTheirShortForm() {
    assertThat(Rank.of("S/Sgt")).isEqualTo(Rank.SSGT);
    assertThat(Rank.of("INSP")).isEqualTo(Rank.INSP);
    assertThat(Rank.INSP.isAtLeast(Rank.INSP)).isTrue();
    assertThat(Rank.SSGT.isAtLeast(Rank.INSP)).isFalse();
  }
}
