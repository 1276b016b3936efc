package ca.gc.cpa.evaluation;

import ca.gc.cpa.review.ProgramCap;
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
  private final ProgramCap cap;
  private final NominationRepository selections;

  public GatherMissionFigures(MissionRepository missions, TourRepository tours, ProgramCap cap,
      NominationRepository selections) {
    this.missions = missions;
    this.tours = tours;
    this.cap = cap;
    this.selections = selections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Mission mission = missions.find(execution.getProcessBusinessKey()).orElseThrow();
    execution.setVariable(MissionVariables.CEILING, mission.ceiling());
    execution.setVariable(EvaluationVariables.HEADROOM,
        CeilingRule.headroom(cap.current(), missions.committedCeilings(), mission.ceiling()));
    execution.setVariable(EvaluationVariables.OFFICERS_ABROAD, tours.countOnMission(mission.businessKey()));
    execution.setVariable(EvaluationVariables.FILLED_POSITIONS, selections.countFilled(mission.businessKey(),
        MissionVariables.integer(execution, MissionVariables.ROTATION, 0)));
  }
}
