package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.TourRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the mission that the officer's position is free (message {@code PositionFreed} by the mission's
 * business key). Idempotent: the tour record remembers that the mission was told; a mission that has
 * already ended is not an error.
 */
@Component("notifyMissionPositionFreed")
public class NotifyMissionPositionFreed implements JavaDelegate {

  public static final String MESSAGE = "PositionFreed";

  private final TourRepository tours;

  public NotifyMissionPositionFreed(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    boolean alreadyTold = tours.findProgress(key).map(p -> p.positionFreedOn() != null).orElse(false);
    if (alreadyTold) {
      return;
    }
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(string(execution, MISSION_BUSINESS_KEY))
        .setVariable("freedPositionNumber", integer(execution, POSITION_NUMBER))
        .setVariable("freedRotation", integer(execution, ROTATION))
        .setVariable("freedReason", string(execution, FREED_REASON))
        .setVariable("freedDeploymentKey", key)
        .correlateAllWithResult();
    tours.markPositionFreed(key, today());
  }
}
