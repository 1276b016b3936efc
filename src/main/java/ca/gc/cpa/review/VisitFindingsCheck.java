package ca.gc.cpa.review;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.AssistanceRequestProcess;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The assessment visit took place: it ended on or after it began, and not in the future. */
@Component("visitFindingsCheck")
public class VisitFindingsCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    var start = values.value(AssistanceRequestProcess.VISIT_START);
    var end = values.value(AssistanceRequestProcess.VISIT_END);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      violations.add(new FieldViolation(AssistanceRequestProcess.VISIT_END, "must be on or after the first day of the visit"));
    }
    end.filter(d -> d.isAfter(values.today()))
        .ifPresent(d -> violations.add(new FieldViolation(AssistanceRequestProcess.VISIT_END, "must not be in the future: record the findings after the visit")));
    return violations;
  }
}
