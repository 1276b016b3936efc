package ca.gc.cpa.evaluation;

import org.springframework.stereotype.Component;

/** Timer durations of the mission's evaluation, for the model: {@code ${evaluationTimers.cycle}}. */
@Component("evaluationTimers")
public class EvaluationTimers {

  private final EvaluationProperties properties;

  public EvaluationTimers(EvaluationProperties properties) {
    this.properties = properties;
  }

  public String getCycle() {
    return properties.cycle();
  }
}
