package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.TourCalendar.today;

import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourProgress;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.process.MissionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the mission that the officer's position is free (message {@code PositionFreed} by the mission's
 * business key): which position of which rotation and why, from the tour's record. Idempotent by business key and
 * step ({@link EffectLedger}, step {@code position-freed}; the model calls it from two places, the mission is told
 * once per tour); a mission that has already ended is not an error.
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
    TourProgress progress = tours.findProgress(key)
        .orElseThrow(() -> new IllegalStateException("Tour " + key + " is not on record"));
    if (progress.positionFreedOn() != null || !ledger.firstTime(key, STEP)) {
      return;
    }
    Tour tour = progress.tour();
    new MissionProcess.PositionFreed(tour.positionNumber(), tour.rotation(), progress.freedReason(), key)
        .correlate(execution.getProcessEngineServices().getRuntimeService(), tour.missionBusinessKey());
    tours.markPositionFreed(key, today());
  }
}
