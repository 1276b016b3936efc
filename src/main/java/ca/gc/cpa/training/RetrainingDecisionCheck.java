package ca.gc.cpa.training;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/** Retraining only while the officer has sat fewer course sessions than the configured maximum. */
@Component("retrainingDecisionCheck")
public class RetrainingDecisionCheck implements CompletionCheck {

  private final TrainingResultRule rule;
  private final TrainingProperties properties;

  public RetrainingDecisionCheck(TrainingProperties properties) {
    this.rule = new TrainingResultRule(properties);
    this.properties = properties;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    int attempts = values.value(OfficerDeploymentProcess.TRAINING_ATTEMPTS).orElse(0);
    if (values.value(OfficerDeploymentProcess.TRAINING_DECISION).filter(OfficerDeploymentProcess.RETRAIN::equals).isPresent() && !rule.retrainingAllowed(attempts)) {
      return List.of(new FieldViolation(OfficerDeploymentProcess.TRAINING_DECISION,
          "the officer has sat " + attempts + " sessions, the most allowed is " + properties.maxAttempts() + ": replace the officer"));
    }
    return List.of();
  }
}
