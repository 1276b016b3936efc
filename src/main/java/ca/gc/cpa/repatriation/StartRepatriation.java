package ca.gc.cpa.repatriation;

import static ca.gc.cpa.deployment.TourCalendar.today;
import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

import ca.gc.cpa.deployment.TourStages;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.process.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The officer leaves the mission, at the tour's end or early (an early return, or an emergency repatriation after a
 * critical incident): the record, and why the post is freed: an early return the mission replaces opens a
 * reselection, one it does not replace frees the post as a completed tour would. Why is on the tour's record, and
 * what the early return's message brought leaves the tour's variables.
 */
@Component("startRepatriation")
public class StartRepatriation implements JavaDelegate {

  private final TourRepository tours;

  public StartRepatriation(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String earlyReturn = EARLY_RETURN_KIND.orNull(execution);
    String key = execution.getProcessBusinessKey();
    String reason = earlyReturn != null ? earlyReturn : END_OF_TOUR;
    REPATRIATION_REASON.set(execution, reason);
    tours.recordRepatriation(key, reason, earlyReturn == null ? FREED_TOUR_COMPLETED
        : Variable.isTrue(execution, REPLACEMENT_NEEDED) ? FREED_EARLY_RETURN : FREED_NOT_REPLACED, today());
    tours.updateStage(key, TourStatus.REPATRIATING, TourStages.TRAVELLING_HOME);
    // what message EarlyReturnDecided brought is on the record now: the tour does not carry it
    execution.removeVariable(EARLY_RETURN_KIND.name());
    execution.removeVariable(REPLACEMENT_NEEDED.name());
  }
}
