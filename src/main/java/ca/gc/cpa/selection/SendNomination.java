package ca.gc.cpa.selection;

import ca.gc.cpa.domain.EffectLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Send the nomination to the lead organization: the selection's candidate becomes {@code PROPOSED}, an outside effect,
 * once per nomination ({@link EffectLedger}, step {@code nomination-sent/<nomination id>}).
 */
@Component("sendNomination")
public class SendNomination implements JavaDelegate {

  private final NominationRepository nominations;
  private final EffectLedger ledger;

  public SendNomination(NominationRepository nominations, EffectLedger ledger) {
    this.nominations = nominations;
    this.ledger = ledger;
  }

  /** the step's name in the effect ledger */
  public static String sentStep(long nominationId) {
    return "nomination-sent/" + nominationId;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = nominations.candidate(execution.getProcessInstanceId()).id();
    if (ledger.firstTime(execution.getProcessBusinessKey(), sentStep(id))) {
      nominations.updateStatus(id, NominationStatus.PROPOSED, null);
    }
  }
}
