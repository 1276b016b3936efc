package ca.gc.cpa.onboarding;

import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_EMAIL;
import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_FAMILY_NAME;
import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_GIVEN_NAME;
import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_USER_ID;
import static ca.gc.cpa.process.AgencyOnboardingProcess.KIND;
import static ca.gc.cpa.process.AgencyOnboardingProcess.PROVINCE;
import static ca.gc.cpa.process.AgencyOnboardingProcess.SERVICE_NAME;
import static ca.gc.cpa.process.AgencyOnboardingProcess.SWORN_STRENGTH;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.process.AgencyOnboardingProcess;
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
    String code = AgencyOnboardingProcess.agencyCode(execution);
    String businessKey = AgencyOnboardingProcess.businessKey(code);
    execution.setProcessBusinessKey(businessKey);
    long id = applications.findByProcessInstance(execution.getProcessInstanceId())
        .map(AgencyApplication::id)
        .orElseGet(() -> applications.insert(AgencyApplication.submitted(businessKey, execution.getProcessInstanceId(),
            code, SERVICE_NAME.orNull(execution), PROVINCE.orNull(execution), KIND.orNull(execution),
            SWORN_STRENGTH.from(execution), COORDINATOR_GIVEN_NAME.orNull(execution),
            COORDINATOR_FAMILY_NAME.orNull(execution), COORDINATOR_EMAIL.orNull(execution),
            COORDINATOR_USER_ID.orNull(execution), now())));
    AgencyOnboardingProcess.APPLICATION_ID.set(execution, id);
  }

  static LocalDateTime now() {
    return EngineClock.now();
  }
}
