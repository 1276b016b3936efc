package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourAppraisalRepository;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.PerformanceAppraisalProcess;
import ca.gc.cpa.process.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the UN performance appraisal on the officer's tour; the latest one informs an extension. */
@Component("recordAppraisal")
public class RecordAppraisal implements JavaDelegate {

  private final ServingTourRepository serving;
  private final TourAppraisalRepository appraisals;

  public RecordAppraisal(ServingTourRepository serving, TourAppraisalRepository appraisals) {
    this.serving = serving;
    this.appraisals = appraisals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = TourEvents.servingTour(execution, serving);
    TourEvents.identify(execution, tour, false);
    appraisals.recordAppraisal(tour.tourBusinessKey(), PerformanceAppraisalProcess.APPRAISAL_KIND.orNull(execution),
        PerformanceAppraisalProcess.APPRAISAL_RATING.orNull(execution),
        Variable.isTrue(execution, PerformanceAppraisalProcess.RECOMMENDS_EXTENSION),
        PerformanceAppraisalProcess.APPRAISAL_COMMENT.orNull(execution), Actor.currentUser(), EngineClock.now());
  }
}
