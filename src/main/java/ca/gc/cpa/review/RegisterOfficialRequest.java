package ca.gc.cpa.review;

import static ca.gc.cpa.intake.RequestVariables.CRITERION_OFFICIAL_REQUEST;
import static ca.gc.cpa.intake.RequestVariables.OFFICIAL_REQUEST_RECEIVED;
import static ca.gc.cpa.intake.RequestVariables.YES;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Register the official request (recorded by the desk or received as message OfficialRequestReceived). */
@Component("registerOfficialRequest")
public class RegisterOfficialRequest implements JavaDelegate {

  private final AssistanceRequestRepository requests;

  public RegisterOfficialRequest(AssistanceRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OFFICIAL_REQUEST_RECEIVED, true);
    execution.setVariable(CRITERION_OFFICIAL_REQUEST, YES);
    requests.markOfficialRequestReceived(execution.getProcessBusinessKey());
  }
}
