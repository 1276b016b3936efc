package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.EARLY_RETURN_KIND;
import static ca.gc.cpa.inmission.InMissionVariables.TOUR_BUSINESS_KEY;

import ca.gc.cpa.domain.InMissionRepository;
import ca.gc.cpa.domain.InMissionRepository.ServingTour;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An early return: an officer the sender may act for, not already returning; a home service asks only for
 * a compassionate return of its own officer (the other kinds are the mission's and headquarters' call).
 */
@Component("earlyReturnCheck")
public class EarlyReturnCheck extends TourEventCheck {

  private final InMissionRepository records;

  public EarlyReturnCheck(Reach reach, InMissionRepository records) {
    super(reach, InMissionEvent.EARLY_RETURN);
    this.records = records;
  }

  @Override
  void checkEvent(FormValues values, ServingTour tour, Reach.Caller caller, List<FieldViolation> violations) {
    if (records.earlyReturnRecorded(tour.tourBusinessKey())) {
      violations.add(new FieldViolation(TOUR_BUSINESS_KEY, "this officer's early return was already asked"));
    }
    values.string(EARLY_RETURN_KIND)
        .filter(kind -> !InMissionVariables.COMPASSIONATE.equals(kind) && reach.actsOnlyAsHomeService(caller, tour))
        .ifPresent(kind -> violations.add(new FieldViolation(EARLY_RETURN_KIND,
            "a home service may ask only for a compassionate return of its officer")));
  }
}
