package ca.gc.cpa.training;

import static ca.gc.cpa.process.OfficerDeploymentProcess.ARMED;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** The weapons module (shown only for armed missions) has a result when the mission is armed. */
@Component("trainingResultCheck")
public class TrainingResultCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    boolean armed = values.value(ARMED).orElse(false);
    if (armed && values.value(TrainingModule.WEAPONS.result()).isEmpty()) {
      return List.of(new FieldViolation(TrainingModule.WEAPONS.result(), "is required for an armed mission"));
    }
    return List.of();
  }
}
