package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE;
import static ca.gc.cpa.process.OfficerDeploymentProcess.TRAVEL_DEPARTURE_DATE;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Travel rebooked after a postponement leaves on or after the new planned date. */
@Component("rebookTravelCheck")
public class RebookTravelCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    values.value(TRAVEL_DEPARTURE_DATE).ifPresent(day -> values.value(PLANNED_DEPLOYMENT_DATE).filter(day::isBefore)
        .ifPresent(planned -> violations.add(new FieldViolation(TRAVEL_DEPARTURE_DATE,
            "must not be before the postponed departure (" + planned + ")"))));
    return violations;
  }
}
