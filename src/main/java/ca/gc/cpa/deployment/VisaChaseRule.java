package ca.gc.cpa.deployment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** When a missing visa is chased, and when it puts the departure at risk. */
public class VisaChaseRule {

  private final DeploymentProperties properties;

  public VisaChaseRule(DeploymentProperties properties) {
    this.properties = properties;
  }

  public record Assessment(boolean chaseDue, boolean departureAtRisk, long daysToDeparture) {}

  public Assessment assess(LocalDate requestedOn, LocalDate today, LocalDate plannedDeparture) {
    long waited = ChronoUnit.DAYS.between(requestedOn, today);
    long toDeparture = ChronoUnit.DAYS.between(today, plannedDeparture);
    return new Assessment(waited >= properties.visaChaseDays(), toDeparture <= properties.departureRiskDays(), toDeparture);
  }
}
