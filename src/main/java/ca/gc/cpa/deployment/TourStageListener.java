package ca.gc.cpa.deployment;

import ca.gc.cpa.domain.TourRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Moves the tour record to the stage of the step the process has reached ({@link TourStages}). */
@Component("tourStageListener")
public class TourStageListener implements ExecutionListener {

  private final TourRepository tours;

  public TourStageListener(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    TourStages.at(execution.getCurrentActivityId())
        .ifPresent(stage -> tours.updateStage(key, stage.status(), stage.stage()));
  }
}
