package ca.gc.cpa.evaluation;

import ca.gc.cpa.cap.ProgramHeadroom;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.selection.NominationRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the figures an evaluation is made on before IPOB: officers abroad, positions filled in the current rotation, ceiling, headroom under the cap. */
@Component("gatherMissionFigures")
public class GatherMissionFigures implements JavaDelegate {

  private final MissionRepository missions;
  private final TourRepository tours;
  private final ProgramHeadroom headroom;
  private final NominationRepository selections;

  public GatherMissionFigures(MissionRepository missions, TourRepository tours, ProgramHeadroom headroom,
      NominationRepository selections) {
    this.missions = missions;
    this.tours = tours;
    this.headroom = headroom;
    this.selections = selections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Mission mission = missions.find(execution.getProcessBusinessKey()).orElseThrow();
    MissionProcess.CEILING.set(execution, mission.ceiling());
    MissionProcess.HEADROOM.set(execution, headroom.now().without(mission.ceiling()).headroom());
    MissionProcess.OFFICERS_ABROAD.set(execution, tours.countOnMission(mission.businessKey()));
    MissionProcess.FILLED_POSITIONS.set(execution, selections.countFilled(mission.businessKey(),
        MissionProcess.ROTATION.orElse(execution, 0)));
  }
}
