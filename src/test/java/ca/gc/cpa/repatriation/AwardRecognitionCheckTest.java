package ca.gc.cpa.repatriation;

import static ca.gc.cpa.process.OfficerDeploymentProcess.MEDALS_AWARDED;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwardRecognitionCheckTest {

  /** the tour DEP-2026-0001 served a UN mission, DEP-2026-0002 another one */
  final AwardRecognitionCheck check = new AwardRecognitionCheck("DEP-2026-0001"::equals);
  final LocalDate today = LocalDate.of(2027, 4, 20);

  @Test
  void theUnMedalOnlyForAUnMission() {
    assertThat(check.check(awarded("DEP-2026-0001", "UN_MEDAL"))).isEmpty();
    assertThat(check.check(awarded("DEP-2026-0002", "UN_MEDAL")))
        .singleElement().extracting(v -> v.field()).isEqualTo(MEDALS_AWARDED.name());
    assertThat(check.check(awarded("DEP-2026-0002", "OPERATIONAL_SERVICE_MEDAL"))).isEmpty();
  }

  FormValues awarded(String tour, String medal) {
    return new FormValues(Map.of(MEDALS_AWARDED.name(), List.of(medal)), k -> null, today, tour);
  }
}
