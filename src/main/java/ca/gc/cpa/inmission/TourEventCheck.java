package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.ServingTourRepository.ServingTour;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.TourEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server check of an event about one officer serving abroad: the officer chosen is one the sender may
 * act for, then the event's own rules ({@link #checkEvent}).
 */
abstract class TourEventCheck implements CompletionCheck {

  protected final Reach reach;
  private final InMissionEvent event;

  TourEventCheck(Reach reach, InMissionEvent event) {
    this.reach = reach;
    this.event = event;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<String> key = values.value(TourEvent.TOUR_BUSINESS_KEY);
    if (key.isEmpty()) {
      return violations;   // the form check reports the missing officer
    }
    Reach.Caller caller = new Reach.Caller(Actor.currentUser(), Actor.currentGroups());
    Optional<ServingTour> tour = reach.tour(event, caller, key.get());
    if (tour.isEmpty()) {
      violations.add(new FieldViolation(TourEvent.TOUR_BUSINESS_KEY, "is not an officer serving abroad you may act for"));
      return violations;
    }
    checkEvent(values, tour.get(), caller, violations);
    return violations;
  }

  abstract void checkEvent(FormValues values, ServingTour tour, Reach.Caller caller, List<FieldViolation> violations);
}
