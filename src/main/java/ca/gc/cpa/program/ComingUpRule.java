package ca.gc.cpa.program;

import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.planning.RotationSchedule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What comes up in the next days: tours ending, rotations whose selection opens. */
public final class ComingUpRule {

  private ComingUpRule() {}

  /** a mission's next rotation: its selection opens, then it deploys */
  public record NextRotation(String missionBusinessKey, int rotation, LocalDate selectionOpensOn, LocalDate deploysOn) {}

  /**
   * Tours abroad today that end within {@code days} (today excluded, the last day included), by end date: the
   * tour's end with its extensions.
   */
  public static List<TourRecord> toursEnding(List<TourRecord> tours, LocalDate today, int days) {
    LocalDate last = today.plusDays(days);
    return tours.stream().filter(t -> t.abroadOn(today) && t.tourEndOn() != null
            && t.tourEndOn().isAfter(today) && !t.tourEndOn().isAfter(last))
        .sorted(Comparator.comparing(TourRecord::tourEndOn).thenComparing(TourRecord::businessKey)).toList();
  }

  /**
   * The next rotation of an open mission with a plan: the first rotation deploying after today, whose selection
   * opens {@code leadWeeks} before; null for a mission that plans no more rotations.
   */
  public static NextRotation nextRotation(String missionBusinessKey, MissionStatus status, LocalDate firstDeployment,
      Integer tourMonths, Integer leadWeeks, LocalDate today) {
    if (status != MissionStatus.OPEN || firstDeployment == null || tourMonths == null || tourMonths < 1 || leadWeeks == null) {
      return null;
    }
    int rotation = Math.max(1, (int) (ChronoUnit.MONTHS.between(firstDeployment, today) / tourMonths) + 1);
    while (!RotationSchedule.deploymentDate(firstDeployment, tourMonths, rotation).isAfter(today)) {
      rotation++;
    }
    while (rotation > 1 && RotationSchedule.deploymentDate(firstDeployment, tourMonths, rotation - 1).isAfter(today)) {
      rotation--;
    }
    LocalDate deploys = RotationSchedule.deploymentDate(firstDeployment, tourMonths, rotation);
    return new NextRotation(missionBusinessKey, rotation, deploys.minusWeeks(leadWeeks), deploys);
  }

  /** the next rotations whose selection opens within {@code days} (or has opened and not yet deployed) */
  public static List<NextRotation> rotationsOpening(List<NextRotation> next, LocalDate today, int days) {
    List<NextRotation> opening = new ArrayList<>();
    for (NextRotation r : next) {
      if (r != null && !r.selectionOpensOn().isAfter(today.plusDays(days))) {
        opening.add(r);
      }
    }
    opening.sort(Comparator.comparing(NextRotation::selectionOpensOn).thenComparing(NextRotation::missionBusinessKey));
    return opening;
  }
}
