package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.ServingTourRepository.ServingTour;
import ca.gc.cpa.domain.TourEarlyReturnRepository;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.EarlyReturnProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An early return: an officer the sender may act for, not already returning; a home service asks only for
 * a compassionate return of its own officer (the other kinds are the mission's and headquarters' call).
 */
@Component("earlyReturnCheck")
public class EarlyReturnCheck extends TourEventCheck {

  private final TourEarlyReturnRepository earlyReturns;

  public EarlyReturnCheck(Reach reach, TourEarlyReturnRepository earlyReturns) {
    super(reach, InMissionEvent.EARLY_RETURN);
    this.earlyReturns = earlyReturns;
  }

  @Override
  void checkEvent(FormValues values, ServingTour tour, Reach.Caller caller, List<FieldViolation> violations) {
    if (earlyReturns.earlyReturnRecorded(tour.tourBusinessKey())) {
      violations.add(new FieldViolation(EarlyReturnProcess.TOUR_BUSINESS_KEY, "this officer's early return was already asked"));
    }
    values.value(EarlyReturnProcess.EARLY_RETURN_KIND)
        .filter(kind -> !EarlyReturnProcess.COMPASSIONATE.equals(kind) && reach.actsOnlyAsHomeService(caller, tour))
        .ifPresent(kind -> violations.add(new FieldViolation(EarlyReturnProcess.EARLY_RETURN_KIND,
            "a home service may ask only for a compassionate return of its officer")));
  }
}
