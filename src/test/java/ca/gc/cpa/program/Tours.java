package ca.gc.cpa.program;

import ca.gc.cpa.domain.TourStatus;
import java.time.LocalDate;

/** Tours for the rule tests: one officer each, built by what the test cares about. */
final class Tours {

  private Tours() {}

  static TourRecord abroad(String key, String mission, int position, String gender, LocalDate arrived, LocalDate end) {
    return new TourRecord(key, 1, "Cst A B", gender, "Cst", "spvm", mission, position, "PATROL_MONITORING", 1,
        TourStatus.DEPLOYED, "ON_TOUR", arrived.minusDays(2), arrived, end, 12, 0, null, null);
  }

  static TourRecord left(TourRecord t, LocalDate leftOn, TourStatus status) {
    return new TourRecord(t.businessKey(), t.officerId(), t.officer(), t.gender(), t.rank(), t.agencyCode(),
        t.missionBusinessKey(), t.positionNumber(), t.role(), t.rotation(), status, "BACK_ON_DUTY", t.plannedDepartureOn(),
        t.arrivedOn(), t.tourEndOn(), t.tourMonths(), t.extensionMonths(), leftOn, null);
  }

  static TourRecord with(TourRecord t, String agency, String rank, String role) {
    return new TourRecord(t.businessKey(), t.officerId(), t.officer(), t.gender(), rank, agency, t.missionBusinessKey(),
        t.positionNumber(), role, t.rotation(), t.status(), t.stage(), t.plannedDepartureOn(), t.arrivedOn(),
        t.tourEndOn(), t.tourMonths(), t.extensionMonths(), t.leftMissionOn(), t.returnedToDutyOn());
  }

  /** selected for a tour not yet begun: planned to depart on that day for so many months */
  static TourRecord planned(String key, String mission, int position, int rotation, LocalDate departure, int months) {
    return new TourRecord(key, 2, "Sgt C D", "M", "Sgt", "opp", mission, position, "TRAINING_MENTORING", rotation,
        TourStatus.PREPARING, "LOGISTICS", departure, null, null, months, 0, null, null);
  }

  static TourRecord extended(TourRecord t, int months) {
    return new TourRecord(t.businessKey(), t.officerId(), t.officer(), t.gender(), t.rank(), t.agencyCode(),
        t.missionBusinessKey(), t.positionNumber(), t.role(), t.rotation(), t.status(), t.stage(), t.plannedDepartureOn(),
        t.arrivedOn(), t.tourEndOn().plusMonths(months), t.tourMonths(), months, t.leftMissionOn(), t.returnedToDutyOn());
  }
}
