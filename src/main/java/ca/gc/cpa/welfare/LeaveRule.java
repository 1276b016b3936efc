package ca.gc.cpa.welfare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Leave accrues per full month served (UN terms: 2.5 days); a request must fit in the balance. */
public class LeaveRule {

  private final WelfareProperties properties;

  public LeaveRule(WelfareProperties properties) {
    this.properties = properties;
  }

  public record Decision(boolean granted, BigDecimal balance, String reason) {}

  public long fullMonthsServed(LocalDate tourStart, LocalDate today) {
    return today.isBefore(tourStart) ? 0 : ChronoUnit.MONTHS.between(tourStart, today);
  }

  public BigDecimal accrued(LocalDate tourStart, LocalDate today) {
    return properties.leaveDaysPerMonth().multiply(BigDecimal.valueOf(fullMonthsServed(tourStart, today)));
  }

  public BigDecimal balance(LocalDate tourStart, LocalDate today, BigDecimal taken) {
    return accrued(tourStart, today).subtract(taken);
  }

  public Decision decide(LocalDate tourStart, LocalDate today, BigDecimal taken, BigDecimal requestedDays) {
    BigDecimal balance = balance(tourStart, today, taken);
    if (requestedDays.signum() <= 0) {
      return new Decision(false, balance, "a request is for at least a half day");
    }
    if (requestedDays.compareTo(balance) > 0) {
      return new Decision(false, balance, "only " + balance.stripTrailingZeros().toPlainString()
          + " days of leave are available");
    }
    return new Decision(true, balance.subtract(requestedDays), null);
  }
}
