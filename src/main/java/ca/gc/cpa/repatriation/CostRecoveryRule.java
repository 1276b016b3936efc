package ca.gc.cpa.repatriation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import ca.gc.cpa.planning.Rank;

/**
 * What the program reimburses the partner service for the officer's salary while the officer is away from it, from
 * the first day of pre-deployment training to the last day of reintegration leave: a twelfth of the yearly rate of the
 * officer's rank (the program's one rate table) for every full month, and a prorated part of it for the days left over.
 */
public class CostRecoveryRule {

  private final RepatriationProperties properties;
  private final Map<Rank, Integer> annualRateByRank;

  public CostRecoveryRule(RepatriationProperties properties, Map<Rank, Integer> annualRateByRank) {
    this.properties = properties;
    this.annualRateByRank = annualRateByRank;
  }

  /**
   * The days the officer is away from the home service: from the first day of training to the end of reintegration
   * leave (the day before the return to duty).
   */
  public static LocalDate lastDayAway(LocalDate returnedToDuty) {
    return returnedToDuty.minusDays(1);
  }

  public record Recovery(boolean reimbursed, long fullMonths, long extraDays, BigDecimal monthlyRate, BigDecimal amount) {}

  public Recovery recover(String agencyCode, String rank, LocalDate servedFrom, LocalDate servedTo) {
    Integer annual = annualRateByRank.get(Rank.of(rank));
    if (annual == null) {
      throw new IllegalArgumentException("No salary rate configured for rank " + rank);
    }
    BigDecimal rate = BigDecimal.valueOf(annual).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    LocalDate end = servedTo.isBefore(servedFrom) ? servedFrom : servedTo;
    long months = ChronoUnit.MONTHS.between(servedFrom, end);
    long days = ChronoUnit.DAYS.between(servedFrom.plusMonths(months), end);
    if (properties.nonReimbursedAgencies().contains(agencyCode)) {
      return new Recovery(false, months, days, rate, BigDecimal.ZERO.setScale(2));
    }
    BigDecimal amount = rate.multiply(BigDecimal.valueOf(months))
        .add(rate.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(properties.daysPerMonth()), 2, RoundingMode.HALF_UP))
        .setScale(2, RoundingMode.HALF_UP);
    return new Recovery(true, months, days, rate, amount);
  }
}
