package ca.gc.cpa.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Women among officers, against the UN target (a share of what a country nominates, measured over a
 * rotation, not per position: the target is configuration, {@code cpa.selection.women-target-percent}).
 */
public final class WomenShareRule {

  private final int targetPercent;

  public WomenShareRule(int targetPercent) {
    this.targetPercent = targetPercent;
  }

  /** a nominee of one rotation of one mission, and whether they went */
  public record Nominee(String missionBusinessKey, int rotation, String gender, boolean deployed) {}

  /** one rotation: nominated and deployed, women among them; the target is met on the nominations */
  public record Rotation(String missionBusinessKey, int rotation, int nominated, int nominatedWomen,
      Double nominatedWomenPercent, int deployed, int deployedWomen, Double deployedWomenPercent, boolean targetMet) {}

  /** percent with one decimal; null when there is nobody to count */
  public static Double percent(int women, int total) {
    return total == 0 ? null : Math.round(women * 1000.0 / total) / 10.0;
  }

  public int targetPercent() {
    return targetPercent;
  }

  /** at or above the target (20 % of 5 is 1 woman: met) */
  public boolean meetsTarget(int women, int total) {
    return total > 0 && women * 100L >= (long) targetPercent * total;
  }

  /** per mission and rotation, in order */
  public List<Rotation> perRotation(List<Nominee> nominees) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Nominee n : nominees) {
      int[] c = counts.computeIfAbsent(n.missionBusinessKey() + "\u0000" + String.format("%04d", n.rotation()), k -> new int[4]);
      boolean woman = TourRecord.WOMAN.equals(n.gender());
      c[0]++;
      c[1] += woman ? 1 : 0;
      c[2] += n.deployed() ? 1 : 0;
      c[3] += n.deployed() && woman ? 1 : 0;
    }
    List<Rotation> rotations = new ArrayList<>();
    counts.forEach((key, c) -> {
      String[] parts = key.split("\u0000");
      rotations.add(new Rotation(parts[0], Integer.parseInt(parts[1]), c[0], c[1], percent(c[1], c[0]),
          c[2], c[3], percent(c[3], c[2]), meetsTarget(c[1], c[0])));
    });
    return rotations;
  }
}
