package ca.gc.cpa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the program reimburses a partner service for a tour (table tour_cost_recovery). */
class CostRecoveryRepositoryTest {

  CostRecoveryRepository recoveries;

  @BeforeEach
  void setUp() {
    var jdbc = TestDatabase.freshClient();
    recoveries = new CostRecoveryRepository(jdbc);
    long officerId = new OfficerRepository(jdbc)
        .save(new Officer(null, "opp", "OPP-1", "Jean", "Tremblay", "Cst", "M", LocalDate.of(1990, 1, 1))).id();
    new TourRepository(jdbc).create(new Tour(null, "DEP-2026-0042", officerId, "opp", "MSN-MALI-2026", 1, 1, TourStatus.SELECTED));
  }

  @Test
  void costRecoveryIsRecordedOnce() {
    var first = new TourCostRecovery("DEP-2026-0042", "opp", "Cst", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
        12, 0, new BigDecimal("8200.00"), new BigDecimal("98400.00"), true);
    recoveries.save(first);
    var again = recoveries.save(new TourCostRecovery("DEP-2026-0042", "opp", "Cst", LocalDate.of(2026, 1, 1),
        LocalDate.of(2027, 2, 1), 13, 0, new BigDecimal("8200.00"), new BigDecimal("106600.00"), true));
    assertThat(again.amount()).isEqualByComparingTo("98400.00");
    assertThat(recoveries.find("DEP-2026-0042")).get().extracting(TourCostRecovery::fullMonths).isEqualTo(12L);
    assertThat(recoveries.find("DEP-2026-0043")).isEmpty();
  }
}
