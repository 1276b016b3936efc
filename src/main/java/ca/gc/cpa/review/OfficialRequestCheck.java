package ca.gc.cpa.review;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.AssistanceRequestProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/** An official request is recorded once it has arrived: its date is not in the future. */
@Component("officialRequestCheck")
public class OfficialRequestCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    return values.value(AssistanceRequestProcess.OFFICIAL_REQUEST_DATE).filter(d -> d.isAfter(values.today()))
        .map(d -> List.of(new FieldViolation(AssistanceRequestProcess.OFFICIAL_REQUEST_DATE, "must not be in the future")))
        .orElse(List.of());
  }
}
