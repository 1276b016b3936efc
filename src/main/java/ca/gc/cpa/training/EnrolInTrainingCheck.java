package ca.gc.cpa.training;

import ca.gc.cpa.deployment.DeploymentVariables;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** A course session ends on or after the day it starts. */
@Component("enrolInTrainingCheck")
public class EnrolInTrainingCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    var start = values.date(DeploymentVariables.TRAINING_START_DATE);
    var end = values.date(DeploymentVariables.TRAINING_END_DATE);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      return List.of(new FieldViolation(DeploymentVariables.TRAINING_END_DATE, "must not be before the first day of the session"));
    }
    return List.of();
  }
}
