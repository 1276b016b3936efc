package ca.gc.cpa.selection;

import static ca.gc.cpa.selection.SelectionVariables.NOMINATION_STATUS;
import static ca.gc.cpa.selection.SelectionVariables.TARGET_NOMINATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves a nomination to the status the model names (input parameters targetNominationId, newNominationStatus). */
@Component("markNomination")
public class MarkNomination implements JavaDelegate {

  private final NominationRepository nominations;

  public MarkNomination(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariableLocal(TARGET_NOMINATION)).longValue();
    nominations.updateStatus(id, NominationStatus.valueOf((String) execution.getVariableLocal(NOMINATION_STATUS)), null);
  }
}
