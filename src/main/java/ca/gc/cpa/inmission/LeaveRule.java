package ca.gc.cpa.inmission;

import ca.gc.cpa.i18n.UserMessage;
import ca.gc.cpa.process.LeaveRequestProcess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Leave in the mission (UN terms): it accrues per full month served, counted at the leave's first day;
 * a request lies inside the tour, does not overlap leave already granted and fits in the balance.
 */
public class LeaveRule {

  /** leave already granted on the tour */
  public record Granted(LocalDate firstDay, BigDecimal days) {}

  /** @param balance the days available at the first day, before this request */
  public record Verdict(BigDecimal balance, List<Reason> reasons) {
    public boolean allowed() {
      return reasons.isEmpty();
    }
  }

  /** what is wrong, and with which field */
  public record Reason(String field, @UserMessage String message) {}

  /** the fields a reason names: the request's */
  public static final String FIRST_DAY = LeaveRequestProcess.LEAVE_FIRST_DAY.name();
  public static final String DAYS = LeaveRequestProcess.LEAVE_DAYS.name();

  private final BigDecimal daysPerMonth;

  public LeaveRule(BigDecimal daysPerMonth) {
    this.daysPerMonth = daysPerMonth;
  }

  public long fullMonthsServed(LocalDate tourStart, LocalDate day) {
    return day.isBefore(tourStart) ? 0 : ChronoUnit.MONTHS.between(tourStart, day);
  }

  public BigDecimal accrued(LocalDate tourStart, LocalDate day) {
    return daysPerMonth.multiply(BigDecimal.valueOf(fullMonthsServed(tourStart, day)));
  }

  /** the last calendar day of a leave of so many days (a half day counts as a day of absence) */
  public static LocalDate lastDay(LocalDate firstDay, BigDecimal days) {
    return firstDay.plusDays(days.setScale(0, RoundingMode.CEILING).longValueExact() - 1);
  }

  public Verdict check(LocalDate tourStart, LocalDate tourEnd, LocalDate firstDay, BigDecimal days, List<Granted> granted) {
    BigDecimal taken = granted.stream().map(Granted::days).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal balance = firstDay == null ? BigDecimal.ZERO : accrued(tourStart, firstDay).subtract(taken);
    List<Reason> reasons = new ArrayList<>();
    if (days == null || days.signum() <= 0 || days.remainder(new BigDecimal("0.5")).signum() != 0) {
      reasons.add(new Reason(DAYS, "must be a number of days in half days, at least a half day"));
      return new Verdict(balance, reasons);
    }
    if (firstDay == null) {
      return new Verdict(balance, reasons);
    }
    LocalDate last = lastDay(firstDay, days);
    if (firstDay.isBefore(tourStart) || (tourEnd != null && last.isAfter(tourEnd))) {
      reasons.add(new Reason(FIRST_DAY, "the leave must lie inside the tour (" + tourStart + " to " + tourEnd + ")"));
    }
    granted.stream()
        .filter(g -> !firstDay.isAfter(lastDay(g.firstDay(), g.days())) && !last.isBefore(g.firstDay()))
        .findFirst()
        .ifPresent(g -> reasons.add(new Reason(FIRST_DAY, "overlaps leave already granted from " + g.firstDay()
            + " to " + lastDay(g.firstDay(), g.days()))));
    if (days.compareTo(balance) > 0) {
      reasons.add(new Reason(DAYS, "only " + plain(balance.max(BigDecimal.ZERO)) + " days of leave are available on "
          + firstDay + " (" + plain(accrued(tourStart, firstDay)) + " accrued, " + plain(taken) + " taken)"));
    }
    return new Verdict(balance, reasons);
  }

  static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
