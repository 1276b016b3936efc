package ca.gc.cpa.review;

import static ca.gc.cpa.intake.RequestVariables.PARTNER_CONDITIONS;
import static ca.gc.cpa.intake.RequestVariables.PARTNER_POSITION;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** A partner that supports with conditions says which. */
@Component("partnerReviewCheck")
public class PartnerReviewCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    if ("SUPPORT_WITH_CONDITIONS".equals(values.get(PARTNER_POSITION)) && values.string(PARTNER_CONDITIONS).isEmpty()) {
      return List.of(new FieldViolation(PARTNER_CONDITIONS, "is required when supporting with conditions"));
    }
    return List.of();
  }
}
