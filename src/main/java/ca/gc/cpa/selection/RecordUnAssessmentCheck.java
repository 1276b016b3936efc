package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.UN_ASSESSMENT_DATE;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** An assessment is recorded once held: its date is on or before today (it counts 24 months from then). */
@Component("recordUnAssessmentCheck")
public class RecordUnAssessmentCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    return values.value(UN_ASSESSMENT_DATE).filter(d -> d.isAfter(values.today()))
        .map(d -> List.of(new FieldViolation(UN_ASSESSMENT_DATE, "must be on or before today: record an assessment once held")))
        .orElse(List.of());
  }
}
