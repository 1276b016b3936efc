package ca.gc.cpa.selection;

import static ca.gc.cpa.planning.MissionVariables.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the two verdicts (FIT / UNFIT, CLEARED / NOT_CLEARED); both must pass. */
@Component("recordClearance")
public class RecordClearance implements JavaDelegate {

  private final NominationRepository nominations;

  public RecordClearance(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long nominationId = ((Number) execution.getVariable(NOMINATION_ID)).longValue();
    String medical = string(execution, MEDICAL_VERDICT);
    String security = string(execution, SECURITY_VERDICT);
    nominations.recordClearance(nominationId, medical, security);
    boolean cleared = "FIT".equals(medical) && "CLEARED".equals(security);
    if (!cleared) {
      nominations.updateStatus(nominationId, NominationStatus.NOT_CLEARED,
          "FIT".equals(medical) ? "security clearance refused" : "medically or psychologically unfit");
    }
    execution.setVariable(CLEARED, cleared);
  }
}
