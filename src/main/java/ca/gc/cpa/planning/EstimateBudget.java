package ca.gc.cpa.planning;

import static ca.gc.cpa.planning.MissionVariables.*;

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
    BudgetRule.Estimate estimate = rule.estimate(profiles(execution::getVariable), integer(execution, TOUR_MONTHS),
        !bool(execution, UN_MISSION));
    plans.recordBudget(execution.getProcessBusinessKey(), estimate.total());
    execution.setVariable(BUDGET_ESTIMATE, estimate.total());
  }
}
