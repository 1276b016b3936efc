package ca.gc.cpa.planning;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which positions a rotation selects, knowing who stays: a position whose officer was extended beyond the
 * rotation's deployment date is held, and selected only once it is really free; a position freed early is
 * refilled. Positions travel between steps as text ("1,2,4"), a plain variable.
 */
public final class RotationPositions {

  /** the reasons a freed position is refilled at once (process officer-deployment, message PositionFreed) */
  static final List<String> REFILLED = List.of("REPLACEMENT", "EARLY_RETURN");

  private RotationPositions() {}

  /** the positions 1..count the rotation selects: all but those held by an extended officer */
  public static List<Integer> toSelect(int positionCount, Collection<Integer> held) {
    return IntStream.rangeClosed(1, positionCount).filter(p -> !held.contains(p)).boxed().toList();
  }

  /**
   * Is a freed position selected now? A drop-out or an early return the mission replaces, yes; a tour that
   * ends, only when its position was held over the current rotation (an extended officer's). Never a position
   * beyond the mission's positions now (ministers lowered its ceiling: nobody is recalled, nobody replaced).
   */
  public static boolean refill(String freedReason, int position, Collection<Integer> heldInThisRotation, int positionCount) {
    return position <= positionCount && (REFILLED.contains(freedReason) || heldInThisRotation.contains(position));
  }

  public static String write(Collection<Integer> positions) {
    return positions.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  public static List<Integer> read(String positions) {
    return positions == null || positions.isBlank() ? List.of()
        : Arrays.stream(positions.split(",")).map(String::trim).map(Integer::valueOf).toList();
  }
}
