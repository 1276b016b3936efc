package ca.gc.cpa.training;

import ca.gc.cpa.deployment.DeploymentVariables;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
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
    int attempts = values.integer(DeploymentVariables.TRAINING_ATTEMPTS).orElse(0);
    if ("RETRAIN".equals(values.string(DeploymentVariables.TRAINING_DECISION).orElse(null)) && !rule.retrainingAllowed(attempts)) {
      return List.of(new FieldViolation(DeploymentVariables.TRAINING_DECISION,
          "the officer has sat " + attempts + " sessions, the most allowed is " + properties.maxAttempts() + ": replace the officer"));
    }
    return List.of();
  }
}
