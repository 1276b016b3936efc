package ca.gc.cpa.planning;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionFreedPositionRepository;
import ca.gc.cpa.domain.MissionFreedPositionRepository.FreedPosition;
import ca.gc.cpa.process.MissionProcess.PositionFreed;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A tour freed its position (message {@link PositionFreed}): the mission records what it was told, which position of
 * which rotation, why and the tour, as the message arrives; the message's values live no longer than this step's
 * transaction (the reselection takes what it needs from them at once).
 */
@Component("recordFreedPosition")
public class RecordFreedPosition implements JavaDelegate {

  private final MissionFreedPositionRepository freed;

  public RecordFreedPosition(MissionFreedPositionRepository freed) {
    this.freed = freed;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PositionFreed told = PositionFreed.from(execution);
    freed.record(execution.getProcessBusinessKey(), new FreedPosition(told.positionNumber(), told.rotation(),
        told.reason(), told.deploymentKey(), EngineClock.now().truncatedTo(ChronoUnit.SECONDS)));
  }
}
