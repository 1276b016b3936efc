package ca.gc.cpa.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task Record the review decision: the application becomes APPROVED, or REFUSED with its reason. */
@Component("recordReviewDecision")
public class RecordReviewDecision implements JavaDelegate {

  private final AgencyApplicationRepository applications;

  public RecordReviewDecision(AgencyApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = OnboardingVariables.applicationId(execution);
    if (OnboardingVariables.approved(execution)) {
      applications.approve(id, RecordApplication.now());
    } else {
      applications.refuse(id, OnboardingVariables.refusalReason(execution), RecordApplication.now());
    }
  }
}
