package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.FREED_REPLACEMENT;

import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The officer will not deploy (replacement after training, or withdrawal): the tour is cancelled, the post freed. */
@Component("cancelTour")
public class CancelTour implements JavaDelegate {

  private final TourRepository tours;

  public CancelTour(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    tours.updateStage(key, TourStatus.CANCELLED, TourStages.REPLACED);
    tours.recordFreedReason(key, FREED_REPLACEMENT);
  }
}
