package ca.gc.cpa.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Positions follow a ceiling ministers changed: up by as many officers as it adds (those selected now), down to the
 * ceiling at most.
 */
class PositionsRuleTest {

  @Test
  void aRaisedCeilingAddsAsManyPositions() {
    assertThat(PositionsRule.follow(3, 20, 60)).isEqualTo(43);
    assertThat(PositionsRule.follow(20, 20, 21)).isEqualTo(21);
    assertThat(PositionsRule.follow(5, 5, 5)).isEqualTo(5);
  }

  @Test
  void aLoweredCeilingKeepsNoMorePositionsThanItAllows() {
    assertThat(PositionsRule.follow(3, 20, 2)).isEqualTo(2);
    assertThat(PositionsRule.follow(3, 20, 3)).isEqualTo(3);
    assertThat(PositionsRule.follow(3, 20, 4)).as("still room for the three planned").isEqualTo(3);
  }

  @Test
  void theAddedPositionsAreNumberedAfterTheExistingOnesAndARemovalAddsNone() {
    assertThat(PositionsRule.added(3, 5)).containsExactly(4, 5);
    assertThat(PositionsRule.added(3, 4)).containsExactly(4);
    assertThat(PositionsRule.added(3, 3)).isEmpty();
    assertThat(PositionsRule.added(3, 2)).isEmpty();
  }
}
