package ca.gc.cpa.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The course result: passed when every module that applies to the mission is passed. */
public class TrainingResultRule {

  public static final String PASS = "PASS";
  public static final String FAIL = "FAIL";

  private final TrainingProperties properties;

  public TrainingResultRule(TrainingProperties properties) {
    this.properties = properties;
  }

  /** @param failed modules failed; @param missing modules that apply but have no result */
  public record Result(boolean passed, List<TrainingModule> failed, List<TrainingModule> missing) {}

  public Result assess(Map<TrainingModule, String> results, boolean armedMission) {
    List<TrainingModule> failed = new ArrayList<>();
    List<TrainingModule> missing = new ArrayList<>();
    for (TrainingModule module : TrainingModule.values()) {
      if (!module.appliesTo(armedMission)) {
        continue;
      }
      String result = results.get(module);
      if (result == null) {
        missing.add(module);
      } else if (!PASS.equals(result)) {
        failed.add(module);
      }
    }
    return new Result(failed.isEmpty() && missing.isEmpty(), List.copyOf(failed), List.copyOf(missing));
  }

  /** another course session is allowed while the officer has sat fewer than the configured attempts */
  public boolean retrainingAllowed(int attemptsSoFar) {
    return attemptsSoFar < properties.maxAttempts();
  }
}
