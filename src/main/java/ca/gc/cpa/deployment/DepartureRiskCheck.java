package ca.gc.cpa.deployment;

import static ca.gc.cpa.process.OfficerDeploymentProcess.DEPARTURE_RISK_DECISION;
import static ca.gc.cpa.process.OfficerDeploymentProcess.NEW_DEPARTURE_DATE;
import static ca.gc.cpa.process.OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE;
import static ca.gc.cpa.process.OfficerDeploymentProcess.POSTPONE_DEPARTURE;
import static ca.gc.cpa.process.OfficerDeploymentProcess.TRAVEL_DEPARTURE_DATE;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A postponed departure takes a new date, later than the one it replaces and not in the past. */
@Component("departureRiskCheck")
public class DepartureRiskCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    if (!values.value(DEPARTURE_RISK_DECISION).filter(POSTPONE_DEPARTURE::equals).isPresent()) {
      return violations;
    }
    var current = values.value(TRAVEL_DEPARTURE_DATE).or(() -> values.value(PLANNED_DEPLOYMENT_DATE));
    values.value(NEW_DEPARTURE_DATE).ifPresentOrElse(day -> {
      if (day.isBefore(values.today())) {
        violations.add(new FieldViolation(NEW_DEPARTURE_DATE, "must not be in the past"));
      } else if (current.isPresent() && !day.isAfter(current.get())) {
        violations.add(new FieldViolation(NEW_DEPARTURE_DATE, "must be after the departure it postpones (" + current.get() + ")"));
      }
    }, () -> violations.add(new FieldViolation(NEW_DEPARTURE_DATE, "is required to postpone the departure")));
    return violations;
  }
}
