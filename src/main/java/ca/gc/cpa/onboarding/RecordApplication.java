package ca.gc.cpa.onboarding;

import ca.gc.cpa.domain.EngineClock;

import static ca.gc.cpa.onboarding.OnboardingVariables.COORDINATOR_EMAIL;
import static ca.gc.cpa.onboarding.OnboardingVariables.COORDINATOR_FAMILY_NAME;
import static ca.gc.cpa.onboarding.OnboardingVariables.COORDINATOR_GIVEN_NAME;
import static ca.gc.cpa.onboarding.OnboardingVariables.COORDINATOR_USER_ID;
import static ca.gc.cpa.onboarding.OnboardingVariables.KIND;
import static ca.gc.cpa.onboarding.OnboardingVariables.PROVINCE;
import static ca.gc.cpa.onboarding.OnboardingVariables.SERVICE_NAME;
import static ca.gc.cpa.onboarding.OnboardingVariables.string;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task Record the application: the application's row (status SUBMITTED) and the instance's business
 * key AGY-&lt;code&gt;. Run again for the same instance, it finds the row it wrote.
 */
@Component("recordApplication")
public class RecordApplication implements JavaDelegate {

  private final AgencyApplicationRepository applications;

  public RecordApplication(AgencyApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = OnboardingVariables.agencyCode(execution);
    String businessKey = OnboardingVariables.businessKey(code);
    execution.setProcessBusinessKey(businessKey);
    long id = applications.findByProcessInstance(execution.getProcessInstanceId())
        .map(AgencyApplication::id)
        .orElseGet(() -> applications.insert(AgencyApplication.submitted(businessKey, execution.getProcessInstanceId(),
            code, string(execution, SERVICE_NAME), string(execution, PROVINCE), string(execution, KIND),
            OnboardingVariables.swornStrength(execution), string(execution, COORDINATOR_GIVEN_NAME),
            string(execution, COORDINATOR_FAMILY_NAME), string(execution, COORDINATOR_EMAIL),
            string(execution, COORDINATOR_USER_ID), now())));
    OnboardingVariables.setApplicationId(execution, id);
  }

  static LocalDateTime now() {
    return EngineClock.now();
  }
}
