package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.ServingTourRepository.ServingTour;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.TourEvent;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the steps of the events about an officer serving abroad share: the tour, who and where, who sent it. */
final class TourEvents {

  private TourEvents() {}

  /** who and where the event is about, for the steps and forms after it; the instance is known by the tour's key */
  static void describe(DelegateExecution execution, ServingTour tour) {
    execution.setProcessBusinessKey(tour.tourBusinessKey());
    TourEvent.AGENCY_CODE.set(execution, tour.agencyCode());
    TourEvent.OFFICER_NAME.set(execution, tour.officerName());
    TourEvent.MISSION_BUSINESS_KEY.set(execution, tour.missionBusinessKey());
    TourEvent.MISSION_NAME.set(execution, tour.missionName());
  }

  /** the serving tour the event names; a tour that left the mission since the form was checked is an error */
  static ServingTour servingTour(VariableScope scope, ServingTourRepository serving) {
    String key = TourEvent.TOUR_BUSINESS_KEY.from(scope);
    return serving.servingTour(key)
        .orElseThrow(() -> new IllegalStateException("Tour " + key + " is not serving in a mission"));
  }

  /** the user who sent the event: the start event's initiator, else the user whose action runs this step */
  static String sender(VariableScope scope) {
    return TourEvent.SENT_BY.in(scope).orElseGet(Actor::currentUser);
  }
}
