package ca.gc.cpa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingResultRuleTest {

  final TrainingResultRule rule = new TrainingResultRule(new TrainingProperties(2, 5, 14));

  static Map<TrainingModule, String> allPassed(boolean withWeapons) {
    Map<TrainingModule, String> results = new EnumMap<>(TrainingModule.class);
    for (TrainingModule m : TrainingModule.values()) {
      if (m != TrainingModule.WEAPONS || withWeapons) {
        results.put(m, TrainingResultRule.PASS);
      }
    }
    return results;
  }

  @Test
  void allModulesPassedOnAnUnarmedMissionWithoutWeapons() {
    assertThat(rule.assess(allPassed(false), false).passed()).isTrue();
  }

  @Test
  void anArmedMissionNeedsTheWeaponsModule() {
    var result = rule.assess(allPassed(false), true);
    assertThat(result.passed()).isFalse();
    assertThat(result.missing()).containsExactly(TrainingModule.WEAPONS);
    assertThat(rule.assess(allPassed(true), true).passed()).isTrue();
  }

  @Test
  void oneFailedModuleFailsTheCourse() {
    var results = allPassed(false);
    results.put(TrainingModule.CHILD_PROTECTION, TrainingResultRule.FAIL);
    var result = rule.assess(results, false);
    assertThat(result.passed()).isFalse();
    assertThat(result.failed()).containsExactly(TrainingModule.CHILD_PROTECTION);
  }

  @Test
  void retrainingIsAllowedBelowTheConfiguredAttempts() {
    assertThat(rule.retrainingAllowed(1)).isTrue();
    assertThat(rule.retrainingAllowed(2)).isFalse();
  }
}
