package ca.gc.cpa.repatriation;

import ca.gc.cpa.deployment.DeploymentVariables;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** The UN medal is for service in a UN mission only. */
@Component("awardRecognitionCheck")
public class AwardRecognitionCheck implements CompletionCheck {

  static final String MEDALS = "medalsAwarded";
  static final String UN_MEDAL = "UN_MEDAL";

  @Override
  public List<FieldViolation> check(FormValues values) {
    boolean unMission = values.bool(DeploymentVariables.UN_MISSION).orElse(false);
    if (!unMission && values.list(MEDALS).orElse(List.of()).contains(UN_MEDAL)) {
      return List.of(new FieldViolation(MEDALS, "the UN medal is only for service in a UN mission"));
    }
    return List.of();
  }
}
