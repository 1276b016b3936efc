package ca.gc.cpa.training;

import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

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
      module.result().in(execution).ifPresent(value -> results.put(module, value));
    }
    var result = rule.assess(results, ARMED.orElse(execution, false));
    String key = execution.getProcessBusinessKey();
    tours.recordTrainingAttempt(key, TRAINING_START_DATE.orNull(execution), TRAINING_END_DATE.orNull(execution),
        result.passed() ? "PASSED" : "FAILED");
    TRAINING_PASSED.set(execution, result.passed());
    TRAINING_ATTEMPTS.set(execution, tours.findProgress(key).map(p -> p.trainingAttempts()).orElse(1));
    FAILED_MODULES.set(execution, Stream.concat(result.failed().stream(), result.missing().stream())
        .map(Enum::name).collect(Collectors.joining(", ")));
  }
}
