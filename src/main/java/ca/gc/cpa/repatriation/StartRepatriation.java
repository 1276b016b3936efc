package ca.gc.cpa.repatriation;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.deployment.TourStages;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The officer leaves the mission, at the tour's end or in an emergency: the record and the reason the post is freed. */
@Component("startRepatriation")
public class StartRepatriation implements JavaDelegate {

  public static final String END_OF_TOUR = "END_OF_TOUR";
  public static final String EMERGENCY = "EMERGENCY";

  private final TourRepository tours;

  public StartRepatriation(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean emergency = bool(execution, EMERGENCY_REPATRIATION);
    String key = execution.getProcessBusinessKey();
    execution.setVariable(REPATRIATION_REASON, emergency ? EMERGENCY : END_OF_TOUR);
    execution.setVariable(FREED_REASON, emergency ? FREED_EARLY_RETURN : FREED_TOUR_COMPLETED);
    tours.recordRepatriation(key, emergency ? EMERGENCY : END_OF_TOUR, today());
    tours.updateStage(key, TourStatus.REPATRIATING, TourStages.TRAVELLING_HOME);
  }
}
