package ca.gc.cpa.planning;

import ca.gc.cpa.i18n.UserMessage;
import java.util.ArrayList;
import java.util.List;

/** A mission plan's own limits: never more positions than the ministerial ceiling. */
public final class PlanRule {

  private PlanRule() {}

  public static int totalPositions(List<PositionProfile> profiles) {
    return profiles.stream().mapToInt(PositionProfile::count).sum();
  }

  /** every reason the plan cannot stand, empty when it can */
  @UserMessage
  public static List<String> check(List<PositionProfile> profiles, int ceiling) {
    List<String> reasons = new ArrayList<>();
    int total = totalPositions(profiles);
    if (total < 1) {
      reasons.add("the plan needs at least one position");
    }
    if (total > ceiling) {
      reasons.add("%d positions exceed the ministerial ceiling of %d".formatted(total, ceiling));
    }
    return reasons;
  }
}
