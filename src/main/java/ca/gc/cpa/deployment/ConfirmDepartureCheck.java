package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.DEPARTED_ON;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** A departure is confirmed once it happened: on or before today (the arrival can then be confirmed). */
@Component("confirmDepartureCheck")
public class ConfirmDepartureCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    return values.value(DEPARTED_ON).filter(d -> d.isAfter(values.today()))
        .map(d -> List.of(new FieldViolation(DEPARTED_ON, "must be on or before today: confirm a departure once it happened")))
        .orElse(List.of());
  }
}
