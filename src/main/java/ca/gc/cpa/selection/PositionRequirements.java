package ca.gc.cpa.selection;

import ca.gc.cpa.planning.PositionRole;
import ca.gc.cpa.planning.Rank;
import java.time.LocalDate;

/** What a position in one rotation asks of a nominee. */
public record PositionRequirements(
    PositionRole role,
    Rank minimumRank,
    String language,
    LocalDate deploymentDate,
    int tourMonths,
    int minYearsOfService,
    boolean unMission) {

  public LocalDate tourEnd() {
    return deploymentDate.plusMonths(tourMonths);
  }
}
