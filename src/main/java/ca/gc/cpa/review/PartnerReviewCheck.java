package ca.gc.cpa.review;

import static ca.gc.cpa.process.AssistanceRequestProcess.PARTNER_CONDITIONS;
import static ca.gc.cpa.process.AssistanceRequestProcess.PARTNER_POSITION;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.AssistanceRequestProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/** A partner that supports with conditions says which. */
@Component("partnerReviewCheck")
public class PartnerReviewCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    if ("SUPPORT_WITH_CONDITIONS".equals(values.get(AssistanceRequestProcess.PARTNER_POSITION.name())) && values.value(AssistanceRequestProcess.PARTNER_CONDITIONS).isEmpty()) {
      return List.of(new FieldViolation(PARTNER_CONDITIONS, "is required when supporting with conditions"));
    }
    return List.of();
  }
}
