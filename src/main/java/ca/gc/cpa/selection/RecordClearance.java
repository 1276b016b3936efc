package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.domain.EngineClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the two verdicts (FIT / UNFIT, CLEARED / NOT_CLEARED); both must pass. */
@Component("recordClearance")
public class RecordClearance implements JavaDelegate {

  private final NominationRepository nominations;
  private final OfficerRegister register;
  private final RegisterProperties properties;

  public RecordClearance(NominationRepository nominations, OfficerRegister register, RegisterProperties properties) {
    this.nominations = nominations;
    this.register = register;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long nominationId = nominations.currentOf(execution.getProcessInstanceId(), AGENCY_CODE.from(execution)).id();
    String medical = MEDICAL_VERDICT.orNull(execution);
    String security = SECURITY_VERDICT.orNull(execution);
    nominations.recordClearance(nominationId, medical, security);
    if (!SECURITY_CLEARANCE_VALID.orElse(execution, false) && security != null) {
      // a new screening goes into the register; a clearance granted stays valid for the configured time
      LocalDate today = EngineClock.today();
      register.recordClearance(nominations.find(nominationId).orElseThrow().officerId(), "SECURITY", security, today,
          SECURITY_CLEARED.equals(security) ? properties.securityClearanceExpiry(today) : null, nominationId);
    }
    boolean cleared = FIT.equals(medical) && SECURITY_CLEARED.equals(security);
    if (!cleared) {
      nominations.updateStatus(nominationId, NominationStatus.NOT_CLEARED,
          FIT.equals(medical) ? "security clearance refused" : "medically or psychologically unfit");
    }
    CLEARED.setLocal(execution, cleared);
    if (cleared) {
      declareLocal(execution, INTERVIEW_ANSWERS);
    }
  }
}
