package ca.gc.cpa.selection;



/**
 * The share of women among nominees, measured as the UN measures a country's nominations: over a rotation (a batch),
 * and program-wide, never per position. A rotation under the target asks the selection board for a reason; it does
 * not block a choice.
 */
public final class WomenShareRule {

  private final SelectionProperties properties;

  public WomenShareRule(SelectionProperties properties) {
    this.properties = properties;
  }

  /** @param belowTarget some nominees, and fewer women among them than the target share (exactly, not rounded) */
  public record Share(int nominees, int women, int percent, boolean belowTarget) {}

  public Share of(int women, int nominees) {
    return new Share(nominees, women, CandidateRanking.womenSharePercent(women, nominees),
        nominees > 0 && women * 100L < (long) properties.womenTargetPercent() * nominees);
  }

  /** what the selection board reads at the choice */
  public String note(Share rotation, Share program) {
    return "%s: %d woman (women) among the rotation's %d nominee(s); program-wide %d%% of %d nominee(s). UN target %d%%%s"
        .formatted(rotation.belowTarget() ? "Below the target" : "At or above the target", rotation.women(),
            rotation.nominees(), program.percent(), program.nominees(), properties.womenTargetPercent(),
            rotation.belowTarget() ? ": give the reason with a confirmation" : "");
  }
}
