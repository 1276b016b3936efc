package ca.gc.cpa.repatriation;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.TourCostRecovery;
import ca.gc.cpa.domain.TourRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The salary the program reimburses the partner service (CostRecoveryRule); once per tour. */
@Component("recoverCosts")
public class RecoverCosts implements JavaDelegate {

  private final CostRecoveryRule rule;
  private final TourRepository tours;
  private final OfficerRepository officers;

  public RecoverCosts(RepatriationProperties properties, TourRepository tours, OfficerRepository officers) {
    this.rule = new CostRecoveryRule(properties);
    this.tours = tours;
    this.officers = officers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    var progress = tours.findProgress(key).orElseThrow();
    var officer = officers.find(longValue(execution, OFFICER_ID)).orElseThrow();
    LocalDate from = progress.arrivedOn();
    LocalDate to = progress.leftMissionOn() != null ? progress.leftMissionOn() : today();
    var recovery = rule.recover(officer.agencyCode(), officer.rank(), from, to);
    var saved = tours.saveCostRecovery(new TourCostRecovery(key, officer.agencyCode(), officer.rank(), from, to,
        recovery.fullMonths(), recovery.extraDays(), recovery.monthlyRate(), recovery.amount(), recovery.reimbursed()));
    execution.setVariable(COST_RECOVERY_AMOUNT, saved.amount().toPlainString());
  }
}
