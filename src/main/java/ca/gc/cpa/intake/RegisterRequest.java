package ca.gc.cpa.intake;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.AssistanceRequestProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Register the request: a request that came through the API already has its record and REQ- key;
 * one started from Tasklist's start form gets both here (a key typed into Tasklist is replaced).
 * Either way the record is linked to the instance, and the screening's official-request criterion is
 * filled in from the intake.
 */
@Component("registerRequest")
public class RegisterRequest implements JavaDelegate {

  private final AssistanceRequestRepository requests;
  private final IntakeService intake;

  public RegisterRequest(AssistanceRequestRepository requests, IntakeService intake) {
    this.requests = requests;
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || requests.find(businessKey).isEmpty()) {
      Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      FormValues values = new FormValues(java.util.Map.of(), execution::getVariable, EngineClock.today(), null);
      businessKey = intake.recordNew(IntakeCheck.fromForm(values), user == null ? null : user.getUserId());
      execution.setProcessBusinessKey(businessKey);
    }
    requests.linkProcessInstance(businessKey, execution.getProcessInstanceId());
    AssistanceRequestProcess.CRITERION_OFFICIAL_REQUEST.set(execution,
        AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.orElse(execution, false) ? AssistanceRequestProcess.YES : "NO");
  }
}
