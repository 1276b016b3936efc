package ca.gc.cpa.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RotationPositionsTest {

  @Test
  void aRotationSelectsEveryPositionButThoseHeldByAnExtendedOfficer() {
    assertThat(RotationPositions.toSelect(4, List.of())).containsExactly(1, 2, 3, 4);
    assertThat(RotationPositions.toSelect(4, List.of(2, 4))).containsExactly(1, 3);
    assertThat(RotationPositions.toSelect(1, List.of(1))).isEmpty();
  }

  @Test
  void aFreedPositionIsRefilledWhenItWasLeftEarlyOrHeldOverTheRotation() {
    assertThat(RotationPositions.refill("REPLACEMENT", 1, List.of(), 3)).isTrue();
    assertThat(RotationPositions.refill("EARLY_RETURN", 1, List.of(), 3)).isTrue();
    assertThat(RotationPositions.refill("NOT_REPLACED", 1, List.of(), 3)).isFalse();
    assertThat(RotationPositions.refill("TOUR_COMPLETED", 1, List.of(2), 3)).isFalse();
    assertThat(RotationPositions.refill("TOUR_COMPLETED", 2, List.of(2), 3)).isTrue();
  }

  @Test
  void aPositionALoweredCeilingRemovedIsNeverRefilled() {
    assertThat(RotationPositions.refill("REPLACEMENT", 3, List.of(), 3)).isTrue();
    assertThat(RotationPositions.refill("REPLACEMENT", 4, List.of(), 3)).isFalse();
    assertThat(RotationPositions.refill("EARLY_RETURN", 4, List.of(), 3)).isFalse();
    assertThat(RotationPositions.refill("TOUR_COMPLETED", 4, List.of(4), 3)).isFalse();
  }

  @Test
  void positionsTravelAsText() {
    assertThat(RotationPositions.write(List.of(1, 3))).isEqualTo("1,3");
    assertThat(RotationPositions.read("1, 3")).containsExactly(1, 3);
    assertThat(RotationPositions.read("")).isEmpty();
    assertThat(RotationPositions.read(null)).isEmpty();
  }
}
