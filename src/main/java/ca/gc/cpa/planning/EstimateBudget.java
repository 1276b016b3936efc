package ca.gc.cpa.planning;

import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Estimates one rotation's cost from the plan and the configured rates ({@link BudgetRule}). */
@Component("estimateBudget")
public class EstimateBudget implements JavaDelegate {

  private final MissionPlanRepository plans;
  private final BudgetRule rule;

  public EstimateBudget(MissionPlanRepository plans, PlanningProperties properties) {
    this.plans = plans;
    this.rule = new BudgetRule(properties);
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the UN pays its missions' allowance: Canada pays it on EU and bilateral missions
    BudgetRule.Estimate estimate = rule.estimate(PositionProfiles.profiles(execution::getVariable),
        MissionProcess.TOUR_MONTHS.from(execution), !Variable.isTrue(execution, MissionProcess.UN_MISSION));
    plans.recordBudget(execution.getProcessBusinessKey(), estimate.total());
    MissionProcess.BUDGET_ESTIMATE.set(execution, estimate.total());
  }
}
