package ca.gc.cpa.evaluation;

import ca.gc.cpa.config.ProgramProperties;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** A changed ceiling must be given and stay within the program cap's headroom (read now, not when the task opened). */
@Component("evaluateMissionCheck")
public class EvaluateMissionCheck implements CompletionCheck {

  private final MissionRepository missions;
  private final ProgramProperties program;

  public EvaluateMissionCheck(MissionRepository missions, ProgramProperties program) {
    this.missions = missions;
    this.program = program;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    if (!values.string(EvaluationVariables.DECISION).filter(EvaluationVariables.CHANGE_CEILING::equals).isPresent()) {
      return List.of();
    }
    var newCeiling = values.integer(EvaluationVariables.NEW_CEILING);
    if (newCeiling.isEmpty()) {
      return List.of(new FieldViolation(EvaluationVariables.NEW_CEILING, "is required to change the ceiling"));
    }
    Mission mission = values.businessKey().flatMap(missions::find).orElse(null);
    if (mission == null) {
      return List.of();
    }
    int headroom = CeilingRule.headroom(program.officerCap(), missions.committedCeilings(), mission.ceiling());
    return CeilingRule.check(newCeiling.get(), headroom)
        .map(reason -> List.of(new FieldViolation(EvaluationVariables.NEW_CEILING, reason)))
        .orElse(List.of());
  }
}
