package ca.gc.cpa.evaluation;

import ca.gc.cpa.i18n.UserMessage;
import java.util.Optional;

/** A mission's ceiling may change only within the program cap's headroom. */
public final class CeilingRule {

  private CeilingRule() {}

  /** the most this mission may have: the cap less what every other open mission holds */
  public static int headroom(int programCap, int committedCeilings, int currentCeiling) {
    return programCap - (committedCeilings - currentCeiling);
  }

  /** why a new ceiling cannot stand, empty when it can */
  @UserMessage
  public static Optional<String> check(int newCeiling, int headroom) {
    if (newCeiling < 1) {
      return Optional.of("a mission's ceiling is at least 1 (close the mission instead)");
    }
    if (newCeiling > headroom) {
      return Optional.of("%d exceeds the headroom of %d under the program cap".formatted(newCeiling, headroom));
    }
    return Optional.empty();
  }
}
