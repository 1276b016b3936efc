package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.TourCalendar.today;
import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.process.MissionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the mission that the officer's position is free (message {@code PositionFreed} by the mission's
 * business key). Idempotent by business key and step ({@link EffectLedger}, step
 * {@code position-freed}; the model calls it from two places, the mission is told once per tour); a mission that has
 * already ended is not an error.
 */
@Component("notifyMissionPositionFreed")
public class NotifyMissionPositionFreed implements JavaDelegate {

  /** the step's name in the effect ledger */
  public static final String STEP = "position-freed";

  private final TourRepository tours;
  private final EffectLedger ledger;

  public NotifyMissionPositionFreed(TourRepository tours, EffectLedger ledger) {
    this.tours = tours;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    boolean alreadyTold = tours.findProgress(key).map(p -> p.positionFreedOn() != null).orElse(false);
    if (alreadyTold || !ledger.firstTime(key, STEP)) {
      return;
    }
    new MissionProcess.PositionFreed(POSITION_NUMBER.from(execution), ROTATION.from(execution),
        FREED_REASON.orNull(execution), key)
        .correlate(execution.getProcessEngineServices().getRuntimeService(), MISSION_BUSINESS_KEY.from(execution));
    tours.markPositionFreed(key, today());
  }
}
