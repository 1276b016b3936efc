package ca.gc.cpa.selection;

import static ca.gc.cpa.process.LegacyReaders.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The candidate leaves the pool (passed over, declined, or not accepted by the lead organization), with the reason. */
@Component("setAsideCandidate")
public class SetAsideCandidate implements JavaDelegate {

  private final NominationRepository nominations;

  public SetAsideCandidate(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CANDIDATE_NOMINATION_ID)).longValue();
    if (!"CONFIRM".equals(string(execution, SELECTION_DECISION))) {
      nominations.updateStatus(id, NominationStatus.PASSED_OVER, string(execution, PASS_OVER_REASON));
    } else if (!"ACCEPTED".equals(string(execution, OFFER_ANSWER))) {
      nominations.updateStatus(id, NominationStatus.REFUSED, "the officer declined the offer");
    } else {
      String note = string(execution, LEAD_ANSWER_NOTE);
      String why = "REJECTED".equals(string(execution, LEAD_ANSWER)) ? "rejected by the lead organization"
          : execution.getVariable(LEAD_ANSWER) == null && note == null ? "no answer from the lead organization in time"
          : "rejected by the lead organization";
      nominations.updateStatus(id, NominationStatus.REJECTED, note == null ? why : why + ": " + note);
    }
  }
}
