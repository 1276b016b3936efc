package ca.gc.cpa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The effect ledger on H2 (on PostgreSQL: cluster.TwoNodesTest). */
class EffectLedgerTest {

  private final EffectLedger ledger = new EffectLedger(TestDatabase.fresh(), "node-1");

  @Test
  void theFirstTimeSaysYesAndEveryLaterTimeNo() {
    assertThat(ledger.firstTime("DEP-2026-0001", "cost-recovery")).isTrue();
    assertThat(ledger.firstTime("DEP-2026-0001", "cost-recovery")).isFalse();
    assertThat(ledger.firstTime("DEP-2026-0001", "cost-recovery")).isFalse();
  }

  @Test
  void anotherStepOrAnotherBusinessKeyIsAnotherFirstTime() {
    assertThat(ledger.firstTime("DEP-2026-0001", "position-freed")).isTrue();
    assertThat(ledger.firstTime("DEP-2026-0001", "cost-recovery")).isTrue();
    assertThat(ledger.firstTime("DEP-2026-0002", "position-freed")).isTrue();
    assertThat(ledger.steps("DEP-2026-0001")).extracting(EffectLedger.Entry::step)
        .containsExactlyInAnyOrder("position-freed", "cost-recovery");
  }

  @Test
  void theLedgerSaysWhichNodeDidTheStep() {
    ledger.firstTime("REQ-2026-0001", "mission-started");
    assertThat(ledger.steps("REQ-2026-0001")).singleElement()
        .satisfies(e -> assertThat(e.node()).isEqualTo("node-1"));
  }
}
