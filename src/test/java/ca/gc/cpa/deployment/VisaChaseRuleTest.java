package ca.gc.cpa.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisaChaseRuleTest {

  static final LocalDate REQUESTED = LocalDate.of(2026, 3, 1);
  final VisaChaseRule rule = new VisaChaseRule(new DeploymentProperties(30, 14, 7, 60, 24));

  @Test
  void aVisaIsChasedFromTheConfiguredDayOn() {
    assertThat(rule.assess(REQUESTED, REQUESTED.plusDays(29), REQUESTED.plusDays(90)).chaseDue()).isFalse();
    assertThat(rule.assess(REQUESTED, REQUESTED.plusDays(30), REQUESTED.plusDays(90)).chaseDue()).isTrue();
  }

  @Test
  void theDepartureIsAtRiskWithinTheConfiguredDays() {
    LocalDate today = REQUESTED.plusDays(30);
    assertThat(rule.assess(REQUESTED, today, today.plusDays(15)).departureAtRisk()).isFalse();
    var atRisk = rule.assess(REQUESTED, today, today.plusDays(14));
    assertThat(atRisk.departureAtRisk()).isTrue();
    assertThat(atRisk.daysToDeparture()).isEqualTo(14);
    assertThat(rule.assess(REQUESTED, today, today.minusDays(1)).departureAtRisk()).isTrue();
  }
}
