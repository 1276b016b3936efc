package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.domain.EffectLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Moves a nomination to the status the model names (input parameters targetNominationId, newNominationStatus).
 * {@code PROPOSED} is the nomination sent to the lead organization, an outside effect: once per nomination
 * ({@link EffectLedger}, step {@code nomination-sent/<nomination id>}).
 */
@Component("markNomination")
public class MarkNomination implements JavaDelegate {

  private final NominationRepository nominations;
  private final EffectLedger ledger;

  public MarkNomination(NominationRepository nominations, EffectLedger ledger) {
    this.nominations = nominations;
    this.ledger = ledger;
  }

  /** the step's name in the effect ledger */
  public static String sentStep(long nominationId) {
    return "nomination-sent/" + nominationId;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = TARGET_NOMINATION.from(execution);
    NominationStatus status = NominationStatus.valueOf(NOMINATION_STATUS.from(execution));
    if (status == NominationStatus.PROPOSED && !ledger.firstTime(execution.getProcessBusinessKey(), sentStep(id))) {
      return;
    }
    nominations.updateStatus(id, status, null);
  }
}
