package ca.gc.cpa.onboarding;

import ca.gc.cpa.process.AgencyOnboardingProcess;
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
    long id = AgencyOnboardingProcess.APPLICATION_ID.from(execution);
    if (AgencyOnboardingProcess.approved(execution)) {
      applications.approve(id, RecordApplication.now());
    } else {
      applications.refuse(id, AgencyOnboardingProcess.REFUSAL_REASON.orNull(execution), RecordApplication.now());
    }
  }
}
