package ca.gc.cpa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tour record as the deployment stage keeps it (migrations V4, V40). */
class TourRepositoryTest {

  TourRepository tours;
  TourLeaveRequestRepository tourLeave;
  long officerId;

  @BeforeEach
  void setUp() {
    var jdbc = TestDatabase.freshClient();
    tours = new TourRepository(jdbc);
    tourLeave = new TourLeaveRequestRepository(jdbc);
    officerId = new OfficerRepository(jdbc)
        .save(new Officer(null, "opp", "OPP-1", "Jean", "Tremblay", "Cst", "M", LocalDate.of(1990, 1, 1))).id();
    tours.create(new Tour(null, "DEP-2026-0042", officerId, "opp", "MSN-MALI-2026", 1, 1, TourStatus.SELECTED));
  }

  @Test
  void whoIsWhereIsAQueryOnTheStage() {
    tours.updateStage("DEP-2026-0042", TourStatus.DEPLOYED, "ON_TOUR");
    assertThat(tours.findBusinessKeysByStage("ON_TOUR")).containsExactly("DEP-2026-0042");
    assertThat(tours.countActiveByAgency("opp")).isEqualTo(1);
    tours.updateStage("DEP-2026-0042", null, "EXTENSION_REVIEW");
    assertThat(tours.findProgress("DEP-2026-0042").orElseThrow().status()).isEqualTo(TourStatus.DEPLOYED);
    tours.updateStage("DEP-2026-0042", TourStatus.COMPLETED, "BACK_ON_DUTY");
    assertThat(tours.countActive()).isZero();
  }

  @Test
  void anOfficerLeavesTheMissionWhenRepatriationStarts() {
    assertThat(tours.countOnMission("MSN-MALI-2026")).isEqualTo(1);
    tours.updateStage("DEP-2026-0042", TourStatus.DEPLOYED, "ON_TOUR");
    assertThat(tours.countOnMission("MSN-MALI-2026")).isEqualTo(1);
    tours.updateStage("DEP-2026-0042", TourStatus.REPATRIATING, "TRAVEL_HOME");
    assertThat(tours.countOnMission("MSN-MALI-2026")).isZero();
    assertThat(tours.countActive()).as("still the program's until home").isEqualTo(1);
    assertThat(tours.countOnMission("MSN-OTHER-2026")).isZero();
  }

  @Test
  void thePositionIsMarkedFreedOnce() {
    assertThat(tours.markPositionFreed("DEP-2026-0042", LocalDate.of(2026, 5, 1))).isTrue();
    assertThat(tours.markPositionFreed("DEP-2026-0042", LocalDate.of(2026, 5, 2))).isFalse();
    assertThat(tours.findProgress("DEP-2026-0042").orElseThrow().positionFreedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
  }

  @Test
  void theTourHoldsItsTermsWhyItsPositionIsFreedAndTheDepartureAPostponementReplaced() {
    tours.recordTerms("DEP-2026-0042", LocalDate.of(2026, 9, 1), 12, true);
    var terms = tours.findProgress("DEP-2026-0042").orElseThrow();
    assertThat(terms.plannedDepartureOn()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(terms.tourMonths()).isEqualTo(12);
    assertThat(terms.unMission()).isTrue();
    tours.postponeDeparture("DEP-2026-0042", LocalDate.of(2026, 10, 5));
    assertThat(tours.findProgress("DEP-2026-0042").orElseThrow()).satisfies(postponed -> {
      assertThat(postponed.plannedDepartureOn()).isEqualTo(LocalDate.of(2026, 10, 5));
      assertThat(postponed.tourMonths()).isEqualTo(12);
    });
    assertThat(terms.freedReason()).isNull();
    tours.recordFreedReason("DEP-2026-0042", "TOUR_COMPLETED");
    assertThat(tours.findProgress("DEP-2026-0042").orElseThrow().freedReason()).isEqualTo("TOUR_COMPLETED");
  }

  @Test
  void onlyGrantedLeaveIsTakenFromTheBalance() {
    var at = LocalDateTime.of(2026, 6, 1, 12, 0);
    answered("DEP-2026-0042", LocalDate.of(2026, 6, 10), new BigDecimal("5"), true, null, "carl", "carl", at);
    answered("DEP-2026-0042", LocalDate.of(2026, 6, 20), new BigDecimal("9"), false, "over the balance",
        "marc", "carl", at);
    assertThat(tours.findProgress("DEP-2026-0042").orElseThrow().leaveTakenDays()).isEqualByComparingTo("5");
    assertThat(tourLeave.leave("DEP-2026-0042")).extracting(TourLeaveRequestRepository.LeavePeriod::status)
        .containsExactly("GRANTED", "REFUSED");
  }

  @Test
  void aRequestIsAskedThenAnsweredAndTakesNothingUntilGranted() {
    var at = LocalDateTime.of(2026, 6, 1, 12, 0);
    tourLeave.recordRequest("DEP-2026-0042", LocalDate.of(2026, 6, 10), new BigDecimal("2.5"), "marc", at, "pi-asked");
    assertThat(tourLeave.request("pi-asked")).contains(new TourLeaveRequestRepository.LeaveRequest("DEP-2026-0042",
        LocalDate.of(2026, 6, 10), new BigDecimal("2.5"), "marc"));
    assertThat(tourLeave.request("pi-other")).isEmpty();
    assertThat(tourLeave.leave("DEP-2026-0042")).extracting(TourLeaveRequestRepository.LeavePeriod::status)
        .containsExactly("REQUESTED");
    assertThat(tours.findProgress("DEP-2026-0042").orElseThrow().leaveTakenDays()).isEqualByComparingTo("0");
    tourLeave.recordAnswer("pi-asked", tourLeave.request("pi-asked").orElseThrow(), true, null, "carl");
    assertThat(tourLeave.leave("DEP-2026-0042")).extracting(TourLeaveRequestRepository.LeavePeriod::status)
        .containsExactly("GRANTED");
    assertThat(tours.findProgress("DEP-2026-0042").orElseThrow().leaveTakenDays()).isEqualByComparingTo("2.5");
  }

  /** a request asked and answered, as the leave-request process records it */
  private void answered(String tour, LocalDate firstDay, BigDecimal days, boolean granted, String reason,
      String requestedBy, String decidedBy, LocalDateTime at) {
    String instance = "pi-" + firstDay;
    tourLeave.recordRequest(tour, firstDay, days, requestedBy, at, instance);
    tourLeave.recordAnswer(instance, tourLeave.request(instance).orElseThrow(), granted, reason, decidedBy);
  }
}
