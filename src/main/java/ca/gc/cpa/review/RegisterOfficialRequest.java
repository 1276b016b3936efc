package ca.gc.cpa.review;

import static ca.gc.cpa.process.AssistanceRequestProcess.CRITERION_OFFICIAL_REQUEST;
import static ca.gc.cpa.process.AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED;
import static ca.gc.cpa.process.AssistanceRequestProcess.YES;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.process.AssistanceRequestProcess;
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
    AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.set(execution, true);
    AssistanceRequestProcess.CRITERION_OFFICIAL_REQUEST.set(execution, YES);
    requests.markOfficialRequestReceived(execution.getProcessBusinessKey());
  }
}
