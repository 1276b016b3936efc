package ca.gc.cpa.onboarding;

import static ca.gc.cpa.process.AgencyOnboarding.COORDINATOR_EMAIL;
import static ca.gc.cpa.process.AgencyOnboarding.COORDINATOR_FAMILY_NAME;
import static ca.gc.cpa.process.AgencyOnboarding.COORDINATOR_GIVEN_NAME;
import static ca.gc.cpa.process.AgencyOnboarding.COORDINATOR_USER_ID;
import static ca.gc.cpa.process.AgencyOnboarding.KIND;
import static ca.gc.cpa.process.AgencyOnboarding.PROVINCE;
import static ca.gc.cpa.process.AgencyOnboarding.SERVICE_NAME;
import static ca.gc.cpa.process.AgencyOnboarding.SWORN_STRENGTH;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.process.AgencyOnboarding;

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
    String code = AgencyOnboarding.agencyCode(execution);
    String businessKey = AgencyOnboarding.businessKey(code);
    execution.setProcessBusinessKey(businessKey);
    long id = applications.findByProcessInstance(execution.getProcessInstanceId())
        .map(AgencyApplication::id)
        .orElseGet(() -> applications.insert(AgencyApplication.submitted(businessKey, execution.getProcessInstanceId(),
            code, SERVICE_NAME.orNull(execution), PROVINCE.orNull(execution), KIND.orNull(execution),
            SWORN_STRENGTH.from(execution), COORDINATOR_GIVEN_NAME.orNull(execution),
            COORDINATOR_FAMILY_NAME.orNull(execution), COORDINATOR_EMAIL.orNull(execution),
            COORDINATOR_USER_ID.orNull(execution), now())));
    AgencyOnboarding.APPLICATION_ID.set(execution, id);
  }

  static LocalDateTime now() {
    return EngineClock.now();
  }
}
