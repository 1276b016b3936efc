package ca.gc.cpa.evaluation;

import ca.gc.cpa.cap.CeilingRule;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.MissionProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A changed ceiling is a proposal to ministers: it must be given and be at least 1 (close the mission instead). The
 * program's headroom is checked when ministers decide ({@link RecordCeilingDecisionCheck}), where they may change the cap.
 */
@Component("evaluateMissionCheck")
public class EvaluateMissionCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    if (!values.value(MissionProcess.DECISION).filter(MissionProcess.CHANGE_CEILING::equals).isPresent()) {
      return List.of();
    }
    var newCeiling = values.value(MissionProcess.NEW_CEILING);
    if (newCeiling.isEmpty()) {
      return List.of(new FieldViolation(MissionProcess.NEW_CEILING, "is required to propose a new ceiling"));
    }
    return CeilingRule.minimum(newCeiling.get())
        .map(reason -> List.of(new FieldViolation(MissionProcess.NEW_CEILING, reason)))
        .orElse(List.of());
  }
}
