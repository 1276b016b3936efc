package ca.gc.cpa.repatriation;

import static ca.gc.cpa.process.OfficerDeploymentProcess.MEDALS_AWARDED;
import static ca.gc.cpa.process.OfficerDeploymentProcess.UN_MEDAL;
import static ca.gc.cpa.process.OfficerDeploymentProcess.UN_MISSION;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** The UN medal is for service in a UN mission only. */
@Component("awardRecognitionCheck")
public class AwardRecognitionCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    boolean unMission = values.value(UN_MISSION).orElse(false);
    if (!unMission && values.value(MEDALS_AWARDED).orElse(List.of()).contains(UN_MEDAL)) {
      return List.of(new FieldViolation(MEDALS_AWARDED, "the UN medal is only for service in a UN mission"));
    }
    return List.of();
  }
}
