package ca.gc.cpa.onboarding;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** Task Record the signed agreement: not signed in the future. */
@Component("recordJoiningAgreementCheck")
public class RecordJoiningAgreementCheck implements CompletionCheck {

  private final OnboardingRules rules;

  public RecordJoiningAgreementCheck(OnboardingRules.Registry registry) {
    this.rules = new OnboardingRules(registry);
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    return rules.checkAgreement(values);
  }
}
