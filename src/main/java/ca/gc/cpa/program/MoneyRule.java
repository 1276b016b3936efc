package ca.gc.cpa.program;

import ca.gc.cpa.planning.Rank;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the program costs, on the same rates the mission budgets are estimated with
 * ({@code cpa.planning}: an officer's yearly rate by rank and the monthly mission allowance), and what it
 * owes the partner services (the cost recoveries computed when tours end).
 */
public final class MoneyRule {

  private final Map<Rank, Integer> annualRateByRank;
  private final int monthlyAllowance;

  public MoneyRule(Map<Rank, Integer> annualRateByRank, int monthlyAllowance) {
    this.annualRateByRank = annualRateByRank;
    this.monthlyAllowance = monthlyAllowance;
  }

  /** a cost recovery computed at a tour's end: owed to the service when reimbursed (the RCMP pays its own) */
  public record Recovery(String agencyCode, LocalDate servedTo, BigDecimal amount, boolean reimbursed) {}

  /** one day abroad of an officer of this rank: (yearly rate + 12 monthly allowances) / 365 */
  public BigDecimal dailyCost(String rank) {
    Integer rate = annualRateByRank.get(Rank.of(rank));
    if (rate == null) {
      throw new IllegalStateException("No configured rate for rank " + rank);
    }
    return BigDecimal.valueOf(rate + 12L * monthlyAllowance).divide(BigDecimal.valueOf(365), 6, RoundingMode.HALF_UP);
  }

  /** the cost of the days the tours spent abroad from {@code from} to {@code to} (exclusive), whole dollars */
  public long spent(List<TourRecord> tours, LocalDate from, LocalDate to, LocalDate today) {
    BigDecimal total = BigDecimal.ZERO;
    for (TourRecord t : tours) {
      long days = t.daysAbroad(from, to, today);
      if (days > 0) {
        total = total.add(dailyCost(t.rank()).multiply(BigDecimal.valueOf(days)));
      }
    }
    return total.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** a mission's budget so far: its plan's estimate for one rotation times the rotations begun */
  public static long budgetToDate(Long perRotation, int rotationsBegun) {
    return perRotation == null ? 0 : perRotation * rotationsBegun;
  }

  /** what the program owes each service for tours that ended in the fiscal year, services in order */
  public static Map<String, BigDecimal> owedPerService(List<Recovery> recoveries, FiscalYear year) {
    Map<String, BigDecimal> owed = new TreeMap<>();
    for (Recovery r : recoveries) {
      if (r.reimbursed() && year.contains(r.servedTo())) {
        owed.merge(r.agencyCode(), r.amount(), BigDecimal::add);
      }
    }
    return owed;
  }
}
