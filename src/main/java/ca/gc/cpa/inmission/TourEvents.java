package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.ServingTourRepository.ServingTour;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourIncidentRepository;
import ca.gc.cpa.process.TourEvent;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What the first steps of the events about an officer serving abroad share: the tour, and who and where for the
 * tasks that follow. Who sent the event is the user whose form or request starts it ({@code Actor.currentUser()}
 * in the first step), recorded on the event's row; the event's record, not its variables, holds the rest.
 */
final class TourEvents {

  private TourEvents() {}

  /** the serving tour the event names; a tour that left the mission since the form was checked is an error */
  static ServingTour servingTour(VariableScope scope, ServingTourRepository serving) {
    String key = TourEvent.TOUR_BUSINESS_KEY.from(scope);
    return serving.servingTour(key)
        .orElseThrow(() -> new IllegalStateException("Tour " + key + " is not serving in a mission"));
  }

  /**
   * The instance is known by the tour's key from here on, and the step's {@code grantAgencyAccess} listener
   * (identity.AgencyAccess) grants the officer's service the right to see it. The service's code is a variable
   * only when a task of the event shows it or is offered to the service ({@code keep}); otherwise it lives for
   * this transaction alone (a transient value: neither stored nor in the history).
   */
  static void identify(DelegateExecution execution, ServingTour tour, boolean keep) {
    execution.setProcessBusinessKey(tour.tourBusinessKey());
    execution.setVariable(TourEvent.AGENCY_CODE.name(), Variables.stringValue(tour.agencyCode(), !keep));
  }

  /** the incident this instance of process incident holds (table tour_incident; V49 for instances started before) */
  static long incident(DelegateExecution execution, TourIncidentRepository incidents) {
    return incidents.incidentOf(execution.getProcessInstanceId()).orElseThrow(
        () -> new IllegalStateException("No incident on record for instance " + execution.getProcessInstanceId()));
  }

  /** who and where, as the form of the task that follows shows them */
  static void describe(DelegateExecution execution, ServingTour tour) {
    TourEvent.OFFICER_NAME.set(execution, tour.officerName());
    TourEvent.MISSION_NAME.set(execution, tour.missionName());
  }
}
