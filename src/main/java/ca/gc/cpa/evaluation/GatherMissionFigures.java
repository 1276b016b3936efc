package ca.gc.cpa.evaluation;

import ca.gc.cpa.cap.ProgramHeadroom;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.planning.MissionVariables;
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
    execution.setVariable(MissionVariables.CEILING, mission.ceiling());
    execution.setVariable(EvaluationVariables.HEADROOM,
        headroom.now().without(mission.ceiling()).headroom());
    execution.setVariable(EvaluationVariables.OFFICERS_ABROAD, tours.countOnMission(mission.businessKey()));
    execution.setVariable(EvaluationVariables.FILLED_POSITIONS, selections.countFilled(mission.businessKey(),
        MissionVariables.integer(execution, MissionVariables.ROTATION, 0)));
  }
}
