package ca.gc.cpa.program;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.program.WomenShareRule.Nominee;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WomenShareRuleTest {

  final WomenShareRule rule = new WomenShareRule(20);

  @Test
  void exactlyTheTargetMeetsIt() {
    assertThat(rule.meetsTarget(1, 5)).isTrue();
    assertThat(rule.meetsTarget(1, 6)).isFalse();
    assertThat(rule.meetsTarget(2, 10)).isTrue();
    assertThat(rule.meetsTarget(0, 0)).isFalse();
  }

  @Test
  void shareHasOneDecimalAndNoneWhenNobodyCounts() {
    assertThat(WomenShareRule.percent(1, 3)).isEqualTo(33.3);
    assertThat(WomenShareRule.percent(2, 3)).isEqualTo(66.7);
    assertThat(WomenShareRule.percent(0, 4)).isEqualTo(0.0);
    assertThat(WomenShareRule.percent(0, 0)).isNull();
  }

  @Test
  void perRotationMeasuresTheTargetOnWhatWasNominated() {
    List<Nominee> nominees = new ArrayList<>();
    // MSN-A rotation 1: 5 nominated, 1 woman (20 %: met), the woman not deployed
    nominees.add(new Nominee("MSN-A", 1, "F", false));
    for (int i = 0; i < 4; i++) {
      nominees.add(new Nominee("MSN-A", 1, "M", i < 2));
    }
    // MSN-A rotation 2: 6 nominated, 1 woman (16.7 %: missed), deployed
    nominees.add(new Nominee("MSN-A", 2, "F", true));
    for (int i = 0; i < 5; i++) {
      nominees.add(new Nominee("MSN-A", 2, "M", false));
    }
    // rotation 10 sorts after rotation 2
    nominees.add(new Nominee("MSN-A", 10, "F", true));

    List<WomenShareRule.Rotation> rotations = rule.perRotation(nominees);
    assertThat(rotations).extracting(WomenShareRule.Rotation::rotation).containsExactly(1, 2, 10);
    assertThat(rotations.get(0)).isEqualTo(new WomenShareRule.Rotation("MSN-A", 1, 5, 1, 20.0, 2, 0, 0.0, true));
    assertThat(rotations.get(1)).isEqualTo(new WomenShareRule.Rotation("MSN-A", 2, 6, 1, 16.7, 1, 1, 100.0, false));
    assertThat(rotations.get(2).targetMet()).isTrue();
  }
}
