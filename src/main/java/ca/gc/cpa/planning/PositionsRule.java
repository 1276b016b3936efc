package ca.gc.cpa.planning;

/**
 * The positions each rotation fills follow the mission's ceiling once ministers change it: a raised ceiling adds as
 * many positions as it adds officers, a lowered one keeps no more positions than the ceiling (from the next rotation:
 * nobody is recalled).
 */
public final class PositionsRule {

  private PositionsRule() {}

  public static int follow(int positions, int oldCeiling, int newCeiling) {
    if (newCeiling >= oldCeiling) {
      return Math.min(newCeiling, positions + (newCeiling - oldCeiling));
    }
    return Math.min(positions, newCeiling);
  }
}
