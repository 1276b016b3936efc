package ca.gc.cpa.repatriation;

import static ca.gc.cpa.deployment.TourCalendar.today;
import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

import ca.gc.cpa.deployment.TourStages;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The officer is back at work at home: the tour is completed. */
@Component("completeTour")
public class CompleteTour implements JavaDelegate {

  private final TourRepository tours;

  public CompleteTour(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    var returned = RETURNED_TO_DUTY_ON.orNull(execution);
    tours.recordReturnToDuty(key, returned != null ? returned : today());
    tours.updateStage(key, TourStatus.COMPLETED, TourStages.BACK_ON_DUTY);
  }
}
