package ca.gc.cpa.planning;

import java.util.List;

/**
 * Estimated cost of one rotation of a mission: officers' yearly rates by rank (the program's one rate table), and the
 * mission allowance only where Canada pays it (on a UN mission the UN pays travel and a subsistence allowance).
 */
public final class BudgetRule {

  private final PlanningProperties properties;

  public BudgetRule(PlanningProperties properties) {
    this.properties = properties;
  }

  public record Estimate(long salaries, long allowances, long total) {}

  /**
   * each position is costed at its minimum rank's rate, pro rata of the tour, plus, where Canada pays it, the allowance
   * for every month
   */
  public Estimate estimate(List<PositionProfile> profiles, int tourMonths, boolean canadaPaysAllowance) {
    long salaries = 0;
    long allowances = 0;
    for (PositionProfile p : profiles) {
      Integer rate = properties.annualRateByRank().get(p.minimumRank());
      if (rate == null) {
        throw new IllegalStateException("No configured rate for rank " + p.minimumRank());
      }
      salaries += Math.round((double) rate * tourMonths / 12.0) * p.count();
      if (canadaPaysAllowance) {
        allowances += (long) properties.monthlyMissionAllowance() * tourMonths * p.count();
      }
    }
    return new Estimate(salaries, allowances, salaries + allowances);
  }
}
