package ca.gc.cpa.training;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.TourRepository;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The course result from the module results (TrainingResultRule), recorded on the tour. */
@Component("assessTrainingResult")
public class AssessTrainingResult implements JavaDelegate {

  private final TrainingResultRule rule;
  private final TourRepository tours;

  public AssessTrainingResult(TrainingProperties properties, TourRepository tours) {
    this.rule = new TrainingResultRule(properties);
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<TrainingModule, String> results = new EnumMap<>(TrainingModule.class);
    for (TrainingModule module : TrainingModule.values()) {
      String value = string(execution, module.formKey());
      if (value != null && !value.isBlank()) {
        results.put(module, value);
      }
    }
    var result = rule.assess(results, bool(execution, ARMED));
    String key = execution.getProcessBusinessKey();
    tours.recordTrainingAttempt(key, date(execution, TRAINING_START_DATE), date(execution, TRAINING_END_DATE),
        result.passed() ? "PASSED" : "FAILED");
    execution.setVariable(TRAINING_PASSED, result.passed());
    execution.setVariable(TRAINING_ATTEMPTS, tours.findProgress(key).map(p -> p.trainingAttempts()).orElse(1));
    execution.setVariable(FAILED_MODULES, Stream.concat(result.failed().stream(), result.missing().stream())
        .map(Enum::name).collect(Collectors.joining(", ")));
  }
}
