package ca.gc.cpa.planning;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The positions each rotation fills follow the mission's ceiling once ministers change it: a raised ceiling adds as
 * many positions as it adds officers, selected at once in the rotation under way ({@link #added}); a lowered one keeps
 * no more positions than the ceiling, from the next rotation (nobody is recalled).
 */
public final class PositionsRule {

  private PositionsRule() {}

  public static int follow(int positions, int oldCeiling, int newCeiling) {
    if (newCeiling >= oldCeiling) {
      return Math.min(newCeiling, positions + (newCeiling - oldCeiling));
    }
    return Math.min(positions, newCeiling);
  }

  /** the positions a change adds (numbered after the existing ones), selected now; none when it keeps or removes */
  public static List<Integer> added(int positionsBefore, int positionsAfter) {
    return IntStream.rangeClosed(positionsBefore + 1, positionsAfter).boxed().toList();
  }
}
