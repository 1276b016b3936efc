package ca.gc.cpa.review;

import ca.gc.cpa.cap.CapHeadroom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Consolidates the partners' positions into a recommendation to ministers: approve only if every CPA
 * criterion holds, no partner opposes and a ceiling of at least the minimum fits under the cap's
 * headroom; otherwise decline, with every reason listed (not just the first).
 */
public final class ConsolidationRule {

  private final int minimumCeiling;

  public ConsolidationRule(int minimumCeiling) {
    this.minimumCeiling = minimumCeiling;
  }

  public record Recommendation(boolean approve, int proposedCeiling, List<String> reasons) {
    public String decision() {
      return approve ? "APPROVE" : "DECLINE";
    }
  }

  /**
   * @param criteria each CPA criterion (readable name) and whether it holds
   * @param positions the partners' positions (may be empty when screening already failed)
   * @param officersRequested officers the requester asked for
   * @param headroom the program's headroom now
   */
  public Recommendation consolidate(Map<String, Boolean> criteria, List<PartnerPosition> positions,
      int officersRequested, CapHeadroom headroom) {
    List<String> reasons = new ArrayList<>();
    criteria.forEach((criterion, holds) -> {
      if (!holds) {
        reasons.add("CPA criterion not met: " + criterion);
      }
    });
    for (PartnerPosition p : positions) {
      if (p.position() == PartnerPosition.Position.OPPOSE) {
        reasons.add(p.partner() + " opposes");
      }
    }
    int proposed = Math.min(officersRequested, headroom.headroom());
    if (proposed < minimumCeiling) {
      reasons.add("Program cap exceeded: %d officers committed of %d, headroom %d, below the minimum contingent of %d"
          .formatted(headroom.committed(), headroom.cap(), headroom.headroom(), minimumCeiling));
    }
    boolean approve = reasons.isEmpty();
    List<String> notes = new ArrayList<>(reasons);
    if (approve) {
      if (proposed < officersRequested) {
        notes.add("Ceiling reduced from %d requested to the headroom of %d".formatted(officersRequested, proposed));
      }
      positions.stream().filter(p -> p.position() == PartnerPosition.Position.SUPPORT_WITH_CONDITIONS)
          .forEach(p -> notes.add(p.partner() + " supports with conditions: " + p.conditions()));
    }
    return new Recommendation(approve, approve ? proposed : 0, List.copyOf(notes));
  }
}
