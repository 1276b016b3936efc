package ca.gc.cpa.evaluation;

import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.process.MissionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A closing mission ends when its last officer has left it (repatriation started: the tour's own message that
 * frees its position comes then, while the officer travels home): sets {@code missionEnds}.
 */
@Component("checkMissionEnd")
public class CheckMissionEnd implements JavaDelegate {

  private final TourRepository tours;

  public CheckMissionEnd(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MissionProcess.MISSION_ENDS.set(execution, MissionStatus.CLOSING.name().equals(MissionProcess.MISSION_STATUS.orNull(execution))
        && tours.countOnMission(execution.getProcessBusinessKey()) == 0);
  }
}
