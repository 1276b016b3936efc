package ca.gc.cpa.selection;

import static ca.gc.cpa.process.LegacyReaders.bool;
import static ca.gc.cpa.process.LegacyReaders.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

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
    long nominationId = ((Number) execution.getVariable(NOMINATION_ID)).longValue();
    String medical = string(execution, MEDICAL_VERDICT);
    String security = string(execution, SECURITY_VERDICT);
    nominations.recordClearance(nominationId, medical, security);
    if (!bool(execution, SECURITY_CLEARANCE_VALID) && security != null) {
      // a new screening goes into the register; a clearance granted stays valid for the configured time
      LocalDate today = EngineClock.today();
      register.recordClearance(nominations.find(nominationId).orElseThrow().officerId(), "SECURITY", security, today,
          "CLEARED".equals(security) ? properties.securityClearanceExpiry(today) : null, nominationId);
    }
    boolean cleared = "FIT".equals(medical) && "CLEARED".equals(security);
    if (!cleared) {
      nominations.updateStatus(nominationId, NominationStatus.NOT_CLEARED,
          "FIT".equals(medical) ? "security clearance refused" : "medically or psychologically unfit");
    }
    execution.setVariable(CLEARED, cleared);
  }
}
