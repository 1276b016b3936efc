package ca.gc.cpa.planning;

import ca.gc.cpa.domain.TourEnd;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Which positions a rotation leaves to the officers who still hold them when it deploys: an officer extended past it,
 * or one sent for a position added during the rotation before (who serves a whole tour from arrival). An officer whose
 * tour ends within the rotation's lead of its deployment (a late arrival, a handover) holds nothing: the rotation
 * selects that position as usual. A held position is selected when its officer leaves (the mission's Position freed).
 */
public final class HeldPositions {

  private HeldPositions() {}

  /** the positions held at the rotation's deployment, in order */
  public static List<Integer> at(LocalDate deployment, int leadWeeks, Collection<TourEnd> tours) {
    LocalDate stillHeldAfter = deployment.plusWeeks(leadWeeks);
    return tours.stream()
        .filter(t -> t.expectedEnd() != null && t.expectedEnd().isAfter(stillHeldAfter))
        .map(TourEnd::positionNumber).distinct().sorted().toList();
  }
}
