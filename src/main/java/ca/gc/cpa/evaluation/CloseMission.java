package ca.gc.cpa.evaluation;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.process.MissionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the mission as closed (its ceiling no longer counts against the program cap). */
@Component("closeMission")
public class CloseMission implements JavaDelegate {

  private final MissionRepository missions;

  public CloseMission(MissionRepository missions) {
    this.missions = missions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    missions.updateStatus(execution.getProcessBusinessKey(), MissionStatus.CLOSED,
        EngineClock.today());
    MissionProcess.MISSION_STATUS.set(execution, MissionStatus.CLOSED.name());
  }
}
