package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourEarlyReturnRepository;
import ca.gc.cpa.identity.CpaGroup;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.EarlyReturnProcess;
import ca.gc.cpa.process.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the early return on the tour: kind, reason (no medical detail), whether a replacement is needed, who asked. */
@Component("recordEarlyReturn")
public class RecordEarlyReturn implements JavaDelegate {

  private final ServingTourRepository serving;
  private final TourEarlyReturnRepository earlyReturns;

  public RecordEarlyReturn(ServingTourRepository serving, TourEarlyReturnRepository earlyReturns) {
    this.serving = serving;
    this.earlyReturns = earlyReturns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = TourEvents.servingTour(execution, serving);
    boolean sentByHomeService = Actor.currentGroups().contains(CpaGroup.agencyGroupId(tour.agencyCode()));
    // the home service prepares the return in a task of its own unless it asked itself
    TourEvents.identify(execution, tour, !sentByHomeService);
    if (!sentByHomeService) {
      TourEvents.describe(execution, tour);
    }
    earlyReturns.recordEarlyReturn(tour.tourBusinessKey(), EarlyReturnProcess.EARLY_RETURN_KIND.orNull(execution),
        EarlyReturnProcess.EARLY_RETURN_REASON.orNull(execution),
        Variable.isTrue(execution, EarlyReturnProcess.REPLACEMENT_NEEDED), Actor.currentUser(), EngineClock.now());
    EarlyReturnProcess.SENT_BY_HOME_SERVICE.set(execution, sentByHomeService);
  }
}
