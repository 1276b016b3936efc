package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.ServingTourRepository.ServingTour;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.IncidentProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/** An incident: an officer the sender may act for, on a day of the tour not yet to come. */
@Component("incidentCheck")
public class IncidentCheck extends TourEventCheck {

  public IncidentCheck(Reach reach) {
    super(reach, InMissionEvent.INCIDENT);
  }

  @Override
  void checkEvent(FormValues values, ServingTour tour, Reach.Caller caller, List<FieldViolation> violations) {
    values.value(IncidentProcess.INCIDENT_OCCURRED_ON).ifPresent(day -> {
      if (day.isAfter(values.today())) {
        violations.add(new FieldViolation(IncidentProcess.INCIDENT_OCCURRED_ON, "must not be in the future"));
      } else if (tour.tourStartOn() != null && day.isBefore(tour.tourStartOn())) {
        violations.add(new FieldViolation(IncidentProcess.INCIDENT_OCCURRED_ON, "must be on or after the officer's arrival ("
            + tour.tourStartOn() + ")"));
      }
    });
  }
}
