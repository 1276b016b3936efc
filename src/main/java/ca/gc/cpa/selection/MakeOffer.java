package ca.gc.cpa.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Make the offer: the selection's candidate, confirmed, is {@code OFFERED} the position. */
@Component("makeOffer")
public class MakeOffer implements JavaDelegate {

  private final NominationRepository nominations;

  public MakeOffer(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    nominations.updateStatus(nominations.candidate(execution.getProcessInstanceId()).id(), NominationStatus.OFFERED, null);
  }
}
