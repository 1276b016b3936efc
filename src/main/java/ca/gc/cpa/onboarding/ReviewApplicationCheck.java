package ca.gc.cpa.onboarding;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.AgencyOnboardingProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/** Task Review the application: a refusal gives its reason; an approval finds code and account still free. */
@Component("reviewApplicationCheck")
public class ReviewApplicationCheck implements CompletionCheck {

  private final OnboardingRules rules;

  public ReviewApplicationCheck(OnboardingRules.Registry registry) {
    this.rules = new OnboardingRules(registry);
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    Long applicationId = values.value(AgencyOnboardingProcess.APPLICATION_ID).orElse(null);
    return rules.checkReview(values, applicationId);
  }
}
