package ca.gc.cpa.onboarding;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** Start event of agency-onboarding: a new service code, a new coordinator account. */
@Component("requestToJoinCheck")
public class RequestToJoinCheck implements CompletionCheck {

  private final OnboardingRules rules;

  public RequestToJoinCheck(OnboardingRules.Registry registry) {
    this.rules = new OnboardingRules(registry);
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    return rules.checkRequest(values);
  }
}
