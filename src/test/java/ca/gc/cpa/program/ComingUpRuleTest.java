package ca.gc.cpa.program;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.program.ComingUpRule.NextRotation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComingUpRuleTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void toursEndingWithinTheHorizonIncludeItsLastDayButNotToday() {
    LocalDate arrived = TODAY.minusMonths(11);
    List<TourRecord> tours = List.of(
        Tours.abroad("DEP-1", "MSN-A", 1, "M", arrived, TODAY),
        Tours.abroad("DEP-2", "MSN-A", 2, "M", arrived, TODAY.plusDays(1)),
        Tours.abroad("DEP-3", "MSN-A", 3, "M", arrived, TODAY.plusDays(30)),
        Tours.abroad("DEP-4", "MSN-A", 4, "M", arrived, TODAY.plusDays(31)),
        Tours.abroad("DEP-5", "MSN-A", 5, "M", arrived, TODAY.plusDays(90)),
        Tours.planned("DEP-6", "MSN-A", 6, 2, TODAY.plusDays(5), 1));
    assertThat(ComingUpRule.toursEnding(tours, TODAY, 30)).extracting(TourRecord::businessKey).containsExactly("DEP-2", "DEP-3");
    assertThat(ComingUpRule.toursEnding(tours, TODAY, 60)).hasSize(3);
    assertThat(ComingUpRule.toursEnding(tours, TODAY, 90)).hasSize(4);
  }

  @Test
  void theNextRotationIsTheFirstDeployingAfterToday() {
    LocalDate first = LocalDate.of(2025, 12, 1);
    // rotation 1 deployed 1 Dec 2025, rotation 2 deploys 1 Dec 2026, its selection opens 16 weeks before
    assertThat(ComingUpRule.nextRotation("MSN-A", MissionStatus.OPEN, first, 12, 16, TODAY))
        .isEqualTo(new NextRotation("MSN-A", 2, LocalDate.of(2026, 8, 11), LocalDate.of(2026, 12, 1)));
    // on the day a rotation deploys, the next one is the one after
    assertThat(ComingUpRule.nextRotation("MSN-A", MissionStatus.OPEN, first, 12, 16, LocalDate.of(2026, 12, 1)).rotation())
        .isEqualTo(3);
    assertThat(ComingUpRule.nextRotation("MSN-A", MissionStatus.OPEN, first, 12, 16, LocalDate.of(2026, 11, 30)).rotation())
        .isEqualTo(2);
    // before the first deployment, the first rotation is next
    assertThat(ComingUpRule.nextRotation("MSN-A", MissionStatus.OPEN, first, 12, 16, LocalDate.of(2025, 11, 30)).rotation())
        .isEqualTo(1);
  }

  @Test
  void closingOrUnplannedMissionsHaveNoNextRotation() {
    assertThat(ComingUpRule.nextRotation("MSN-A", MissionStatus.CLOSING, TODAY, 12, 16, TODAY)).isNull();
    assertThat(ComingUpRule.nextRotation("MSN-A", MissionStatus.OPEN, null, null, null, TODAY)).isNull();
  }

  @Test
  void rotationsOpeningWithinTheHorizonOrAlreadyOpen() {
    NextRotation open = new NextRotation("MSN-A", 2, TODAY.minusDays(3), TODAY.plusDays(60));
    NextRotation atHorizon = new NextRotation("MSN-B", 4, TODAY.plusDays(90), TODAY.plusDays(200));
    NextRotation later = new NextRotation("MSN-C", 3, TODAY.plusDays(91), TODAY.plusDays(200));
    java.util.ArrayList<NextRotation> next = new java.util.ArrayList<>(List.of(later, atHorizon, open));
    next.add(null);
    assertThat(ComingUpRule.rotationsOpening(next, TODAY, 90)).containsExactly(open, atHorizon);
  }
}
