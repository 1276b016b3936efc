package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionArrivalNoticeRepository;
import ca.gc.cpa.process.MissionProcess.DeparturePostponed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The mission is told an officer's departure moved (message {@link DeparturePostponed}): it records the notice
 * for its contingent commander, who reads the officers on their way and their dates at
 * {@code GET /api/missions/{businessKey}/arrivals}.
 */
@Component("recordLaterArrival")
public class RecordLaterArrival implements JavaDelegate {

  private final MissionArrivalNoticeRepository notices;

  public RecordLaterArrival(MissionArrivalNoticeRepository notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeparturePostponed notice = DeparturePostponed.from(execution);
    notices.recordArrivalNotice(execution.getProcessBusinessKey(), notice.tourBusinessKey(), notice.departureWas(),
        notice.departureNow(), notice.decidedBy(), EngineClock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }
}
