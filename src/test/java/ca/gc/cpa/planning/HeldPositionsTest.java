package ca.gc.cpa.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.TourEnd;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldPositionsTest {

  static final LocalDate DEPLOYMENT = LocalDate.of(2028, 3, 1);
  static final int LEAD_WEEKS = 16;

  @Test
  void anOfficerWhoServesPastTheRotationsLeadHoldsThePosition() {
    List<TourEnd> tours = List.of(
        new TourEnd(1, DEPLOYMENT),                                  // an ordinary end of tour
        new TourEnd(2, LocalDate.of(2028, 9, 1)),                    // extended by six months
        new TourEnd(3, DEPLOYMENT.plusWeeks(LEAD_WEEKS)),             // a late arrival, at the very edge: handed over
        new TourEnd(4, DEPLOYMENT.plusWeeks(LEAD_WEEKS).plusDays(1)), // sent for an added position: a whole tour from arrival
        new TourEnd(5, null));                                      // not planned yet
    assertThat(HeldPositions.at(DEPLOYMENT, LEAD_WEEKS, tours)).containsExactly(2, 4);
  }

  @Test
  void aPositionIsListedOnceAndInOrder() {
    assertThat(HeldPositions.at(DEPLOYMENT, LEAD_WEEKS, List.of(new TourEnd(7, LocalDate.of(2029, 1, 1)),
        new TourEnd(3, LocalDate.of(2029, 1, 1)), new TourEnd(7, LocalDate.of(2029, 2, 1))))).containsExactly(3, 7);
  }
}
