package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

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
    long id = nominations.candidate(execution.getProcessInstanceId()).id();
    if (!CONFIRM.equals(SELECTION_DECISION.orNull(execution))) {
      nominations.updateStatus(id, NominationStatus.PASSED_OVER, PASS_OVER_REASON.orNull(execution));
    } else if (!ACCEPTED.equals(OFFER_ANSWER.orNull(execution))) {
      nominations.updateStatus(id, NominationStatus.REFUSED, "the officer declined the offer");
    } else {
      String note = LEAD_ANSWER_NOTE.orNull(execution);
      String why = REJECTED.equals(LEAD_ANSWER.orNull(execution)) ? "rejected by the lead organization"
          : LEAD_ANSWER.in(execution).isEmpty() && note == null ? "no answer from the lead organization in time"
          : "rejected by the lead organization";
      nominations.updateStatus(id, NominationStatus.REJECTED, note == null ? why : why + ": " + note);
    }
  }
}
