package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.ARRIVED_ON;
import static ca.gc.cpa.process.OfficerDeploymentProcess.DEPARTED_ON;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Arrival: not before the departure, and not in the future. */
@Component("confirmArrivalCheck")
public class ConfirmArrivalCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    values.value(ARRIVED_ON).ifPresent(arrived -> {
      if (arrived.isAfter(values.today())) {
        violations.add(new FieldViolation(ARRIVED_ON, "must not be in the future"));
      }
      values.value(DEPARTED_ON).filter(arrived::isBefore).ifPresent(d ->
          violations.add(new FieldViolation(ARRIVED_ON, "must not be before the departure (" + d + ")")));
    });
    return violations;
  }
}
