package ca.gc.cpa.repatriation;

import static ca.gc.cpa.deployment.TourCalendar.today;
import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

import ca.gc.cpa.domain.CostRecoveryRepository;
import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.TourCostRecovery;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.planning.PlanningProperties;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The salary the program reimburses the partner service (CostRecoveryRule); once per tour, by business
 * key and step ({@link EffectLedger}, step {@code cost-recovery}): a retry or another node leaves the
 * reimbursement already recorded (table tour_cost_recovery) instead of computing a second one.
 */
@Component("recoverCosts")
public class RecoverCosts implements JavaDelegate {

  private final CostRecoveryRule rule;
  private final TourRepository tours;
  private final CostRecoveryRepository recoveries;
  private final OfficerRepository officers;
  private final EffectLedger ledger;

  /** the step's name in the effect ledger */
  public static final String STEP = "cost-recovery";

  public RecoverCosts(RepatriationProperties properties, PlanningProperties rates, TourRepository tours,
      CostRecoveryRepository recoveries, OfficerRepository officers, EffectLedger ledger) {
    this.rule = new CostRecoveryRule(properties, rates.annualRateByRank());
    this.tours = tours;
    this.recoveries = recoveries;
    this.officers = officers;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (!ledger.firstTime(key, STEP)) {
      return;
    }
    var progress = tours.findProgress(key)
        .orElseThrow(() -> new IllegalStateException("Tour " + key + " has no record: cannot compute the cost recovery"));
    long officerId = progress.tour().officerId();
    var officer = officers.find(officerId)
        .orElseThrow(() -> new IllegalStateException("Officer " + officerId + " of tour " + key + " is not on record"));
    // away from the home service: from the first day of training to the end of reintegration leave
    LocalDate from = progress.trainingStartOn() != null ? progress.trainingStartOn() : progress.arrivedOn();
    LocalDate returned = RETURNED_TO_DUTY_ON.orNull(execution);
    LocalDate to = returned != null ? CostRecoveryRule.lastDayAway(returned) : today();
    var recovery = rule.recover(officer.agencyCode(), officer.rank(), from, to);
    recoveries.save(new TourCostRecovery(key, officer.agencyCode(), officer.rank(), from, to,
        recovery.fullMonths(), recovery.extraDays(), recovery.monthlyRate(), recovery.amount(), recovery.reimbursed()));
  }
}
