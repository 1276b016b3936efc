package ca.gc.cpa.support;

import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Officers serving abroad in the business tables: what a tour's record holds once the officer arrived. */
public final class ServingOfficers {

  private final OfficerRepository officers;
  private final TourRepository tours;
  private int serviceNumber = 100;

  public ServingOfficers(JdbcClient jdbc) {
    this(new OfficerRepository(jdbc), new TourRepository(jdbc));
  }

  public ServingOfficers(OfficerRepository officers, TourRepository tours) {
    this.officers = officers;
    this.tours = tours;
  }

  /** an officer of the service serving in the mission since {@code arrived}, for twelve months */
  public Tour serving(String tourKey, String agencyCode, String missionKey, LocalDate arrived) {
    Officer officer = officers.save(new Officer(null, agencyCode, agencyCode.toUpperCase() + "-" + tourKey + "-" + (serviceNumber++),
        "Alex", "Tremblay", "Sgt", "F", LocalDate.of(1982, 3, 4)));
    Tour tour = tours.create(new Tour(null, tourKey, officer.id(), agencyCode, missionKey, 1, 1, TourStatus.SELECTED));
    tours.recordTerms(tourKey, null, 12, false);
    tours.recordArrival(tourKey, arrived.minusDays(1), arrived, arrived.plusMonths(12));
    tours.updateStage(tourKey, TourStatus.DEPLOYED, "ON_TOUR");
    return tour;
  }
}
