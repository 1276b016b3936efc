package ca.gc.cpa.repatriation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the program reimburses the partner service for the officer's salary: the configured monthly rate
 * of the officer's rank for every full month served, and a prorated part of it for the days left over.
 */
public class CostRecoveryRule {

  private final RepatriationProperties properties;

  public CostRecoveryRule(RepatriationProperties properties) {
    this.properties = properties;
  }

  public record Recovery(boolean reimbursed, long fullMonths, long extraDays, BigDecimal monthlyRate, BigDecimal amount) {}

  public Recovery recover(String agencyCode, String rank, LocalDate servedFrom, LocalDate servedTo) {
    BigDecimal rate = properties.monthlySalaryRates().get(rank);
    if (rate == null) {
      throw new IllegalArgumentException("No salary rate configured for rank " + rank);
    }
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
