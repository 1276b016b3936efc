package ca.gc.cpa.repatriation;

import static ca.gc.cpa.process.OfficerDeploymentProcess.MEDALS_AWARDED;
import static ca.gc.cpa.process.OfficerDeploymentProcess.UN_MISSION;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwardRecognitionCheckTest {

  final AwardRecognitionCheck check = new AwardRecognitionCheck();
  final LocalDate today = LocalDate.of(2027, 4, 20);

  @Test
  void theUnMedalOnlyForAUnMission() {
    assertThat(check.check(FormValues.of(Map.of(UN_MISSION.name(), true, MEDALS_AWARDED.name(), List.of("UN_MEDAL")), today))).isEmpty();
    assertThat(check.check(FormValues.of(Map.of(UN_MISSION.name(), false, MEDALS_AWARDED.name(), List.of("UN_MEDAL")), today)))
        .singleElement().extracting(v -> v.field()).isEqualTo(MEDALS_AWARDED.name());
    assertThat(check.check(FormValues.of(Map.of(UN_MISSION.name(), false,
        MEDALS_AWARDED.name(), List.of("OPERATIONAL_SERVICE_MEDAL")), today))).isEmpty();
  }
}
