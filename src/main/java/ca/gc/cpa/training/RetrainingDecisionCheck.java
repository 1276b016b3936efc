package ca.gc.cpa.training;

import static ca.gc.cpa.process.OfficerDeploymentProcess.RETRAIN;
import static ca.gc.cpa.process.OfficerDeploymentProcess.TRAINING_ATTEMPTS;
import static ca.gc.cpa.process.OfficerDeploymentProcess.TRAINING_DECISION;

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
    int attempts = values.value(TRAINING_ATTEMPTS).orElse(0);
    if (values.value(TRAINING_DECISION).filter(RETRAIN::equals).isPresent() && !rule.retrainingAllowed(attempts)) {
      return List.of(new FieldViolation(TRAINING_DECISION,
          "the officer has sat " + attempts + " sessions, the most allowed is " + properties.maxAttempts() + ": replace the officer"));
    }
    return List.of();
  }
}
